package id.berdaya.application.rules;

import id.berdaya.domain.rules.RuleSetRevision;
import id.berdaya.infrastructure.rules.RuleSetVersion;
import id.berdaya.infrastructure.rules.programme.RuleSetProgrammes;
import id.berdaya.rules.RuleCompilationException;
import id.berdaya.rules.testing.TestCaseResult;
import id.berdaya.rules.testing.TestCaseRunner;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Compiles a stored version and runs its test cases; nothing in force changes. It compiles here, not
 * through the RuleEngine bean: an exception out of an EJB call would roll the caller's transaction
 * back, and a compile error is an answer, not a failure.
 */
@ApplicationScoped
public class RuleSetVerifier {

    /** Compiles only: validation need not run the test cases. */
    public RuleSetVerification compile(RuleSetRevision revision) {
        return compileStatic(revision);
    }

    public RuleSetVerification verify(RuleSetRevision revision) {
        return verifyStatic(revision);
    }

    static RuleSetVerification compileStatic(RuleSetRevision revision) {
        long start = System.nanoTime();
        try {
            RuleSetVersion compiled = RuleSetVersion.compile(revision.getKind(), RuleSetContent.sources(revision.getFiles()));
            return new RuleSetVerification(compiled, List.of(), List.of(), compiled.compileMillis());
        } catch (RuleCompilationException e) {
            return new RuleSetVerification(null, e.getErrors(), List.of(), (System.nanoTime() - start) / 1_000_000);
        }
    }

    static RuleSetVerification verifyStatic(RuleSetRevision revision) {
        RuleSetVerification compiled = compileStatic(revision);
        if (!compiled.compiles()) {
            return compiled;
        }
        try (TestCaseRunner runner = RuleSetProgrammes.of(revision.getKind()).testRunner(compiled.compiled().kieBase())) {
            List<TestCaseResult> results = runner.runAll(RuleSetContent.ruleTestCases(revision.getTestCases()));
            return new RuleSetVerification(compiled.compiled(), List.of(), results, compiled.compileMillis());
        }
    }
}
