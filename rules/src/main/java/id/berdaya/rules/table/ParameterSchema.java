package id.berdaya.rules.table;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

/**
 * The parameters a programme's default rules read, with their types: a parameter table must give
 * each of them a well-formed value. The values themselves live in the table, never here. A table may
 * add parameters of its own for rules that policy staff write.
 */
public final class ParameterSchema {

    private static final Map<String, ParameterSchema> BY_PACKAGE = Map.of(
            "id.berdaya.rules.wrse.parameters", new ParameterSchema("WRSE", new LinkedHashMap<>(Map.ofEntries(
                    Map.entry("AGE_MIN", ParameterType.INTEGER),
                    Map.entry("AGE_MAX", ParameterType.INTEGER),
                    Map.entry("REGISTRY_REQUIRED", ParameterType.CODE_LIST),
                    Map.entry("REGISTRY_MAX_DECILE", ParameterType.INTEGER),
                    Map.entry("SCORE_NO_BUSINESS", ParameterType.INTEGER),
                    Map.entry("SCORE_DECILE_REGISTRY", ParameterType.CODE),
                    Map.entry("SCORE_DECILE_1", ParameterType.INTEGER),
                    Map.entry("SCORE_DECILE_2", ParameterType.INTEGER),
                    Map.entry("SCORE_DECILE_3", ParameterType.INTEGER),
                    Map.entry("SCORE_DECILE_4", ParameterType.INTEGER),
                    Map.entry("SCORE_MAIN_BREADWINNER", ParameterType.INTEGER),
                    Map.entry("SCORE_MARITAL_STATUS", ParameterType.INTEGER),
                    Map.entry("SCORE_SKILLS_TRAINING", ParameterType.INTEGER))), List.of(), List.of(), null,
                    // Read by the appeals (issue 20), not by the rules: tables written before them lack the rows.
                    Map.of("APPEAL_PERIOD_DAYS", ParameterType.INTEGER, "APPEAL_HANDLING_DAYS", ParameterType.INTEGER)),
            "id.berdaya.rules.kubp.parameters", new ParameterSchema("KUBP", new LinkedHashMap<>(Map.ofEntries(
                    Map.entry("INTEREST_RATE_PERCENT", ParameterType.DECIMAL),
                    Map.entry("PENALTY_INTEREST_RATE_PERCENT", ParameterType.DECIMAL),
                    Map.entry("ADMIN_FEE", ParameterType.AMOUNT),
                    Map.entry("COLLATERAL_REQUIRED", ParameterType.BOOLEAN),
                    Map.entry("GROUP_SIZE_MIN", ParameterType.INTEGER),
                    Map.entry("GROUP_SIZE_MAX", ParameterType.INTEGER),
                    Map.entry("MEMBER_AGE_MIN", ParameterType.INTEGER),
                    Map.entry("PRINCIPAL_MAX_PER_MEMBER", ParameterType.AMOUNT),
                    Map.entry("PRINCIPAL_MAX_PER_GROUP", ParameterType.AMOUNT),
                    Map.entry("INSTALLMENTS_MIN", ParameterType.INTEGER),
                    Map.entry("INSTALLMENTS_MAX", ParameterType.INTEGER),
                    Map.entry("GRACE_MONTHS_MIN", ParameterType.INTEGER),
                    Map.entry("GRACE_MONTHS_MAX", ParameterType.INTEGER),
                    Map.entry("ARREARS_STEP_1_DAYS", ParameterType.INTEGER),
                    Map.entry("ARREARS_STEP_2_DAYS", ParameterType.INTEGER),
                    Map.entry("ARREARS_STEP_3_DAYS", ParameterType.INTEGER),
                    Map.entry("DISTRICT_CODES", ParameterType.CODE_LIST))),
                    List.of("INTEREST_RATE_PERCENT", "PENALTY_INTEREST_RATE_PERCENT", "ADMIN_FEE"),
                    List.of("ARREARS_STEP_1_DAYS", "ARREARS_STEP_2_DAYS", "ARREARS_STEP_3_DAYS"),
                    "REPEAT_MAX_DAYS_PAST_DUE", Map.of()));

    private final String programme;
    private final Map<String, ParameterType> required;
    private final List<String> zeroOnly;
    private final List<String> ladder;
    private final String ladderBefore;
    private final Map<String, ParameterType> optional;

    /**
     * @param zeroOnly parameters that may only be 0 (KUBP is interest-free and fee-free by definition)
     * @param ladder parameters whose values must rise strictly in this order (the arrears ladder)
     * @param ladderBefore the parameter that tables written before the ladder existed have instead of
     *        it (KUBP's REPEAT_MAX_DAYS_PAST_DUE): such a stored table still loads without the ladder
     *        rows, and its terms rule, which sets no ladder, gets the shipped ladder
     * @param optional parameters a table may have (checked against their type) but need not
     */
    private ParameterSchema(String programme, Map<String, ParameterType> required, List<String> zeroOnly,
            List<String> ladder, String ladderBefore, Map<String, ParameterType> optional) {
        this.programme = programme;
        this.required = Map.copyOf(required);
        this.zeroOnly = List.copyOf(zeroOnly);
        this.ladder = List.copyOf(ladder);
        this.ladderBefore = ladderBefore;
        this.optional = Map.copyOf(optional);
    }

    /** Parameters the application reads when a table has them (typed like the others), else a default. */
    public Map<String, ParameterType> getOptional() {
        return optional;
    }

    /** The parameters that may only be 0. */
    public List<String> getZeroOnly() {
        return zeroOnly;
    }

    /** The parameters whose values must rise strictly in this order; empty for none. */
    public List<String> getLadder() {
        return ladder;
    }

    /** Whether a table with these codes needs the row for this code. */
    public boolean isRequired(String code, Set<String> codesInTable) {
        return required.containsKey(code)
                && !(ladder.contains(code) && ladderBefore != null && codesInTable.contains(ladderBefore));
    }

    /**
     * The schema of a parameter table by its rule package, or none for a package without one. The
     * table has a package of its own (e.g. {@code id.berdaya.rules.wrse.parameters}): its agenda
     * group, declared for the whole package, must not reach the programme's other rules.
     */
    public static Optional<ParameterSchema> forPackage(String rulePackage) {
        return Optional.ofNullable(BY_PACKAGE.get(rulePackage));
    }

    public String getProgramme() {
        return programme;
    }

    public Map<String, ParameterType> getRequired() {
        return required;
    }

    /** The type of a known parameter, or empty for one a table adds. */
    public Optional<ParameterType> typeOf(String code) {
        return Optional.ofNullable(required.getOrDefault(code, optional.get(code)));
    }
}
