package id.berdaya.application.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.berdaya.domain.rules.RuleFile;
import id.berdaya.domain.rules.RuleSetKind;
import id.berdaya.domain.rules.RuleSetRevision;
import id.berdaya.domain.rules.TestCase;
import id.berdaya.domain.shared.RuleRefusalException;
import id.berdaya.infrastructure.rules.programme.RuleSetProgrammes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Only a version that compiles and passes all of at least one test case may go into force. */
class RuleSetVerificationTest {

    private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

    @Test
    void theShippedDefaultsCompileAndPassTheirTestCases() {
        for (RuleSetKind kind : RuleSetKind.values()) {
            RuleSetVerification verification = RuleSetVerifier.verifyStatic(shipped(kind));

            assertThat(verification.compiles()).as(kind.name()).isTrue();
            assertThat(verification.results()).isNotEmpty();
            assertThat(verification.allPassed()).as(verification.results().toString()).isTrue();
            assertThatCode(() -> verification.requirePublishable(1)).doesNotThrowAnyException();
        }
    }

    @Test
    void aFailingTestCaseBlocksApprovalAndIsNamed() {
        RuleSetRevision draft = draftWith(testCases -> testCases.add(new TestCase("A man is eligible",
                "{\"sex\": \"M\", \"birthDate\": \"1985-07-05\", \"maritalStatus\": \"MARRIED\", \"regencyCode\": \"6402\", "
                        + "\"applicationDate\": \"2026-11-22\", \"businessField\": \"CULINARY\"}",
                "{\"decision\": \"ELIGIBLE\"}")));

        RuleSetVerification verification = RuleSetVerifier.verifyStatic(draft);

        assertThat(verification.compiles()).isTrue();
        assertThat(verification.allPassed()).isFalse();
        assertThatThrownBy(() -> verification.requirePublishable(2))
                .isInstanceOfSatisfying(RuleRefusalException.class, e -> {
                    assertThat(e.getMessage()).contains("test cases do not all pass");
                    assertThat(e.getReasons()).singleElement().satisfies(reason -> {
                        assertThat(reason.code()).isEqualTo("TEST_CASE_FAILED");
                        assertThat(reason.reasonEn()).contains("A man is eligible", "expected ELIGIBLE, got INELIGIBLE");
                    });
                });
    }

    @Test
    void aCompileErrorBlocksApprovalWithFileLineAndColumn() {
        RuleSetRevision draft = RuleSetRevision.draftFrom(shipped(RuleSetKind.WRSE_ELIGIBILITY), 2, "kebijakan", "typo", NOW);
        List<RuleFile> files = new ArrayList<>(draft.getFiles());
        files.replaceAll(f -> f.getFileName().equals("criteria.drl")
                ? new RuleFile(f.getPath(), f.getContent().replace("WrseApplicant( $age : age, age >= 18, age <= 59 )",
                        "WrseApplicant( $age : age, age >= 18, age <= 59")) : f);
        draft.edit(0, "kebijakan", "typo", files, draft.getTestCases(), "wrse-x", NOW);

        RuleSetVerification verification = RuleSetVerifier.verifyStatic(draft);

        assertThat(verification.compiles()).isFalse();
        assertThat(verification.results()).isEmpty();
        assertThat(verification.errors()).allSatisfy(error ->
                assertThat(error.getSourcePath()).isEqualTo("id/berdaya/rules/wrse/criteria.drl"));
        assertThat(verification.errors()).singleElement().satisfies(error -> {
            // The AGE pattern left open on line 28: the parser stops at "then", first word of line 29.
            assertThat(error.getLine()).isEqualTo(29);
            assertThat(error.getColumn()).isEqualTo(1);
            assertThat(error.getMessage()).contains("mismatched input 'then'");
        });
        assertThatThrownBy(() -> verification.requirePublishable(2))
                .isInstanceOfSatisfying(RuleRefusalException.class, e -> assertThat(e.getReasons())
                        .allSatisfy(r -> assertThat(r.reasonEn()).startsWith("id/berdaya/rules/wrse/criteria.drl:")));
    }

    @Test
    void aVersionWithoutTestCasesCannotGoIntoForce() {
        RuleSetRevision draft = draftWith(List::clear);

        assertThatThrownBy(() -> RuleSetVerifier.verifyStatic(draft).requirePublishable(2))
                .isInstanceOfSatisfying(RuleRefusalException.class, e -> assertThat(e.getReasons())
                        .extracting(RuleRefusalException.Reason::code).containsExactly("NO_TEST_CASES"));
    }

    static RuleSetRevision shipped(RuleSetKind kind) {
        return RuleSetRevision.shipped(kind, RuleSetContent.files(RuleSetProgrammes.of(kind).shippedFiles()),
                RuleSetContent.testCases(RuleSetProgrammes.of(kind).shippedTestCases()), "id", NOW);
    }

    private static RuleSetRevision draftWith(java.util.function.Consumer<List<TestCase>> change) {
        RuleSetRevision draft = RuleSetRevision.draftFrom(shipped(RuleSetKind.WRSE_ELIGIBILITY), 2, "kebijakan", "x", NOW);
        List<TestCase> testCases = new ArrayList<>(draft.getTestCases());
        change.accept(testCases);
        draft.edit(0, "kebijakan", "x", draft.getFiles(), testCases, "wrse-x", NOW);
        return draft;
    }
}
