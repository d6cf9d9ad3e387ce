package id.berdaya.domain.rules;

import java.util.Arrays;
import java.util.Optional;

/** The rule sets the application runs; each has one version in force at a time. */
public enum RuleSetKind {
    /** WRSE aid eligibility: criteria, decision and priority score. */
    WRSE_ELIGIBILITY("WRSE", "wrse-eligibility"),
    /** KUBP loan terms: group eligibility, ceilings, tenor and grace. */
    KUBP_TERMS("KUBP", "kubp-terms");

    private final String programme;
    private final String slug;

    RuleSetKind(String programme, String slug) {
        this.programme = programme;
        this.slug = slug;
    }

    /** The programme whose decisions the rule set makes: WRSE or KUBP. */
    public String programme() {
        return programme;
    }

    /** The rule set's name in URLs, e.g. {@code wrse-eligibility}. */
    public String slug() {
        return slug;
    }

    /** By slug or by constant name, ignoring case. */
    public static Optional<RuleSetKind> parse(String name) {
        return Arrays.stream(values())
                .filter(kind -> kind.slug.equalsIgnoreCase(name) || kind.name().equalsIgnoreCase(name))
                .findFirst();
    }
}
