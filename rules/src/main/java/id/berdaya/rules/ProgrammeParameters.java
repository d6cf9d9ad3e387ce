package id.berdaya.rules;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The programme parameters of one session looked up by code, for a rule that needs many of them at
 * once (the KUBP terms). A missing parameter is an error, never a silent default.
 */
public final class ProgrammeParameters {

    private final Map<String, ProgrammeParameter> byCode = new LinkedHashMap<>();

    private ProgrammeParameters(Collection<?> facts) {
        for (Object fact : facts) {
            if (fact instanceof ProgrammeParameter parameter) {
                byCode.put(parameter.getCode(), parameter);
            }
        }
    }

    /** From the facts a rule collected, e.g. {@code List() from collect( ProgrammeParameter() )}. */
    public static ProgrammeParameters of(Collection<?> facts) {
        return new ProgrammeParameters(facts);
    }

    public ProgrammeParameter get(String code) {
        ProgrammeParameter parameter = byCode.get(code);
        if (parameter == null) {
            throw new IllegalStateException("The parameter table has no row for " + code);
        }
        return parameter;
    }
}
