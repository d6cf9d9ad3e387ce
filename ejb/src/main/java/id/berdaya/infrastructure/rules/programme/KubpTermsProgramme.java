package id.berdaya.infrastructure.rules.programme;

import id.berdaya.domain.rules.RuleFile;
import id.berdaya.domain.rules.RuleSetKind;
import id.berdaya.rules.DefaultRuleSets;
import id.berdaya.rules.RuleSource;
import id.berdaya.rules.authoring.CodeLists;
import id.berdaya.rules.authoring.KubpTestCaseRows;
import id.berdaya.rules.authoring.ParameterDefinition;
import id.berdaya.rules.authoring.ParameterValue;
import id.berdaya.rules.authoring.Programme;
import id.berdaya.rules.authoring.RuleSetModel;
import id.berdaya.rules.kubp.KubpLoanRequest;
import id.berdaya.rules.kubp.KubpTermsResult;
import id.berdaya.rules.table.ParameterTable;
import id.berdaya.rules.testing.KubpTestCases;
import id.berdaya.rules.testing.RuleTestCase;
import id.berdaya.rules.testing.TestCaseRunner;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kie.api.KieBase;

/**
 * KUBP group-loan terms: its rules stay as shipped and policy staff edit the values of its parameter
 * table (ceilings, tenor, grace, the arrears ladder); a loan request is approvable or refused with the
 * terms it breaks.
 */
final class KubpTermsProgramme implements RuleSetProgramme<KubpTermsInForce> {

    private static final String LADDER_STEP_1 = "ARREARS_STEP_1_DAYS";
    private static final String REPEAT_BEFORE_LADDER = "REPEAT_MAX_DAYS_PAST_DUE";

    @Override
    public RuleSetKind kind() {
        return RuleSetKind.KUBP_TERMS;
    }

    @Override
    public String nameIndonesian() {
        return "Ketentuan pinjaman KUBP";
    }

    @Override
    public String nameEnglish() {
        return "KUBP loan terms";
    }

    @Override
    public String folder() {
        return DefaultRuleSets.KUBP;
    }

    @Override
    public List<RuleSource> shippedFiles() {
        return DefaultRuleSets.kubp();
    }

    @Override
    public List<RuleTestCase> shippedTestCases() {
        return DefaultRuleSets.kubpTestCases();
    }

    @Override
    public KubpTermsInForce evaluator(KieBase rules) {
        return new KubpTermsInForce(rules);
    }

    @Override
    public Outcome outcome(KubpTermsInForce terms, Object facts) {
        KubpTermsResult result = terms.evaluate((KubpLoanRequest) facts);
        Map<String, String> details = new TreeMap<>();
        result.getViolations().forEach(v -> details.put(v.getCode(), "VIOLATED"));
        return new Outcome(result.isApprovable() ? "APPROVABLE" : "REFUSED", details);
    }

    @Override
    public TestCaseRunner testRunner(KieBase rules) {
        return new KubpTestCases(rules);
    }

    @Override
    public void checkTestCaseFormat(RuleTestCase testCase) {
        KubpTestCases.checkFormat(testCase);
    }

    @Override
    public String newTestCaseExpectation() {
        return "{\n  \"approvable\": true\n}";
    }

    @Override
    public Programme schema() {
        return Programme.KUBP;
    }

    @Override
    public RuleSetModel defaultModel(List<RuleFile> files) {
        RuleSetModel model = new RuleSetModel();
        model.setProgramme(Programme.KUBP.name());
        String csv = files.stream().filter(f -> ParameterTable.isParameterTable(f.getPath())).map(RuleFile::getContent).findFirst()
                .orElseGet(KubpTermsProgramme::shippedParameterTable);
        Map<String, String> values = new LinkedHashMap<>(ParameterTable.read(csv).values());
        if (!values.containsKey(LADDER_STEP_1) && values.containsKey(REPEAT_BEFORE_LADDER)) {
            // Stored before the ladder was a parameter: the shipped ladder, whose last step was the repeat limit.
            Map<String, String> shipped = ParameterTable.read(shippedParameterTable()).values();
            shipped.forEach((code, value) -> {
                if (code.startsWith("ARREARS_STEP_")) {
                    values.put(code, value);
                }
            });
            values.put("ARREARS_STEP_3_DAYS", values.get(REPEAT_BEFORE_LADDER));
        }
        for (ParameterDefinition definition : Programme.KUBP.getParameters()) {
            String value = values.get(definition.getCode());
            // The old table wrote rates as decimals ("0"); the model's numbers are whole.
            model.getParameters().add(new ParameterValue(definition.getCode(), value == null ? "" : value.replace(".0", "").strip()));
        }
        return model;
    }

    @Override
    public void putTestCases(RuleSetModel model, List<RuleTestCase> testCases) {
        model.setKubpTestCases(testCases.stream().map(KubpTestCaseRows::toRow).toList());
    }

    @Override
    public List<RuleTestCase> testCases(RuleSetModel model) {
        return model.getKubpTestCases().stream().map(KubpTestCaseRows::toTestCase).toList();
    }

    /** The values fill the draft's parameter table; its rules stay as they are. */
    @Override
    public List<RuleFile> generate(RuleSetModel model, List<RuleFile> draftFiles, CodeLists codeLists) {
        List<RuleFile> files = new ArrayList<>();
        files.add(new RuleFile(parameterTablePath(), parameterTable(draftFiles, model)));
        if (isBeforeLadder(draftFiles)) {
            // A draft from before the arrears ladder was a parameter: its terms rule would ignore the
            // ladder entered here, so it takes the shipped rules along with the shipped table.
            shippedFiles().stream().filter(s -> s.getPath().endsWith(".drl"))
                    .forEach(s -> files.add(new RuleFile(s.getPath(), s.getText())));
        } else {
            draftFiles.stream().filter(f -> f.getPath().endsWith(".drl")).forEach(files::add);
        }
        return files;
    }

    private static String parameterTable(List<RuleFile> draftFiles, RuleSetModel model) {
        String csv = draftFiles.stream().filter(f -> ParameterTable.isParameterTable(f.getPath())).map(RuleFile::getContent)
                .filter(table -> !isBeforeLadder(table))
                .findFirst().orElseGet(KubpTermsProgramme::shippedParameterTable);
        Map<String, String> values = new LinkedHashMap<>();
        model.getParameters().forEach(p -> values.put(p.getCode(), p.getValue()));
        return ParameterTable.withValues(csv, values);
    }

    /** Whether the files are KUBP content stored before the arrears ladder was a parameter. */
    private static boolean isBeforeLadder(List<RuleFile> files) {
        return files.stream().filter(f -> ParameterTable.isParameterTable(f.getPath()))
                .anyMatch(f -> isBeforeLadder(f.getContent()));
    }

    private static boolean isBeforeLadder(String parameterTable) {
        Map<String, String> values = ParameterTable.read(parameterTable).values();
        return !values.containsKey(LADDER_STEP_1) && values.containsKey(REPEAT_BEFORE_LADDER);
    }

    private static String shippedParameterTable() {
        return DefaultRuleSets.kubp().get(0).getText();
    }
}
