package id.berdaya.domain.wrse;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * An applicant circumstance from the code list policy staff keep (HEAD_OF_HOUSEHOLD, DISABILITY,
 * VIOLENCE_SURVIVOR, ELDERLY_DEPENDANTS, ...), with its Indonesian and English label. A confidential
 * one is shown only to {@link #mayView the roles that need it}: never on letters, lists, exports or
 * the public verification page.
 */
public record Circumstance(String code, String nameId, String nameEn, boolean confidential) {

    /** A code: capitals, digits and underscores, 3 to 30 characters, starting with a letter. */
    public static final String CODE_PATTERN = "[A-Z][A-Z0-9_]{2,29}";

    /**
     * Whether a caller sees confidential circumstances: the loan officer who records them and
     * supervisors. Policy staff, finance staff and administrators do not.
     */
    public static boolean mayView(boolean loanOfficer, boolean supervisor) {
        return loanOfficer || supervisor;
    }

    /** The codes of {@code recorded} a caller may see, sorted: confidential ones left out unless {@code full}. */
    public static List<String> visible(Collection<String> recorded, Set<String> confidentialCodes, boolean full) {
        return recorded.stream().filter(c -> full || !confidentialCodes.contains(c)).sorted().toList();
    }
}
