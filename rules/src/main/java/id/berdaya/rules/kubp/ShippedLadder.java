package id.berdaya.rules.kubp;

import id.berdaya.rules.DefaultRuleSets;
import id.berdaya.rules.RuleSource;
import id.berdaya.rules.table.ParameterTable;
import java.util.Map;

/**
 * The arrears ladder of the shipped KUBP parameter table, read from that table (the one place its
 * days are written). Rule-set versions stored before the ladder was a parameter have no ladder rows
 * and a terms rule that sets none: the ladder they were in force with is this one.
 */
final class ShippedLadder {

    static final int STEP_1;
    static final int STEP_2;
    static final int STEP_3;

    static {
        RuleSource table = DefaultRuleSets.kubp().stream()
                .filter(source -> ParameterTable.isParameterTable(source.getPath()))
                .findFirst().orElseThrow(() -> new IllegalStateException("The shipped KUBP rule set has no parameter table"));
        Map<String, String> values = ParameterTable.read(table.getText()).values();
        STEP_1 = Integer.parseInt(values.get("ARREARS_STEP_1_DAYS").strip());
        STEP_2 = Integer.parseInt(values.get("ARREARS_STEP_2_DAYS").strip());
        STEP_3 = Integer.parseInt(values.get("ARREARS_STEP_3_DAYS").strip());
    }

    private ShippedLadder() {
    }
}
