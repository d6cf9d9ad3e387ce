package id.berdaya.rules.authoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fixed palette of WRSE criterion conditions, owned by the code: a policy officer builds a
 * criterion by choosing one and filling in its arguments (typed, bounded, from code lists). Each
 * template knows the reason variants it can produce (one reason text each in the catalogue, key
 * {@code <criterion code>.<variant>}) and the placeholders those texts may use. The generator turns a
 * row into one Drools rule per outcome; no text of the officer's is ever part of the rule code.
 */
public enum ConditionTemplate {

    /** The applicant's sex is the one given. PASS / FAIL. */
    SEX_IS(args("sex", ValueSpec.code(CodeLists.SEX)),
            variants("PASS", List.of("sex"), "FAIL", List.of("sex"))),

    /**
     * Age in whole years on the application date between min and max (inclusive). Younger with a family
     * (any status but unmarried) gives {@code youngerWithFamily} (REVIEW or FAIL); otherwise FAIL.
     */
    AGE_BETWEEN(args("min", ValueSpec.number(0, 120), "max", ValueSpec.number(0, 120),
            "youngerWithFamily", ValueSpec.code(CodeLists.OUTCOME)),
            variants("PASS", List.of("age", "min", "max"), "YOUNGER_WITH_FAMILY", List.of("age", "min", "max", "status"),
                    "YOUNGER", List.of("age", "min", "max"), "OLDER", List.of("age", "min", "max"))),

    /** The domicile regency/city is one of the list. PASS / FAIL (and FAIL when none is recorded). */
    DOMICILE_IN(args("regencies", ValueSpec.codes(CodeLists.REGENCY)),
            variants("PASS", List.of("code", "name"), "FAIL", List.of("code"), "MISSING", List.of())),

    /**
     * Listed in every registry of the list, counting a ranked listing only up to maxDecile. Listed in some
     * gives {@code partly} (REVIEW or FAIL); in none, FAIL.
     */
    LISTED_IN_REGISTRIES(args("registries", ValueSpec.codes(CodeLists.REGISTRY), "maxDecile", ValueSpec.number(1, 10),
            "partly", ValueSpec.code(CodeLists.OUTCOME)),
            variants("PASS", List.of("listed"), "PARTLY", List.of("listed", "missing"), "NONE", List.of("missing"))),

    /** Not a current recipient of the programme (aid code). PASS / FAIL. */
    NOT_RECEIVING(args("programme", ValueSpec.code(CodeLists.AID)),
            variants("PASS", List.of("programme"), "FAIL", List.of("programme"))),

    /** No WRSE aid recorded in a year before the application year. PASS / FAIL. */
    NO_EARLIER_AID(args(),
            variants("PASS", List.of(), "SAME_YEAR", List.of("year", "applicationYear"), "FAIL", List.of("year"))),

    /** A business field is declared. PASS / FAIL. */
    BUSINESS_FIELD_DECLARED(args(),
            variants("PASS", List.of("field"), "FAIL", List.of())),

    /** Always PASS; the reason says whether she already has a business (the score may prefer those without). */
    BUSINESS_NOTED(args(),
            variants("HAS_BUSINESS", List.of(), "NO_BUSINESS", List.of())),

    /** The circumstance (code list of circumstances) is recorded. PASS, else {@code otherwise} (FAIL or REVIEW). */
    CIRCUMSTANCE_PRESENT(args("circumstance", ValueSpec.code(CodeLists.CIRCUMSTANCE), "otherwise", ValueSpec.code(CodeLists.OUTCOME)),
            variants("PASS", List.of("circumstance"), "ABSENT", List.of("circumstance")));

    private final Map<String, ValueSpec> arguments;
    private final Map<String, List<String>> variants;

    ConditionTemplate(Map<String, ValueSpec> arguments, Map<String, List<String>> variants) {
        this.arguments = arguments;
        this.variants = variants;
    }

    /** The arguments a row of this template fills in, in display order. */
    public Map<String, ValueSpec> getArguments() {
        return arguments;
    }

    /** The reason variants (catalogue key suffixes) with the placeholders each text may use. */
    public Map<String, List<String>> getVariants() {
        return variants;
    }

    static Map<String, ValueSpec> args(Object... nameSpec) {
        Map<String, ValueSpec> map = new LinkedHashMap<>();
        for (int i = 0; i < nameSpec.length; i += 2) {
            map.put((String) nameSpec[i], (ValueSpec) nameSpec[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    @SuppressWarnings("unchecked")
    static Map<String, List<String>> variants(Object... nameList) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < nameList.length; i += 2) {
            map.put((String) nameList[i], (List<String>) nameList[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
