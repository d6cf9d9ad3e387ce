package id.berdaya.rules.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import id.berdaya.rules.DefaultRuleSets;
import id.berdaya.rules.RuleSetCompiler;
import id.berdaya.rules.RuleSource;

/**
 * Publishing a rule set must take effect within 5 seconds; compiling is nearly all of that (the swap
 * itself is one reference). This measures compiling the default rule sets, the parameter tables
 * included, after one warm-up, and prints the figures (a timed harness, run with -Pbench, not a
 * test: speed targets are measured, never asserted).
 */
public final class CompileTimeBenchmark {

    private static final int RUNS = 5;

    private CompileTimeBenchmark() {
    }

    public static void main(String[] args) {
        for (String name : List.of("WRSE", "KUBP")) {
            List<RuleSource> sources = name.equals("WRSE") ? DefaultRuleSets.wrse() : DefaultRuleSets.kubp();
            long first = millis(sources);
            List<Long> runs = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                runs.add(millis(sources));
            }
            Collections.sort(runs);
            System.out.printf("Compile %s default rule set: first %d ms, then median %d ms, max %d ms over %d runs%n",
                    name, first, runs.get(RUNS / 2), runs.get(RUNS - 1), RUNS);
        }
    }

    private static long millis(List<RuleSource> sources) {
        long start = System.nanoTime();
        RuleSetCompiler.compile(sources);
        return (System.nanoTime() - start) / 1_000_000;
    }
}
