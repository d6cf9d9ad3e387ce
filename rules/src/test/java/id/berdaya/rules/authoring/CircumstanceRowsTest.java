package id.berdaya.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import id.berdaya.rules.MaritalStatus;
import id.berdaya.rules.Outcome;
import id.berdaya.rules.RuleSetCompiler;
import id.berdaya.rules.RuleSource;
import id.berdaya.rules.Sex;
import id.berdaya.rules.safety.RuleTextCheck;
import id.berdaya.rules.wrse.RegistryListing;
import id.berdaya.rules.wrse.WrseApplicant;
import id.berdaya.rules.wrse.WrseScreener;
import id.berdaya.rules.wrse.WrseScreeningResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;

/**
 * Applicant circumstances in the rule-set content (issue 14, point 4): a score row "+N for circumstance C",
 * a criterion row "circumstance C present", and a circumstance policy staff added to the code list.
 */
class CircumstanceRowsTest {

    private static final CodeLists CODES = CodeLists.defaults();

    private static KieBase compile(RuleSetModel model, CodeLists codes) {
        assertThat(RuleSetModelValidator.validate(model, codes)).isEmpty();
        List<RuleSource> files = RuleSetModelGenerator.generate(model, codes);
        assertThat(RuleTextCheck.check(files)).as("the generated rules pass the safety check").isEmpty();
        return RuleSetCompiler.compile(files);
    }

    /** Acceptance (d): +20 for VIOLENCE_SURVIVOR, room made by dropping the training row and marital status 15 -> 5. */
    private static RuleSetModel withSurvivorPriority() {
        RuleSetModel model = DefaultModels.wrse();
        model.getScores().removeIf(s -> s.getCode().equals("SKILLS_TRAINING"));
        model.getScores().stream().filter(s -> s.getCode().equals("MARITAL_STATUS")).findFirst().orElseThrow().setPoints(5);
        model.getScores().add(new ScoreRow("VIOLENCE_SURVIVOR", ScoreTemplate.CIRCUMSTANCE,
                Map.of("circumstance", "VIOLENCE_SURVIVOR"), 20));
        model.getReasons().add(new ReasonText("SCORE.VIOLENCE_SURVIVOR", "Penyintas kekerasan (rujukan UPTD PPA)",
                "Violence survivor (UPTD PPA referral)"));
        return model;
    }

    @Test
    void aScoreRowForACircumstanceAddsItsPointsOnlyWhenSheHasIt() {
        WrseApplicant without = applicant(List.of());
        WrseApplicant survivor = applicant(List.of("VIOLENCE_SURVIVOR"));
        WrseApplicant other = applicant(List.of("HEAD_OF_HOUSEHOLD", "DISABILITY"));
        try (WrseScreener shipped = new WrseScreener(compile(DefaultModels.wrse(), CODES));
                WrseScreener changed = new WrseScreener(compile(withSurvivorPriority(), CODES))) {
            int before = shipped.screen(survivor).getPriorityScore();
            assertThat(shipped.screen(without).getPriorityScore()).as("no circumstance row in the shipped rules").isEqualTo(before);
            WrseScreeningResult after = changed.screen(survivor);
            assertThat(after.getPriorityScore()).isEqualTo(before + 20);
            assertThat(after.getScoreComponents()).anySatisfy(c -> {
                assertThat(c.getCode()).isEqualTo("VIOLENCE_SURVIVOR");
                assertThat(c.getPoints()).isEqualTo(20);
                assertThat(c.getReasonId()).isEqualTo("Penyintas kekerasan (rujukan UPTD PPA)");
            });
            assertThat(changed.screen(without).getPriorityScore()).as("married, untrained: the room made costs her nothing")
                    .isEqualTo(before);
            assertThat(changed.screen(other).getScoreComponents()).noneSatisfy(c -> assertThat(c.getCode()).isEqualTo("VIOLENCE_SURVIVOR"));
            assertThat(after.getDecision()).isEqualTo(shipped.screen(survivor).getDecision());
        }
    }

    @Test
    void theScoreCannotPassOneHundredWithoutMakingRoom() {
        RuleSetModel model = DefaultModels.wrse();
        model.getScores().add(new ScoreRow("VIOLENCE_SURVIVOR", ScoreTemplate.CIRCUMSTANCE, Map.of("circumstance", "VIOLENCE_SURVIVOR"), 20));
        model.getReasons().add(new ReasonText("SCORE.VIOLENCE_SURVIVOR", "Penyintas kekerasan", "Violence survivor"));
        assertThat(RuleSetModelValidator.validate(model, CODES)).anySatisfy(p -> {
            assertThat(p.getField()).isEqualTo("scores[" + (model.getScores().size() - 1) + "].points");
            assertThat(p.getMessageEn()).contains("at most 100");
        });
    }

    @Test
    void aCriterionRowAsksForACircumstance() {
        RuleSetModel model = DefaultModels.wrse();
        model.getCriteria().add(new CriterionRow("HEAD_OF_HOUSEHOLD", ConditionTemplate.CIRCUMSTANCE_PRESENT,
                Map.of("circumstance", "HEAD_OF_HOUSEHOLD", "otherwise", "REVIEW")));
        model.getReasons().add(new ReasonText("HEAD_OF_HOUSEHOLD.PASS", "Perempuan kepala keluarga", "Woman head of household"));
        model.getReasons().add(new ReasonText("HEAD_OF_HOUSEHOLD.ABSENT", "Bukan kepala keluarga: periksa",
                "Not head of household: check"));
        try (WrseScreener screener = new WrseScreener(compile(model, CODES))) {
            WrseScreeningResult head = screener.screen(applicant(List.of("HEAD_OF_HOUSEHOLD")));
            WrseScreeningResult not = screener.screen(applicant(List.of("DISABILITY")));
            assertThat(head.criterion("HEAD_OF_HOUSEHOLD").orElseThrow().getOutcome()).isEqualTo(Outcome.PASS);
            assertThat(head.criterion("HEAD_OF_HOUSEHOLD").orElseThrow().getReasonId()).isEqualTo("Perempuan kepala keluarga");
            assertThat(not.criterion("HEAD_OF_HOUSEHOLD").orElseThrow().getOutcome()).isEqualTo(Outcome.REVIEW);
            assertThat(not.criterion("HEAD_OF_HOUSEHOLD").orElseThrow().getReasonEn()).isEqualTo("Not head of household: check");
        }
    }

    @Test
    void aCircumstancePolicyStaffAddedIsUsableOnlyOnceItIsOnTheList() {
        RuleSetModel model = DefaultModels.wrse();
        model.getScores().removeIf(s -> s.getCode().equals("SKILLS_TRAINING"));
        model.getScores().add(new ScoreRow("MIGRANT", ScoreTemplate.CIRCUMSTANCE, Map.of("circumstance", "FORMER_MIGRANT_WORKER"), 10));
        model.getReasons().add(new ReasonText("SCORE.MIGRANT", "Purna pekerja migran", "Former migrant worker"));
        assertThat(RuleSetModelValidator.validate(model, CODES)).as("not on the shipped list")
                .anySatisfy(p -> assertThat(p.getField()).startsWith("scores[").contains("circumstance"));

        CodeLists extended = CODES.with(CodeLists.CIRCUMSTANCE, List.of("HEAD_OF_HOUSEHOLD", "DISABILITY", "VIOLENCE_SURVIVOR",
                "ELDERLY_DEPENDANTS", "FORMER_MIGRANT_WORKER"));
        try (WrseScreener screener = new WrseScreener(compile(model, extended))) {
            assertThat(screener.screen(applicant(List.of("FORMER_MIGRANT_WORKER"))).getScoreComponents())
                    .anySatisfy(c -> assertThat(c.getReasonEn()).isEqualTo("Former migrant worker"));
        }
    }

    @Test
    void aCircumstanceValueIsNeverCode() {
        RuleSetModel model = DefaultModels.wrse();
        model.getScores().removeIf(s -> s.getCode().equals("SKILLS_TRAINING"));
        model.getScores().add(new ScoreRow("TRICK", ScoreTemplate.CIRCUMSTANCE,
                Map.of("circumstance", "VIOLENCE_SURVIVOR\" ) || System.exit(0) || ( \""), 10));
        model.getReasons().add(new ReasonText("SCORE.TRICK", "x", "x"));
        CodeLists lax = CODES.with(CodeLists.CIRCUMSTANCE, List.of("VIOLENCE_SURVIVOR\" ) || System.exit(0) || ( \""));
        assertThat(RuleSetModelValidator.validate(model, lax)).as("a quote in a circumstance code")
                .anySatisfy(p -> assertThat(p.getField()).contains("circumstance"));
    }

    private static WrseApplicant applicant(List<String> circumstances) {
        return WrseApplicant.builder().sex(Sex.F).birthDate(LocalDate.of(1985, 7, 5)).maritalStatus(MaritalStatus.MARRIED)
                .regencyCode("6402").applicationDate(LocalDate.of(2025, 3, 15)).businessField("CULINARY").mainBreadwinner(true)
                .registries(List.of(new RegistryListing("DTKS", null), new RegistryListing("P3KE", 1)))
                .circumstances(circumstances).build();
    }
}
