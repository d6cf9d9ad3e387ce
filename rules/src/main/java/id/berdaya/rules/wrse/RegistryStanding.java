package id.berdaya.rules.wrse;

import java.util.ArrayList;
import java.util.List;

/**
 * Where an applicant stands against the registries a rule set requires: in which she is listed
 * (within the decile limit) and which are missing, each already worded for the reason texts. The
 * REGISTRY rules match on it ({@code missingCount == 0}, {@code listedCount == 0}) instead of looping
 * in a consequence.
 */
public final class RegistryStanding {

    private final List<String> listed = new ArrayList<>();
    private final List<String> missingId = new ArrayList<>();
    private final List<String> missingEn = new ArrayList<>();

    private RegistryStanding() {
    }

    /**
     * @param required the registries that must list her, e.g. DTKS and P3KE
     * @param maxDecile the highest welfare decile that still counts as listed (10 counts every decile)
     */
    public static RegistryStanding of(WrseApplicant applicant, List<String> required, int maxDecile) {
        RegistryStanding standing = new RegistryStanding();
        boolean decileLimit = maxDecile < 10;
        for (String name : required) {
            RegistryListing listing = applicant.listingIn(name);
            Integer decile = listing == null ? null : listing.getDecile();
            if (listing != null && (decile == null || decile <= maxDecile)) {
                standing.listed.add(decileLimit && decile != null ? name + " desil " + decile : name);
            } else if (listing != null) {
                standing.missingId.add(name + " desil 1–" + maxDecile + " (terdaftar desil " + decile + ")");
                standing.missingEn.add(name + " decile 1–" + maxDecile + " (listed at decile " + decile + ")");
            } else {
                standing.missingId.add(decileLimit ? name + " desil 1–" + maxDecile : name);
                standing.missingEn.add(decileLimit ? name + " decile 1–" + maxDecile : name);
            }
        }
        return standing;
    }

    /** The registries that list her, as a placeholder value ("DTKS dan P3KE" / "DTKS and P3KE"). */
    public id.berdaya.rules.BilingualValue getListedText() {
        return new id.berdaya.rules.BilingualValue(listed(" dan "), listed(" and "));
    }

    /** The registries missing, as a placeholder value. */
    public id.berdaya.rules.BilingualValue getMissingText() {
        return new id.berdaya.rules.BilingualValue(missingId(" dan "), missingEn(" and "));
    }

    public int getListedCount() {
        return listed.size();
    }

    public int getMissingCount() {
        return missingId.size();
    }

    /** The registries that list her, joined with the word given (" dan ", " and "). */
    public String listed(String conjunction) {
        return String.join(conjunction, listed);
    }

    /** The registries missing, in Indonesian, joined with the word given (" dan ", " maupun "). */
    public String missingId(String conjunction) {
        return String.join(conjunction, missingId);
    }

    /** The registries missing, in English, joined with the word given (" and ", " nor "). */
    public String missingEn(String conjunction) {
        return String.join(conjunction, missingEn);
    }
}
