package id.berdaya.rules.bench;

import id.berdaya.rules.DefaultRuleSets;
import id.berdaya.rules.RuleSetCompiler;
import id.berdaya.rules.wrse.WrseApplicant;
import id.berdaya.rules.wrse.WrseScreener;
import id.berdaya.rules.wrse.WrseScreeningResult;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One WRSE screening per operation, over a fixed mix of 1,024 applicants: the default rule set (generated
 * from its model; KieBase and screener built once, as in the application) against the same criteria in
 * plain Java.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class WrseScreeningBenchmark {

    private WrseScreener drools;
    private PlainJavaWrseScreening plainJava;
    private WrseApplicant[] applicants;
    private int next;

    @Setup
    public void setUp() {
        drools = new WrseScreener(RuleSetCompiler.compile(DefaultRuleSets.wrse()));
        plainJava = new PlainJavaWrseScreening();
        List<WrseApplicant> mix = SampleApplicants.mix(1024, 42);
        applicants = mix.toArray(new WrseApplicant[0]);
    }

    @Benchmark
    public WrseScreeningResult drools() {
        return drools.screen(nextApplicant());
    }

    @Benchmark
    public WrseScreeningResult plainJava() {
        return plainJava.screen(nextApplicant());
    }

    private WrseApplicant nextApplicant() {
        next = (next + 1) & (applicants.length - 1);
        return applicants[next];
    }
}
