package id.berdaya.rules;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaGroup;

/**
 * The programme parameters of a compiled rule set, by code: what the rules read their bounds,
 * registries, weights and ceilings from, as the global {@value #GLOBAL}
 * ({@code global ProgrammeParameters parameters;} then {@code parameters.intValue("AGE_MIN")}).
 * A missing parameter is an error, never a silent default.
 * <p>
 * The rows of the parameter table are rules in the agenda group {@value #AGENDA_GROUP}, which no
 * evaluation focuses: they fire once, when {@link #of(KieBase)} collects them, and each evaluation
 * then reads this one immutable object instead of firing a dozen rows again. A global rather than a
 * fact because it is configuration, not something the rules reason about: joining every rule with a
 * parameters fact cost a sixth of the screening throughput.
 * <p>
 * {@link RuleSetCompiler} reads the table's values as data when it compiles (the rows' action is
 * fixed, so a row's value is what it would insert), and a rule set generated from the structured
 * model carries its parameters as rows of its {@link RuleSetCatalogue}: so no row needs to fire.
 */
public final class ProgrammeParameters {

    /** The agenda group of the parameter table's rows. */
    public static final String AGENDA_GROUP = "parameters";

    /** The name of the global the rules read the parameters from. */
    public static final String GLOBAL = "parameters";

    private final Map<String, ProgrammeParameter> byCode = new LinkedHashMap<>();

    private ProgrammeParameters(Collection<?> facts) {
        for (Object fact : facts) {
            if (fact instanceof ProgrammeParameter parameter) {
                byCode.put(parameter.getCode(), parameter);
            }
        }
    }

    /** Whether a rule set's rules read the global {@value #GLOBAL}. */
    public static boolean isReadBy(KieBase kieBase) {
        return kieBase.getKiePackages().stream()
                .anyMatch(p -> p.getGlobalVariables().stream().anyMatch(g -> g.getName().equals(GLOBAL)));
    }

    /**
     * The rule set's parameters, as the compiler read them (the parameter table's values and the
     * catalogue's PARAMETER rows); for a KieBase built otherwise, what the table's rows insert, fired
     * once here.
     */
    public static ProgrammeParameters of(KieBase kieBase) {
        Map<String, String> data = RuleSetCatalogue.of(kieBase).getParameters();
        if (!data.isEmpty()) {
            return new ProgrammeParameters(data.entrySet().stream().map(e -> new ProgrammeParameter(e.getKey(), e.getValue())).toList());
        }
        KieSession session = kieBase.newKieSession();
        try {
            AgendaGroup rows = session.getAgenda().getAgendaGroup(AGENDA_GROUP);
            if (rows == null) {
                return new ProgrammeParameters(List.of()); // a rule set without a parameter table
            }
            rows.setFocus();
            // Only the rows (their own package, ...parameters): the programme's rules need what this collects.
            session.fireAllRules(match -> match.getRule().getPackageName().endsWith("." + AGENDA_GROUP));
            return new ProgrammeParameters(session.getObjects(ProgrammeParameter.class::isInstance));
        } finally {
            session.dispose();
        }
    }

    public ProgrammeParameter get(String code) {
        ProgrammeParameter parameter = byCode.get(code);
        if (parameter == null) {
            throw new IllegalStateException("The parameter table has no row for " + code);
        }
        return parameter;
    }

    public int intValue(String code) {
        return get(code).getIntValue();
    }

    public long longValue(String code) {
        return get(code).getLongValue();
    }

    public BigDecimal decimalValue(String code) {
        return get(code).getDecimalValue();
    }

    public boolean booleanValue(String code) {
        return get(code).isBooleanValue();
    }

    public String value(String code) {
        return get(code).getValue();
    }

    public List<String> listValue(String code) {
        return get(code).getListValue();
    }

    /** Whether the table has a row for the code (for optional parameters, e.g. a decile's weight). */
    public boolean has(String code) {
        return byCode.containsKey(code);
    }

    @Override
    public String toString() {
        return byCode.values().toString();
    }
}
