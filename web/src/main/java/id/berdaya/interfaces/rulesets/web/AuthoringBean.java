package id.berdaya.interfaces.rulesets.web;

import id.berdaya.application.rules.ImpactReport;
import id.berdaya.application.rules.RuleAuthoring;
import id.berdaya.application.rules.RuleSetCatalog;
import id.berdaya.application.rules.RuleSetChecks;
import id.berdaya.application.rules.RuleSetDrafts;
import id.berdaya.application.rules.RuleSetPublication;
import id.berdaya.application.rules.RuleSetVerification;
import id.berdaya.application.wrse.CircumstanceService;
import id.berdaya.domain.rules.RuleSetActivation;
import id.berdaya.domain.rules.RuleSetRevision;
import id.berdaya.domain.rules.RuleSetStatus;
import id.berdaya.domain.security.Role;
import id.berdaya.domain.wrse.Circumstance;
import id.berdaya.interfaces.i18n.LocaleBean;
import id.berdaya.rules.RuleSource;
import id.berdaya.rules.authoring.CodeLists;
import id.berdaya.rules.authoring.ConditionTemplate;
import id.berdaya.rules.authoring.CriterionRow;
import id.berdaya.rules.authoring.ParameterDefinition;
import id.berdaya.rules.authoring.ParameterValue;
import id.berdaya.rules.authoring.Programme;
import id.berdaya.rules.authoring.ReasonText;
import id.berdaya.rules.authoring.RuleSetModel;
import id.berdaya.rules.authoring.ScoreRow;
import id.berdaya.rules.authoring.ScoreTemplate;
import id.berdaya.rules.authoring.KubpTestCaseRow;
import id.berdaya.rules.authoring.KubpTestCaseRows;
import id.berdaya.rules.authoring.TestCaseRow;
import id.berdaya.rules.authoring.ValidationProblem;
import id.berdaya.rules.testing.TestCaseResult;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One version of a rule set as policy staff author it, without code: the typed parameter table,
 * criterion and score rows from the fixed palette, the bilingual reason catalogue and the test cases,
 * each value checked as it is entered; the generated rules shown read-only; test run and impact.
 * A version that was in force before can be asked back into force, and a second person approves it.
 */
@Named
@ViewScoped
public class AuthoringBean extends RuleSetPage {

    private static final long serialVersionUID = 1L;

    private static final CodeLists CODE_LISTS = CodeLists.defaults();

    @Inject
    private RuleSetCatalog catalog;

    @Inject
    private RuleAuthoring authoring;

    @Inject
    private RuleSetDrafts drafts;

    @Inject
    private RuleSetChecks checks;

    @Inject
    private RuleSetPublication publication;

    @Inject
    private SecurityContext security;

    @Inject
    private LocaleBean locale;

    @Inject
    private CircumstanceService circumstances;

    private int number;
    private RuleSetRevision version;
    private RuleSetModel model;
    private String reason;
    private final List<ParameterField> parameters = new ArrayList<>();
    private final List<CriterionForm> criteria = new ArrayList<>();
    private final List<ScoreForm> scores = new ArrayList<>();
    private final List<TestCaseForm> testCases = new ArrayList<>();
    private int selectedCase = -1;
    private final List<KubpCaseForm> kubpCases = new ArrayList<>();
    private int selectedKubpCase = -1;
    private Map<String, List<ValidationProblem>> problems = Map.of();
    private List<RuleSource> generated = List.of();
    private String testSummary;
    private ImpactReport impact;
    private LocalDate impactFrom = LocalDate.now(RuleSetFormat.WITA).withDayOfYear(1);
    private LocalDate impactTo = LocalDate.now(RuleSetFormat.WITA);
    private String rollbackReason;
    private LocalDateTime rollbackAt;
    private List<RuleSetActivation> rollbackRequests = List.of();
    private boolean criteriaAsRows;

    @Override
    protected void fromUrl() {
        number = intParam("number");
    }

    @Override
    public void load() {
        version = catalog.version(kind(), number);
        reason = version.getReason();
        model = authoring.content(kind(), number);
        criteriaAsRows = authoring.palette(kind()).criteriaAsRows();
        generated = authoring.generatedRules(kind(), number);
        rollbackRequests = publication.rollbackRequests(kind()).stream()
                .filter(r -> r.getRevision().getNumber() == number).toList();
        rebuild();
    }

    /** The form's rows from the model (again after rows are added, removed or moved: indexes change). */
    private void rebuild() {
        parameters.clear();
        Map<String, ParameterValue> values = new LinkedHashMap<>();
        model.getParameters().forEach(p -> values.put(p.getCode(), p));
        Programme programme = Programme.of(model.getProgramme());
        for (ParameterDefinition definition : programme == null ? List.<ParameterDefinition>of() : programme.getParameters()) {
            ParameterValue value = values.get(definition.getCode());
            if (value == null) {
                value = new ParameterValue(definition.getCode(), "");
                model.getParameters().add(value);
            }
            parameters.add(ParameterField.of(definition, value));
        }
        criteria.clear();
        for (int i = 0; i < model.getCriteria().size(); i++) {
            criteria.add(new CriterionForm(model.getCriteria().get(i), i));
        }
        scores.clear();
        for (int i = 0; i < model.getScores().size(); i++) {
            scores.add(new ScoreForm(model.getScores().get(i), i));
        }
        List<TestCaseForm> ran = new ArrayList<>(testCases);
        testCases.clear();
        for (int i = 0; i < model.getTestCases().size(); i++) {
            TestCaseForm form = new TestCaseForm(model.getTestCases().get(i), i);
            form.keepResultOf(ran);
            testCases.add(form);
        }
        selectedCase = Math.min(selectedCase, testCases.size() - 1);
        List<KubpCaseForm> kubpRan = new ArrayList<>(kubpCases);
        kubpCases.clear();
        for (int i = 0; i < model.getKubpTestCases().size(); i++) {
            KubpCaseForm form = new KubpCaseForm(model.getKubpTestCases().get(i), i);
            form.keepResultOf(kubpRan);
            kubpCases.add(form);
        }
        selectedKubpCase = Math.min(selectedKubpCase, kubpCases.size() - 1);
    }

    public boolean isEditable() {
        return version.isDraft() && security.isCallerInRole(Role.Names.POLICY_STAFF);
    }

    public boolean isTechnician() {
        return security.isCallerInRole(Role.Names.RULE_TECHNICIAN);
    }

    public boolean isApprovable() {
        return version.isDraft() && !version.getAuthor().equals(callerName());
    }

    /** Whether criteria, score rows and per-criterion test cases are authored (else parameters and loan-request cases). */
    public boolean isCriteriaAsRows() {
        return criteriaAsRows;
    }

    // --- checking as the officer types -------------------------------------------------------

    /** Checks the whole model as it stands (nothing saved) and keeps the problems by field. */
    public void check() {
        syncReasons();
        List<ValidationProblem> found = attempt(() -> authoring.check(kind(), model));
        problems = found == null ? Map.of()
                : found.stream().collect(Collectors.groupingBy(ValidationProblem::getField, LinkedHashMap::new,
                        Collectors.toList()));
    }

    /** The problems of one field in the user's language, or empty. */
    public String problem(String field) {
        List<ValidationProblem> list = problems.get(field);
        if (list == null) {
            return "";
        }
        boolean indonesian = isIndonesian();
        return list.stream().map(p -> indonesian ? p.getMessageId() : p.getMessageEn()).collect(Collectors.joining(" "));
    }

    public boolean hasProblem(String field) {
        return problems.containsKey(field);
    }

    public int getProblemCount() {
        return problems.values().stream().mapToInt(List::size).sum();
    }

    /** Every problem with its field, for the summary above the form. */
    public List<String> getProblemList() {
        boolean indonesian = isIndonesian();
        return problems.values().stream().flatMap(List::stream)
                .map(p -> p.getField() + ": " + (indonesian ? p.getMessageId() : p.getMessageEn())).toList();
    }

    // --- rows --------------------------------------------------------------------------------

    public void addCriterion() {
        model.getCriteria().add(new CriterionRow("", ConditionTemplate.NOT_RECEIVING, Map.of("programme", "")));
        rebuild();
        syncReasons();
    }

    public void removeCriterion(int index) {
        model.getCriteria().remove(index);
        rebuild();
        check();
    }

    /** Moves a criterion up (-1) or down (+1): the order of the rows is the order results are shown in. */
    public void moveCriterion(int index, int step) {
        int to = index + step;
        if (to >= 0 && to < model.getCriteria().size()) {
            Collections.swap(model.getCriteria(), index, to);
            rebuild();
            check();
        }
    }

    public void addScore() {
        model.getScores().add(new ScoreRow("", ScoreTemplate.CIRCUMSTANCE, Map.of("circumstance", ""), 0));
        rebuild();
        syncReasons();
    }

    public void removeScore(int index) {
        model.getScores().remove(index);
        rebuild();
        check();
    }

    public void rowChanged() {
        rebuild();
        check();
    }

    public void addTestCase() {
        TestCaseRow row = new TestCaseRow();
        row.setName(texts.get("rs.newCaseName", model.getTestCases().size() + 1));
        if (!model.getTestCases().isEmpty()) {
            TestCaseRow first = model.getTestCases().get(0);
            row.setBirthDate(first.getBirthDate());
            row.setRegencyCode(first.getRegencyCode());
            row.setApplicationDate(first.getApplicationDate());
            row.setRegistries(first.getRegistries());
        }
        row.setExpectedDecision("ELIGIBLE");
        model.getTestCases().add(row);
        rebuild();
        selectedCase = testCases.size() - 1;
    }

    public void removeTestCase(int index) {
        model.getTestCases().remove(index);
        selectedCase = -1;
        rebuild();
        check();
    }

    public void selectCase(int index) {
        selectedCase = index;
    }

    // --- KUBP test cases ------------------------------------------------------------------------

    public List<KubpCaseForm> getKubpCases() {
        return kubpCases;
    }

    public KubpCaseForm getSelectedKubp() {
        return selectedKubpCase < 0 || selectedKubpCase >= kubpCases.size() ? null : kubpCases.get(selectedKubpCase);
    }

    public void selectKubpCase(int index) {
        selectedKubpCase = index;
    }

    /** A new case starts as a copy of this one (its members and earlier loans included). */
    public void copyKubpCase(int index) {
        KubpTestCaseRow source = model.getKubpTestCases().get(index);
        model.getKubpTestCases().add(source.copy(texts.get("rs.newCaseName", model.getKubpTestCases().size() + 1)));
        rebuild();
        selectedKubpCase = kubpCases.size() - 1;
    }

    public void removeKubpCase(int index) {
        model.getKubpTestCases().remove(index);
        selectedKubpCase = -1;
        rebuild();
        check();
    }

    /** The term codes a KUBP case may expect to be broken. */
    public List<String> getViolationCodes() {
        return KubpTestCaseRows.VIOLATIONS;
    }

    /** The catalogue keeps one entry per reason a row can give: new rows get empty texts to fill in. */
    private void syncReasons() {
        Set<String> needed = new LinkedHashSet<>(neededReasons().keySet());
        model.getReasons().removeIf(r -> !needed.contains(r.getKey()) && isBlank(r.getTextId()) && isBlank(r.getTextEn()));
        for (String key : needed) {
            if (model.reason(key) == null) {
                model.getReasons().add(new ReasonText(key, "", ""));
            }
        }
    }

    /** Reason key → the placeholders its text may use, from the rows' templates. */
    private Map<String, List<String>> neededReasons() {
        Map<String, List<String>> needed = new LinkedHashMap<>();
        for (CriterionRow row : model.getCriteria()) {
            if (row.getTemplate() != null && !isBlank(row.getCode())) {
                row.getTemplate().getVariants().forEach((variant, names) -> needed.put(row.getCode() + "." + variant, names));
            }
        }
        for (ScoreRow row : model.getScores()) {
            if (row.getTemplate() != null && !isBlank(row.getCode())) {
                needed.put("SCORE." + row.getCode(), row.getTemplate().getPlaceholders());
            }
        }
        return needed;
    }

    /** The placeholders a reason text may use, written as they are typed: "{age} {min} {max}". */
    public String placeholders(String key) {
        List<String> names = neededReasons().get(key);
        return names == null || names.isEmpty() ? "—" : names.stream().map(n -> "{" + n + "}").collect(Collectors.joining(" "));
    }

    // --- saving and checks -------------------------------------------------------------------

    public void save() {
        if (store()) {
            texts.info("rs.saved", number);
        }
    }

    public void runTests() {
        if (!storeIfEditable()) {
            return;
        }
        RuleSetVerification verification = attempt(() -> checks.runTests(kind(), number));
        if (verification == null) {
            return;
        }
        for (TestCaseResult result : verification.results()) {
            testCases.stream().filter(c -> result.getName().equals(c.getRow().getName())).findFirst()
                    .ifPresent(c -> c.result(result.isPassed(), result.getDifferences()));
            kubpCases.stream().filter(c -> result.getName().equals(c.getRow().getName())).findFirst()
                    .ifPresent(c -> c.result(result.isPassed(), result.getDifferences()));
        }
        long failed = verification.results().size() - verification.passedCount();
        testSummary = texts.get("rs.testSummary", verification.passedCount(), failed);
        if (!verification.compiles()) {
            texts.warn("rs.invalid", verification.errors().size());
        } else if (failed == 0) {
            texts.info("rs.testSummary", verification.passedCount(), failed);
        } else {
            texts.warn("rs.testSummary", verification.passedCount(), failed);
        }
    }

    public void measureImpact() {
        if (storeIfEditable()) {
            impact = attempt(() -> checks.impact(kind(), number, impactFrom, impactTo));
        }
    }

    public String discard() {
        boolean done = succeeds(() -> drafts.discard(kind(), number, version.getLockVersion()));
        return done ? "/rulesets/index?faces-redirect=true&ruleSet=" + kind().slug() : null;
    }

    private boolean storeIfEditable() {
        return !isEditable() || store();
    }

    /** Saves the draft's content if every value is right; otherwise every problem stays on its field. */
    private boolean store() {
        check();
        if (!problems.isEmpty()) {
            texts.warn("rs.author.notSaved", getProblemCount());
            return false;
        }
        RuleSetRevision saved = attempt(() -> authoring.saveContent(kind(), number, version.getLockVersion(), reason, model));
        if (saved == null) {
            return false;
        }
        load();
        return true;
    }

    // --- rollback, four eyes -----------------------------------------------------------------

    public boolean isRollbackPossible() {
        return version.getStatus() == RuleSetStatus.RETIRED;
    }

    public void requestRollback() {
        if (attempt(() -> publication.rollback(kind(), number, RuleSetFormat.instant(rollbackAt), rollbackReason)) != null) {
            load();
            texts.info("rs.rollback.requested", number);
        }
    }

    public void approveRollback(long requestId) {
        RuleSetActivation done = attempt(() -> publication.approveRollback(kind(), requestId, null));
        if (done != null) {
            load();
            texts.info("rs.rollback.approved", number, new RuleSetFormat().time(done.getEffectiveAt()));
        }
    }

    public boolean isOwnRequest(RuleSetActivation request) {
        return request.getRequestedBy().equals(callerName());
    }

    // --- for the page ------------------------------------------------------------------------

    private boolean isIndonesian() {
        return "id".equals(locale.getLanguage());
    }

    public String label(ParameterField field) {
        return field.label(isIndonesian());
    }

    public String hint(ParameterField field) {
        return field.hint(isIndonesian());
    }

    /** The codes of a code list (the reference data; circumstances as policy staff keep them), sorted, for drop-downs and check boxes. */
    public List<String> codes(String list) {
        if (CodeLists.CIRCUMSTANCE.equals(list)) {
            return circumstances.list().stream().map(Circumstance::code).sorted().toList();
        }
        return CODE_LISTS.codes(list).stream().sorted().toList();
    }

    public ConditionTemplate[] getConditionTemplates() {
        return ConditionTemplate.values();
    }

    public ScoreTemplate[] getScoreTemplates() {
        return ScoreTemplate.values();
    }

    /** The criterion codes, for the expected outcome of each in a test case. */
    public List<String> getCriterionCodes() {
        return model.getCriteria().stream().map(CriterionRow::getCode).filter(c -> !isBlank(c)).toList();
    }

    private String callerName() {
        return security.getCallerPrincipal() == null ? "" : security.getCallerPrincipal().getName();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    public int getNumber() {
        return number;
    }

    public RuleSetRevision getVersion() {
        return version;
    }

    public RuleSetModel getModel() {
        return model;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public List<ParameterField> getParameters() {
        return parameters;
    }

    public List<CriterionForm> getCriteria() {
        return criteria;
    }

    public List<ScoreForm> getScores() {
        return scores;
    }

    public List<ReasonText> getReasons() {
        return model.getReasons();
    }

    public List<TestCaseForm> getTestCases() {
        return testCases;
    }

    /** The case being edited in the form below the table, or null. */
    public TestCaseForm getSelected() {
        return selectedCase < 0 || selectedCase >= testCases.size() ? null : testCases.get(selectedCase);
    }

    public List<RuleSource> getGenerated() {
        return generated;
    }

    public String getTestSummary() {
        return testSummary;
    }

    public ImpactReport getImpact() {
        return impact;
    }

    public LocalDate getImpactFrom() {
        return impactFrom;
    }

    public void setImpactFrom(LocalDate impactFrom) {
        this.impactFrom = impactFrom;
    }

    public LocalDate getImpactTo() {
        return impactTo;
    }

    public void setImpactTo(LocalDate impactTo) {
        this.impactTo = impactTo;
    }

    public String getRollbackReason() {
        return rollbackReason;
    }

    public void setRollbackReason(String rollbackReason) {
        this.rollbackReason = rollbackReason;
    }

    public LocalDateTime getRollbackAt() {
        return rollbackAt;
    }

    public void setRollbackAt(LocalDateTime rollbackAt) {
        this.rollbackAt = rollbackAt;
    }

    public List<RuleSetActivation> getRollbackRequests() {
        return rollbackRequests;
    }
}
