package id.berdaya.rules;

import java.util.List;

/**
 * The hand-written WRSE rule set shipped until issue 14 (test resources, {@code wrse/before-model/}), under
 * the paths a database seeded before then holds it: one DRL file per criterion and the CSV parameter table.
 * Tests of what still reads such a version (the parameter table, the safety check) use it.
 */
public final class HandWrittenWrse {

    private HandWrittenWrse() {
    }

    public static List<RuleSource> sources() {
        return DefaultRuleSets.load("id/berdaya/rules/wrse/before-model").stream()
                .map(s -> new RuleSource(s.getPath().replace("/before-model/", "/"), s.getText())).toList();
    }
}
