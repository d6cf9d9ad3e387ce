package id.berdaya.application.wrse;

import id.berdaya.domain.wrse.Circumstance;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * What a reader may not see of an applicant's confidential circumstances (VIOLENCE_SURVIVOR): the codes
 * and labels to leave out of what is shown to her. {@link #NONE} for the loan officer and supervisor.
 * Letters, lists, exports and the verification page always use the full set.
 */
public record Confidentiality(List<Circumstance> hidden) {

    /** What the loan officer and the supervisor see: everything. */
    public static final Confidentiality NONE = new Confidentiality(List.of());

    /** What stands in for a score line or criterion that would name a confidential circumstance. */
    public static final String REDACTED_CODE = "CONFIDENTIAL";
    public static final String REDACTED_ID = "Keadaan khusus (rahasia)";
    public static final String REDACTED_EN = "Special circumstance (confidential)";

    private static final java.util.regex.Pattern SURVIVOR_WORDS =
            java.util.regex.Pattern.compile("\\b(kekerasan|violence|ppa|p2tp2a|penyintas|survivor)\\b");

    public Confidentiality {
        hidden = List.copyOf(hidden);
    }

    public boolean hidesAnything() {
        return !hidden.isEmpty();
    }

    /** The recorded codes she may see, sorted. */
    public List<String> visible(Collection<String> recorded) {
        return recorded.stream().filter(code -> hidden.stream().noneMatch(c -> c.code().equals(code))).sorted().toList();
    }

    /** Whether a code or text (a rule row's code, a reason) names a hidden circumstance by code or label. */
    public boolean mentions(String... texts) {
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            String lower = text.toLowerCase(Locale.ROOT);
            for (Circumstance c : hidden) {
                if (lower.contains(c.code().toLowerCase(Locale.ROOT)) || lower.contains(c.nameId().toLowerCase(Locale.ROOT))
                        || lower.contains(c.nameEn().toLowerCase(Locale.ROOT)) || mentionsSurvivor(lower, c)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** VIOLENCE_SURVIVOR is also named in free words a policy officer may write in a reason. */
    private static boolean mentionsSurvivor(String lower, Circumstance c) {
        return "VIOLENCE_SURVIVOR".equals(c.code()) && SURVIVOR_WORDS.matcher(lower).find();
    }
}
