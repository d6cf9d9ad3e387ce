package id.berdaya.infrastructure.rules.programme;

import id.berdaya.domain.rules.RuleSetKind;
import id.berdaya.rules.wrse.WrseScreener;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The descriptor of each rule set's programme, by kind: every kind has exactly one. */
public final class RuleSetProgrammes {

    public static final RuleSetProgramme<WrseScreener> WRSE = new WrseEligibilityProgramme();
    public static final RuleSetProgramme<KubpTermsInForce> KUBP = new KubpTermsProgramme();

    private static final Map<RuleSetKind, RuleSetProgramme<?>> BY_KIND = new EnumMap<>(RuleSetKind.class);

    static {
        for (RuleSetProgramme<?> programme : List.of(WRSE, KUBP)) {
            if (BY_KIND.put(programme.kind(), programme) != null) {
                throw new IllegalStateException("Two programmes describe " + programme.kind());
            }
        }
        for (RuleSetKind kind : RuleSetKind.values()) {
            if (!BY_KIND.containsKey(kind)) {
                throw new IllegalStateException("No programme describes " + kind);
            }
        }
    }

    private RuleSetProgrammes() {
    }

    public static RuleSetProgramme<?> of(RuleSetKind kind) {
        return BY_KIND.get(kind);
    }
}
