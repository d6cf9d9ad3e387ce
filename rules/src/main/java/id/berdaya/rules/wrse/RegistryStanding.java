package id.berdaya.rules.wrse;

import java.util.ArrayList;
import java.util.List;

/**
 * Where an applicant stands against the registries a rule set requires: in which she is listed
 * (within the decile limit) and which are missing, worded for the reason texts when one asks. The
 * REGISTRY rules match on it ({@code missingCount == 0}, {@code listedCount == 0}) instead of looping
 * in a consequence.
 */
public final class RegistryStanding {

    private final WrseApplicant applicant;
    private final List<String> required;
    private final int maxDecile;
    private final int listedCount;

    private RegistryStanding(WrseApplicant applicant, List<String> required, int maxDecile) {
        this.applicant = applicant;
        this.required = required;
        this.maxDecile = maxDecile;
        int listed = 0;
        for (String name : required) {
            if (counts(applicant.listingIn(name))) {
                listed++;
            }
        }
        this.listedCount = listed;
    }

    /**
     * @param required the registries that must list her, e.g. DTKS and P3KE
     * @param maxDecile the highest welfare decile that still counts as listed (10 counts every decile)
     */
    public static RegistryStanding of(WrseApplicant applicant, List<String> required, int maxDecile) {
        // Only counted here (the rules match on the counts in every screening); worded when a reason asks.
        return new RegistryStanding(applicant, List.copyOf(required), maxDecile);
    }

    private boolean counts(RegistryListing listing) {
        return listing != null && (listing.getDecile() == null || listing.getDecile() <= maxDecile);
    }

    /** The registries that list her, worded ("DTKS", or "P3KE desil 2" under a decile limit). */
    private List<String> listedWords() {
        List<String> words = new ArrayList<>();
        for (String name : required) {
            RegistryListing listing = applicant.listingIn(name);
            if (counts(listing)) {
                words.add(maxDecile < 10 && listing.getDecile() != null ? name + " desil " + listing.getDecile() : name);
            }
        }
        return words;
    }

    /** The registries missing, worded in Indonesian or English. */
    private List<String> missingWords(boolean indonesian) {
        boolean decileLimit = maxDecile < 10;
        List<String> words = new ArrayList<>();
        for (String name : required) {
            RegistryListing listing = applicant.listingIn(name);
            if (counts(listing)) {
                continue;
            }
            if (listing != null) {
                words.add(indonesian ? name + " desil 1–" + maxDecile + " (terdaftar desil " + listing.getDecile() + ")"
                        : name + " decile 1–" + maxDecile + " (listed at decile " + listing.getDecile() + ")");
            } else {
                words.add(!decileLimit ? name : indonesian ? name + " desil 1–" + maxDecile : name + " decile 1–" + maxDecile);
            }
        }
        return words;
    }

    /** The registries that list her, as a placeholder value ("DTKS dan P3KE" / "DTKS and P3KE"). */
    public id.berdaya.rules.BilingualValue getListedText() {
        return new id.berdaya.rules.BilingualValue(listed(" dan "), listed(" and "));
    }

    /** The registries missing, as a placeholder value. */
    public id.berdaya.rules.BilingualValue getMissingText() {
        return new id.berdaya.rules.BilingualValue(missingId(" dan "), missingEn(" and "));
    }

    /** The registries missing when none lists her: "DTKS maupun P3KE" / "DTKS nor P3KE" (after "Listed in neither"). */
    public id.berdaya.rules.BilingualValue getNeitherText() {
        return new id.berdaya.rules.BilingualValue(missingId(" maupun "), missingEn(" nor "));
    }

    public int getListedCount() {
        return listedCount;
    }

    public int getMissingCount() {
        return required.size() - listedCount;
    }

    /** The registries that list her, joined with the word given (" dan ", " and "). */
    public String listed(String conjunction) {
        return String.join(conjunction, listedWords());
    }

    /** The registries missing, in Indonesian, joined with the word given (" dan ", " maupun "). */
    public String missingId(String conjunction) {
        return String.join(conjunction, missingWords(true));
    }

    /** The registries missing, in English, joined with the word given (" and ", " nor "). */
    public String missingEn(String conjunction) {
        return String.join(conjunction, missingWords(false));
    }
}
