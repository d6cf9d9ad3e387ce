package id.berdaya.application.rules;

import id.berdaya.domain.rules.RuleSetRevision;
import id.berdaya.infrastructure.rules.RuleEngine;
import id.berdaya.infrastructure.rules.RuleSetVersion;
import id.berdaya.rules.RuleCompilationException;
import id.berdaya.rules.testing.TestCaseResult;
import id.berdaya.rules.testing.TestCaseRunner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Compiles a stored version and runs its test cases; nothing in force changes. */
@ApplicationScoped
public class RuleSetVerifier {

    @Inject
    private RuleEngine engine;

    /** Compiles only: validation need not run the test cases. */
    public RuleSetVerification compile(RuleSetRevision revision) {
        return compile(engine, revision);
    }

    public RuleSetVerification verify(RuleSetRevision revision) {
        return verify(engine, revision);
    }

    // The static forms take the engine as given, so that they run outside a container too.

    static RuleSetVerification compile(RuleEngine engine, RuleSetRevision revision) {
        long start = System.nanoTime();
        try {
            RuleSetVersion compiled = engine.compile(revision.getKind(), RuleSetContent.sources(revision.getFiles()));
            return new RuleSetVerification(compiled, List.of(), List.of(), compiled.compileMillis());
        } catch (RuleCompilationException e) {
            return new RuleSetVerification(null, e.getErrors(), List.of(), (System.nanoTime() - start) / 1_000_000);
        }
    }

    static RuleSetVerification verify(RuleEngine engine, RuleSetRevision revision) {
        RuleSetVerification compiled = compile(engine, revision);
        if (!compiled.compiles()) {
            return compiled;
        }
        try (TestCaseRunner runner = RuleSetContent.testRunner(revision.getKind(), compiled.compiled().kieBase())) {
            List<TestCaseResult> results = runner.runAll(RuleSetContent.ruleTestCases(revision.getTestCases()));
            return new RuleSetVerification(compiled.compiled(), List.of(), results, compiled.compileMillis());
        }
    }
}
