package id.berdaya.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.berdaya.rules.authoring.CodeLists;
import id.berdaya.rules.authoring.DefaultModels;
import id.berdaya.rules.authoring.RuleSetModelFile;
import id.berdaya.rules.authoring.RuleSetModelGenerator;
import id.berdaya.rules.bench.SampleApplicants;
import id.berdaya.rules.testing.RuleTestCase;
import id.berdaya.rules.testing.WrseTestCases;
import id.berdaya.rules.wrse.WrseApplicant;
import id.berdaya.rules.wrse.WrseScreener;
import id.berdaya.rules.wrse.WrseScreeningResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped WRSE rule set is the one generated from {@link DefaultModels#wrse()}, and it screens every
 * applicant exactly as the hand-written set it replaced (which databases seeded earlier still hold in
 * force): same decision, score, criteria, components and reason texts in both languages.
 */
class ShippedWrseRuleSetTest {

    /** The hand-written set as a database holds it: under id/berdaya/rules/wrse/, with its parameter table. */
    private static final List<RuleSource> BEFORE = HandWrittenWrse.sources();


    /** With -Dberdaya.regenerate=true (run from the rules module) this writes the files instead of failing. */
    @Test
    void theShippedFilesAreWhatTheGeneratorMakesOfTheDefaultModel() throws IOException {
        List<RuleSource> generated = new ArrayList<>();
        generated.add(new RuleSource(DefaultRuleSets.WRSE + "/" + RuleSetModelFile.FILE_NAME, RuleSetModelFile.write(DefaultModels.wrse())));
        generated.addAll(RuleSetModelGenerator.generate(DefaultModels.wrse(), CodeLists.defaults()));
        if (Boolean.getBoolean("berdaya.regenerate")) {
            for (RuleSource source : generated) {
                Files.writeString(Path.of("src/main/resources", source.getPath()), source.getText(), StandardCharsets.UTF_8);
            }
            return; // the classpath still has the old copies until the next build
        }

        assertThat(DefaultRuleSets.wrse()).extracting(RuleSource::getPath)
                .as("index.txt lists the generated files in the order the rule authoring saves them")
                .containsExactlyElementsOf(generated.stream().map(RuleSource::getPath).toList());
        for (int i = 0; i < generated.size(); i++) {
            assertThat(DefaultRuleSets.wrse().get(i).getText())
                    .as(generated.get(i).getPath() + " (regenerate: ./mvnw -pl rules verify -Dtest=ShippedWrseRuleSetTest -Dberdaya.regenerate=true)")
                    .isEqualTo(generated.get(i).getText());
        }
    }

    @Test
    void noShippedRuleComputesInItsConsequence() {
        for (RuleSource source : DefaultRuleSets.wrse()) {
            assertThat(source.getText()).as(source.getPath()).doesNotContain("if (", "for (", "parameters.", "RuleImpl");
        }
        assertThat(DefaultRuleSets.wrse()).extracting(RuleSource::getFileName).doesNotContain("pkh.drl", "kube.drl", "parameters.csv");
    }

    @Test
    void theShippedSetCarriesTheAppealPeriods() {
        ProgrammeParameters parameters = ProgrammeParameters.of(RuleSetCompiler.compile(DefaultRuleSets.wrse()));

        assertThat(parameters.intValue("APPEAL_PERIOD_DAYS")).isEqualTo(30);
        assertThat(parameters.intValue("APPEAL_HANDLING_DAYS")).isEqualTo(14);
        assertThat(ProgrammeParameters.of(RuleSetCompiler.compile(BEFORE)).intValue("APPEAL_PERIOD_DAYS"))
                .as("the hand-written set's table, read as data").isEqualTo(30);
    }

    @Test
    void theGeneratedSetScreensTwoThousandApplicantsAsTheHandWrittenOneDid() {
        List<WrseApplicant> applicants = new ArrayList<>(SampleApplicants.mix(1024, 42));
        applicants.addAll(SampleApplicants.mix(1024, 7));
        DefaultRuleSets.wrseTestCases().stream().map(RuleTestCase::getInput).map(WrseTestCases::applicant).forEach(applicants::add);

        try (WrseScreener shipped = new WrseScreener(RuleSetCompiler.compile(DefaultRuleSets.wrse()));
                WrseScreener handWritten = new WrseScreener(RuleSetCompiler.compile(BEFORE))) {
            for (WrseApplicant applicant : applicants) {
                assertThat(described(shipped.screen(applicant))).as(applicant.toString())
                        .isEqualTo(described(handWritten.screen(applicant)));
            }
        }
    }

    @Test
    void theHandWrittenSetStillPassesItsTestCasesSoAnOldDatabaseStarts() {
        try (WrseTestCases cases = new WrseTestCases(RuleSetCompiler.compile(BEFORE))) {
            assertThat(cases.runAll(DefaultRuleSets.wrseTestCases())).allSatisfy(r -> assertThat(r.getDifferences()).isEmpty());
        }
    }

    /** Everything a screening says, as text: decision, score, each criterion and component with both reasons. */
    private static List<String> described(WrseScreeningResult result) {
        List<String> lines = new ArrayList<>();
        lines.add(result.getDecision() + " " + result.getPriorityScore());
        result.getCriteria().forEach(c -> lines.add(c.getCode() + " " + c.getOutcome() + " | " + c.getReasonId() + " | " + c.getReasonEn()));
        result.getScoreComponents().forEach(c -> lines.add(c.getCode() + " +" + c.getPoints() + " | " + c.getReasonId() + " | " + c.getReasonEn()));
        return lines;
    }
}
