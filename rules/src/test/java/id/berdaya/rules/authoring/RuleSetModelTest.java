package id.berdaya.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import id.berdaya.rules.DefaultRuleSets;
import id.berdaya.rules.MaritalStatus;
import id.berdaya.rules.Outcome;
import id.berdaya.rules.RuleSetCompiler;
import id.berdaya.rules.RuleSource;
import id.berdaya.rules.Sex;
import id.berdaya.rules.safety.RuleTextCheck;
import id.berdaya.rules.testing.RuleTestCase;
import id.berdaya.rules.testing.TestCaseResult;
import id.berdaya.rules.testing.WrseTestCases;
import id.berdaya.rules.wrse.RegistryListing;
import id.berdaya.rules.wrse.WrseApplicant;
import id.berdaya.rules.wrse.WrseScreener;
import id.berdaya.rules.wrse.WrseScreeningResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kie.api.KieBase;

/** Rules as data: the default model gives the shipped decisions; the issue's changes and bad inputs. */
class RuleSetModelTest {

    private static final CodeLists CODES = CodeLists.defaults();

    private static KieBase compile(RuleSetModel model) {
        List<RuleSource> files = RuleSetModelGenerator.generate(model, CODES);
        assertThat(RuleTextCheck.check(files)).as("the generated rules pass the safety check").isEmpty();
        return RuleSetCompiler.compile(files);
    }

    static Stream<RuleTestCase> shippedCases() {
        return DefaultRuleSets.wrseTestCases().stream();
    }

    private static final KieBase DEFAULT = compile(DefaultModels.wrse());

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedCases")
    void theDefaultModelPassesEveryShippedTestCase(RuleTestCase testCase) {
        try (WrseTestCases runner = new WrseTestCases(DEFAULT)) {
            TestCaseResult result = runner.run(testCase);
            assertThat(result.getDifferences()).as(result.getActual()).isEmpty();
        }
    }

    @Test
    void theDefaultModelGivesTheShippedReasonsAndOrder() {
        WrseApplicant sixtyOne = applicant(b -> b.birthDate(LocalDate.of(1963, 6, 1)));
        try (WrseScreener rules = new WrseScreener(DEFAULT); WrseScreener shipped = new WrseScreener(RuleSetCompiler.compile(id.berdaya.rules.HandWrittenWrse.sources()))) {
            WrseScreeningResult model = rules.screen(sixtyOne);
            WrseScreeningResult drl = shipped.screen(sixtyOne);
            assertThat(model.getCriteria()).extracting(c -> c.getCode()).containsExactlyElementsOf(drl.getCriteria().stream().map(c -> c.getCode()).toList());
            assertThat(model.criterion("AGE").orElseThrow().getReasonId()).isEqualTo(drl.criterion("AGE").orElseThrow().getReasonId())
                    .isEqualTo("Usia 61 tahun pada tanggal permohonan; batas usia 18–59 tahun");
            assertThat(model.getDecision()).isEqualTo(drl.getDecision());
            assertThat(model.getPriorityScore()).isEqualTo(drl.getPriorityScore());
        }
    }

    @Test
    void theIssuesChangesAreRowsAndValues() {
        RuleSetModel model = DefaultModels.wrse();
        row(model, "AGE").getArguments().put("max", "64");                                          // (a)
        model.getCriteria().add(6, new CriterionRow("BPNT", ConditionTemplate.NOT_RECEIVING, Map.of("programme", "BPNT"))); // (b)
        model.getReasons().add(new ReasonText("BPNT.PASS", "Tidak sedang menerima {programme}", "Not a current {programme} recipient"));
        model.getReasons().add(new ReasonText("BPNT.FAIL", "Menerima {programme}", "Receives {programme}"));
        row(model, "REGISTRY").setArguments(Map.of("registries", "DTSEN", "maxDecile", "4", "partly", "REVIEW")); // (c)
        model.getScores().removeIf(s -> s.getCode().equals("SKILLS_TRAINING"));
        model.getScores().add(new ScoreRow("VIOLENCE_SURVIVOR", ScoreTemplate.CIRCUMSTANCE, Map.of("circumstance", "VIOLENCE_SURVIVOR"), 10)); // (d)
        model.getReasons().add(new ReasonText("SCORE.VIOLENCE_SURVIVOR", "Penyintas kekerasan", "Violence survivor"));
        assertThat(RuleSetModelValidator.validate(model, CODES)).isEmpty();

        try (WrseScreener screener = new WrseScreener(compile(model))) {
            WrseScreeningResult result = screener.screen(applicant(b -> b.birthDate(LocalDate.of(1963, 6, 1))
                    .registries(List.of(new RegistryListing("DTSEN", 3))).currentAid(List.of("BPNT"))
                    .circumstances(List.of("VIOLENCE_SURVIVOR"))));
            assertThat(result.criterion("AGE").orElseThrow().getOutcome()).isEqualTo(Outcome.PASS);
            assertThat(result.criterion("AGE").orElseThrow().getReasonEn()).isEqualTo("Age 61 on the application date; the age limit is 18–64");
            assertThat(result.criterion("REGISTRY").orElseThrow().getOutcome()).isEqualTo(Outcome.PASS);
            assertThat(result.criterion("BPNT").orElseThrow().getReasonId()).isEqualTo("Menerima BPNT");
            assertThat(result.getCriteria().get(6).getCode()).as("the order is the rows' order").isEqualTo("BPNT");
            assertThat(result.getScoreComponents()).anySatisfy(c -> assertThat(c.getReasonEn()).isEqualTo("Violence survivor"));
        }
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("a minimum above its maximum", (Consumer<RuleSetModel>) m -> row(m, "AGE").getArguments().put("min", "60"),
                        "criteria[1].arguments.min", "above the maximum"),
                Arguments.of("a weight making the score exceed 100", (Consumer<RuleSetModel>) m -> m.getScores().get(0).setPoints(60),
                        "scores[", "at most 100"),
                Arguments.of("an empty registry list", (Consumer<RuleSetModel>) m -> row(m, "REGISTRY").getArguments().put("registries", ""),
                        "criteria[3].arguments.registries", "required"),
                Arguments.of("a decile of 11", (Consumer<RuleSetModel>) m -> row(m, "REGISTRY").getArguments().put("maxDecile", "11"),
                        "criteria[3].arguments.maxDecile", "outside the bounds 1–10"),
                Arguments.of("a placeholder that does not exist", (Consumer<RuleSetModel>) m -> m.reason("AGE.OLDER").setTextEn("Age {umur}"),
                        "reasons[AGE.OLDER].textEn", "no placeholder {umur}"),
                Arguments.of("an unknown registry", (Consumer<RuleSetModel>) m -> row(m, "REGISTRY").getArguments().put("registries", "DTKS,XYZ"),
                        "criteria[3].arguments.registries", "XYZ"),
                Arguments.of("code where a number belongs", (Consumer<RuleSetModel>) m -> row(m, "AGE").getArguments().put("max", "59); System.exit(0"),
                        "criteria[1].arguments.max", "not a whole number"),
                Arguments.of("a quote in a code", (Consumer<RuleSetModel>) m -> row(m, "PKH").getArguments().put("programme", "PKH\") || true || (\""),
                        "criteria[4].arguments.programme", "not one code"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void aBadInputIsAClearMessageOnItsField(String what, Consumer<RuleSetModel> change, String field, String message) {
        RuleSetModel model = DefaultModels.wrse();
        change.accept(model);

        List<ValidationProblem> problems = RuleSetModelValidator.validate(model, CODES);

        assertThat(problems).anySatisfy(p -> {
            assertThat(p.getField()).startsWith(field);
            assertThat(p.getMessageEn()).contains(message);
            assertThat(p.getMessageId()).isNotBlank();
        });
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RuleSetModelGenerator.generate(model, CODES))
                .as("nothing is generated from a model with problems").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theModelAndItsTestCasesSurviveBeingStored() {
        RuleSetModel model = DefaultModels.wrse();
        RuleSetModel read = RuleSetModelFile.read(RuleSetModelFile.write(model));
        assertThat(RuleSetModelFile.write(read)).isEqualTo(RuleSetModelFile.write(model));
        assertThat(RuleSetModelGenerator.generate(read, CODES)).extracting(RuleSource::getText)
                .containsExactlyElementsOf(RuleSetModelGenerator.generate(model, CODES).stream().map(RuleSource::getText).toList());

        try (WrseTestCases runner = new WrseTestCases(DEFAULT)) {
            for (RuleTestCase shipped : DefaultRuleSets.wrseTestCases()) {
                TestCaseRow row = TestCaseRows.toRow(shipped);
                assertThat(runner.run(TestCaseRows.toTestCase(row)).getDifferences()).as(shipped.getName()).isEmpty();
            }
        }
    }

    @Test
    void theAppealPeriodsAreTypedWrseParametersThatReachTheAppeals() {
        RuleSetModel model = DefaultModels.wrse();
        model.getParameters().stream().filter(p -> p.getCode().equals("APPEAL_PERIOD_DAYS")).findFirst().orElseThrow().setValue("400");
        assertThat(RuleSetModelValidator.validate(model, CODES)).singleElement()
                .satisfies(p -> assertThat(p.getField()).isEqualTo("parameters.APPEAL_PERIOD_DAYS"));

        model.getParameters().stream().filter(p -> p.getCode().equals("APPEAL_PERIOD_DAYS")).findFirst().orElseThrow().setValue("45");
        id.berdaya.rules.ProgrammeParameters parameters = id.berdaya.rules.ProgrammeParameters.of(compile(model));
        assertThat(parameters.intValue("APPEAL_PERIOD_DAYS")).isEqualTo(45);
        assertThat(parameters.intValue("APPEAL_HANDLING_DAYS")).isEqualTo(14);
    }

    @Test
    void kubpIsInterestFreeByDefinition() {
        RuleSetModel model = new RuleSetModel();
        model.setProgramme("KUBP");
        List<ParameterValue> values = new ArrayList<>();
        Map<String, String> defaults = new LinkedHashMap<>();
        Programme.KUBP.getParameters().forEach(p -> defaults.put(p.getCode(), "0"));
        defaults.putAll(Map.of("COLLATERAL_REQUIRED", "false", "GROUP_SIZE_MIN", "5", "GROUP_SIZE_MAX", "20", "PRINCIPAL_MAX_PER_MEMBER", "15000000",
                "PRINCIPAL_MAX_PER_GROUP", "100000000", "INSTALLMENTS_MIN", "6", "INSTALLMENTS_MAX", "36", "DISTRICT_CODES", "640201,640202",
                "MEMBER_AGE_MIN", "18", "ARREARS_STEP_1_DAYS", "30"));
        defaults.put("ARREARS_STEP_2_DAYS", "60");
        defaults.put("ARREARS_STEP_3_DAYS", "90");
        defaults.put("GRACE_MONTHS_MAX", "3");
        defaults.forEach((code, value) -> values.add(new ParameterValue(code, value)));
        model.setParameters(values);
        assertThat(RuleSetModelValidator.validate(model, CODES)).isEmpty();

        model.getParameters().stream().filter(p -> p.getCode().equals("INTEREST_RATE_PERCENT")).findFirst().orElseThrow().setValue("2");
        assertThat(RuleSetModelValidator.validate(model, CODES)).singleElement().satisfies(p -> {
            assertThat(p.getField()).isEqualTo("parameters.INTEREST_RATE_PERCENT");
            assertThat(p.getMessageId()).contains("tanpa bunga", "harus 0, bukan 2");
            assertThat(p.getMessageEn()).contains("interest-free", "must be 0, not 2");
        });
        model.getParameters().stream().filter(p -> p.getCode().equals("INTEREST_RATE_PERCENT")).findFirst().orElseThrow().setValue("0");

        model.getParameters().stream().filter(p -> p.getCode().equals("ADMIN_FEE")).findFirst().orElseThrow().setValue("50000");
        assertThat(RuleSetModelValidator.validate(model, CODES)).singleElement().satisfies(p ->
                assertThat(p.getField()).isEqualTo("parameters.ADMIN_FEE"));
        model.getParameters().stream().filter(p -> p.getCode().equals("ADMIN_FEE")).findFirst().orElseThrow().setValue("0");

        // The arrears ladder rises step by step.
        model.getParameters().stream().filter(p -> p.getCode().equals("ARREARS_STEP_2_DAYS")).findFirst().orElseThrow().setValue("30");
        assertThat(RuleSetModelValidator.validate(model, CODES)).singleElement().satisfies(p -> {
            assertThat(p.getField()).isEqualTo("parameters.ARREARS_STEP_2_DAYS");
            assertThat(p.getMessageEn()).contains("step 2 (30 days) must be above step 1 (30 days)");
        });
    }

    @Test
    void aKubpCeilingIsAValueOfTheParameterTable() {
        String csv = DefaultRuleSets.kubp().get(0).getText();
        String raised = id.berdaya.rules.table.ParameterTable.withValues(csv, Map.of("PRINCIPAL_MAX_PER_MEMBER", "15000000",
                "DISTRICT_CODES", "640201,640202"));
        assertThat(id.berdaya.rules.table.ParameterTable.read(raised).getProblems()).isEmpty();
        List<RuleSource> rules = new ArrayList<>(DefaultRuleSets.kubp());
        rules.set(0, new RuleSource(rules.get(0).getPath(), raised));
        try (id.berdaya.rules.kubp.KubpTermsEvaluator terms = new id.berdaya.rules.kubp.KubpTermsEvaluator(RuleSetCompiler.compile(rules))) {
            assertThat(terms.termsInForce().getMaxPrincipalPerMember()).isEqualTo(15_000_000L);
            assertThat(terms.termsInForce().getDistrictCodes()).containsExactly("640201", "640202");
            assertThat(terms.termsInForce().getMaxInstallments()).isEqualTo(36);
        }
    }

    private static CriterionRow row(RuleSetModel model, String code) {
        return model.getCriteria().stream().filter(c -> c.getCode().equals(code)).findFirst().orElseThrow();
    }

    private static WrseApplicant applicant(java.util.function.UnaryOperator<WrseApplicant.Builder> change) {
        return change.apply(WrseApplicant.builder().sex(Sex.F).birthDate(LocalDate.of(1985, 7, 5)).maritalStatus(MaritalStatus.MARRIED)
                .regencyCode("6402").applicationDate(LocalDate.of(2025, 3, 15)).businessField("CULINARY")
                .registries(List.of(new RegistryListing("DTKS", null), new RegistryListing("P3KE", 1)))).build();
    }
}
