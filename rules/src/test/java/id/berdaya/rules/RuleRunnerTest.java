package id.berdaya.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;

class RuleRunnerTest {

    private static final KieBase ECHO = RuleSetCompiler.compile(List.of(new RuleSource("id/berdaya/rules/echo.drl", """
            package id.berdaya.rules;

            rule "ECHO: every string becomes a passed criterion"
            when
                $text : String()
            then
                insert(CriterionResult.pass("ECHO", $text, $text));
            end
            """)));

    @Test
    void startsEveryRunFromAnEmptyWorkingMemory() {
        try (RuleRunner runner = new RuleRunner(ECHO)) {
            runner.run("first");

            List<CriterionResult> second = runner.run("second").all(CriterionResult.class);

            assertThat(second).extracting(CriterionResult::getReasonId).containsExactly("second");
        }
    }

    @Test
    void insistsOnExactlyOneFactWhereOneIsExpected() {
        try (RuleRunner runner = new RuleRunner(ECHO)) {
            assertThat(runner.run("one").single(CriterionResult.class).getCode()).isEqualTo("ECHO");
            assertThatThrownBy(() -> runner.run("one", "two").single(CriterionResult.class))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("2 CriterionResult");
        }
    }

    @Test
    void releasesItsSessionsFromTheKieBaseWhenClosed() {
        RuleRunner runner = new RuleRunner(ECHO);
        runner.run("text");

        runner.close();

        assertThat(ECHO.getKieSessions()).isEmpty();
    }
}
