package id.berdaya.rules.bench;

import static org.assertj.core.api.Assertions.assertThat;

import id.berdaya.rules.CriterionResult;
import id.berdaya.rules.DefaultRuleSets;
import id.berdaya.rules.RuleSetCompiler;
import id.berdaya.rules.ScoreComponent;
import id.berdaya.rules.wrse.WrseApplicant;
import id.berdaya.rules.wrse.WrseDecision;
import id.berdaya.rules.wrse.WrseScreener;
import id.berdaya.rules.wrse.WrseScreeningResult;
import org.junit.jupiter.api.Test;

/** The benchmark's plain-Java baseline must do the same work as the default DRL, or the ratio means nothing. */
class PlainJavaWrseScreeningTest {

    @Test
    void agreesWithTheDefaultRulesOnEveryDetail() {
        WrseScreener drools = new WrseScreener(RuleSetCompiler.compile(DefaultRuleSets.wrse()));
        PlainJavaWrseScreening plain = new PlainJavaWrseScreening();

        for (WrseApplicant applicant : SampleApplicants.mix(500, 42)) {
            assertThat(describe(plain.screen(applicant))).as(applicant.toString())
                    .isEqualTo(describe(drools.screen(applicant)));
        }
    }

    @Test
    void theSampleCoversEveryDecision() {
        PlainJavaWrseScreening plain = new PlainJavaWrseScreening();

        assertThat(SampleApplicants.mix(500, 42)).extracting(a -> plain.screen(a).getDecision())
                .contains(WrseDecision.values());
    }

    private static String describe(WrseScreeningResult result) {
        StringBuilder text = new StringBuilder(result.getDecision() + " " + result.getPriorityScore());
        for (CriterionResult c : result.getCriteria()) {
            text.append('\n').append(c.getCode()).append(' ').append(c.getOutcome()).append(' ')
                    .append(c.getReasonId()).append(" | ").append(c.getReasonEn());
        }
        for (ScoreComponent s : result.getScoreComponents()) {
            text.append('\n').append(s.getCode()).append(' ').append(s.getPoints()).append(' ')
                    .append(s.getReasonId()).append(" | ").append(s.getReasonEn());
        }
        return text.toString();
    }
}
