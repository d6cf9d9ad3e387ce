package id.berdaya.rules.table;

import java.util.LinkedHashMap;
import java.util.Map;
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
                    Map.entry("SCORE_SKILLS_TRAINING", ParameterType.INTEGER)))),
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
                    Map.entry("REPEAT_MAX_DAYS_PAST_DUE", ParameterType.INTEGER),
                    Map.entry("DISTRICT_CODES", ParameterType.CODE_LIST)))));

    private final String programme;
    private final Map<String, ParameterType> required;

    private ParameterSchema(String programme, Map<String, ParameterType> required) {
        this.programme = programme;
        this.required = Map.copyOf(required);
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
        return Optional.ofNullable(required.get(code));
    }
}
