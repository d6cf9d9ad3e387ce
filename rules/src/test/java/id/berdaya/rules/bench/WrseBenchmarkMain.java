package id.berdaya.rules.bench;

import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link WrseScreeningBenchmark} and prints both throughputs, their ratio and whether issue 14's
 * targets are met: at least 150,000 screenings per second on one thread, at most 10 times slower than
 * the same criteria in plain Java. Figures are printed, never asserted. The arguments are JMH's
 * command-line options; without any, a short run: 2 x 2 s warm-up, 3 x 2 s measured, 1 fork, 1 thread.
 */
public final class WrseBenchmarkMain {

    private static final double TARGET_OPS_PER_SECOND = 150_000;
    private static final double TARGET_RATIO = 10;
    private static final String[] SHORT_RUN = {"-wi", "2", "-w", "2s", "-i", "3", "-r", "2s", "-f", "1", "-t", "1"};

    private WrseBenchmarkMain() {
    }

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        Options options = new OptionsBuilder()
                .parent(new CommandLineOptions(args.length > 0 ? args : SHORT_RUN))
                .include(WrseScreeningBenchmark.class.getName())
                .build();
        Collection<RunResult> results = new Runner(options).run();

        double drools = throughput(results, "drools");
        double plainJava = throughput(results, "plainJava");
        System.out.println(String.format(Locale.ROOT, "drools: %,.0f ops/s, plain java: %,.0f ops/s, ratio %.1f",
                drools, plainJava, plainJava / drools));
        System.out.println(String.format(Locale.ROOT, "target %,.0f screenings/s with drools: %s",
                TARGET_OPS_PER_SECOND, drools >= TARGET_OPS_PER_SECOND ? "met" : "NOT met"));
        System.out.println(String.format(Locale.ROOT, "target ratio to plain java at most %.0f: %s",
                TARGET_RATIO, plainJava / drools <= TARGET_RATIO ? "met" : "NOT met"));
        CompileTimeBenchmark.main(args);
    }

    private static double throughput(Collection<RunResult> results, String benchmark) {
        return results.stream()
                .filter(r -> r.getParams().getBenchmark().endsWith("." + benchmark))
                .mapToDouble(r -> r.getPrimaryResult().getScore())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No result for benchmark " + benchmark));
    }
}
