package id.berdaya.interfaces.rulesets.web;

import id.berdaya.application.rules.DraftContent;
import id.berdaya.application.rules.ImpactReport;
import id.berdaya.application.rules.RuleSetCatalog;
import id.berdaya.application.rules.RuleSetChecks;
import id.berdaya.application.rules.RuleSetContent;
import id.berdaya.application.rules.RuleSetDrafts;
import id.berdaya.application.rules.RuleSetVerification;
import id.berdaya.domain.rules.RuleFile;
import id.berdaya.domain.rules.RuleSetKind;
import id.berdaya.domain.rules.RuleSetRevision;
import id.berdaya.domain.rules.TestCase;
import id.berdaya.domain.security.Role;
import id.berdaya.rules.RuleCompilationError;
import id.berdaya.rules.table.ParameterTable;
import id.berdaya.rules.testing.TestCaseResult;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The rule technician's page for one version (page {@code rulesets/code.xhtml}): the rule files in a
 * code editor, the parameter table as CSV (download, upload), test cases as JSON — with validate, test
 * and impact, each of which saves the draft first. Editable only by a RULE_TECHNICIAN, and every text
 * passes the static safety check; policy staff author rules in forms ({@link AuthoringBean}).
 */
@Named
@ViewScoped
public class VersionBean extends RuleSetPage {

    private static final long serialVersionUID = 1L;

    @Inject
    private RuleSetCatalog catalog;

    @Inject
    private RuleSetDrafts drafts;

    @Inject
    private RuleSetChecks checks;

    @Inject
    private SecurityContext security;

    private int number;
    private RuleSetRevision version;
    private String reason;
    private final List<EditableFile> files = new ArrayList<>();
    private final List<EditableTestCase> testCases = new ArrayList<>();
    private int selectedFile;
    private List<RuleCompilationError> errors = List.of();
    private Boolean valid;
    private long compileMillis;
    private String testSummary;
    private ImpactReport impact;
    private LocalDate impactFrom = LocalDate.now(RuleSetFormat.WITA).withDayOfYear(1);
    private LocalDate impactTo = LocalDate.now(RuleSetFormat.WITA);
    private String uploadedCsv;

    static String outcome(RuleSetKind kind, int number) {
        return "/rulesets/version?faces-redirect=true&ruleSet=" + kind.slug() + "&number=" + number;
    }

    @Override
    protected void fromUrl() {
        number = intParam("number");
    }

    @Override
    public void load() {
        version = catalog.version(kind(), number);
        reason = version.getReason();
        files.clear();
        version.getFiles().forEach(f -> files.add(new EditableFile(f.getPath(), f.getContent())));
        testCases.clear();
        version.getTestCases().forEach(c -> testCases.add(new EditableTestCase(c.getName(), JsonText.pretty(c.getInput()),
                JsonText.pretty(c.getExpected()))));
        selectedFile = Math.min(selectedFile, files.size() - 1);
    }

    public boolean isEditable() {
        return version.isDraft() && security.isCallerInRole(Role.Names.RULE_TECHNICIAN);
    }

    public boolean isApprovable() {
        return version.isDraft() && !version.getAuthor().equals(callerName());
    }

    public void selectFile(int index) {
        selectedFile = index;
    }

    public void save() {
        if (store()) {
            texts.info("rs.saved", number);
        }
    }

    public void validate() {
        if (!storeIfEditable()) {
            return;
        }
        RuleSetVerification verification = attempt(() -> checks.validate(kind(), number));
        if (verification != null) {
            showCompilation(verification);
            if (verification.compiles()) {
                texts.info("rs.valid", verification.compileMillis());
            } else {
                texts.warn("rs.invalid", verification.errors().size());
            }
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
        showCompilation(verification);
        for (TestCaseResult result : verification.results()) {
            testCases.stream().filter(c -> c.getName().equals(result.getName())).findFirst().ifPresent(c -> c.result(
                    result.isPassed(), String.join("\n", result.getDifferences()),
                    result.getActual() == null ? null : JsonText.pretty(result.getActual())));
        }
        long failed = verification.results().size() - verification.passedCount();
        testSummary = texts.get("rs.testSummary", verification.passedCount(), failed);
        if (verification.compiles() && failed == 0) {
            texts.info("rs.testSummary", verification.passedCount(), failed);
        } else if (verification.compiles()) {
            texts.warn("rs.testSummary", verification.passedCount(), failed);
        } else {
            texts.warn("rs.invalid", verification.errors().size());
        }
    }

    public void measureImpact() {
        if (storeIfEditable()) {
            impact = attempt(() -> checks.impact(kind(), number, impactFrom, impactTo));
        }
    }

    public void addTestCase() {
        String input = testCases.isEmpty() ? "{}" : testCases.get(0).getInput();
        String expected = RuleSetContent.newTestCaseExpectation(kind());
        testCases.add(new EditableTestCase(texts.get("rs.newCaseName", testCases.size() + 1), input, expected));
    }

    public void removeTestCase(EditableTestCase testCase) {
        testCases.remove(testCase);
    }

    /** The CSV a staff member picked in the browser (read there, so no multipart upload is needed). */
    public void uploadParameters() {
        if (uploadedCsv == null || uploadedCsv.isBlank() || !store()) {
            return;
        }
        String csv = uploadedCsv.replace("\r\n", "\n");
        uploadedCsv = null;
        if (attempt(() -> drafts.replaceParameterTable(kind(), number, version.getLockVersion(), csv)) != null) {
            load();
            texts.info("rs.uploaded");
        }
    }

    public StreamedContent getParametersDownload() {
        String csv = files.stream().filter(f -> ParameterTable.isParameterTable(f.getPath())).map(EditableFile::getContent)
                .findFirst().orElse("");
        return DefaultStreamedContent.builder().contentType("text/csv")
                .name(kind().slug() + "-v" + number + "-parameters.csv")
                .stream(() -> new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))).build();
    }

    public String discard() {
        boolean done = succeeds(() -> drafts.discard(kind(), number, version.getLockVersion()));
        return done ? "/rulesets/index?faces-redirect=true&ruleSet=" + kind().slug() : null;
    }

    private boolean storeIfEditable() {
        return !isEditable() || store();
    }

    /** Saves the editor's content; on success reloads it with its new lock version. */
    private boolean store() {
        List<RuleFile> ruleFiles = files.stream().map(f -> new RuleFile(f.getPath(), f.getContent())).toList();
        List<TestCase> cases = testCases.stream().map(c -> new TestCase(c.getName(), JsonText.compact(c.getInput()),
                JsonText.compact(c.getExpected()))).toList();
        boolean saved = attempt(() -> drafts.save(kind(), number,
                new DraftContent(version.getLockVersion(), reason, ruleFiles, cases))) != null;
        if (saved) {
            List<EditableTestCase> ran = new ArrayList<>(testCases);
            load();
            keepResults(ran);
        }
        return saved;
    }

    private void keepResults(List<EditableTestCase> ran) {
        for (int i = 0; i < Math.min(ran.size(), testCases.size()); i++) {
            EditableTestCase before = ran.get(i);
            if (before.getPassed() != null) {
                testCases.get(i).result(before.getPassed(), before.getDifferences(), before.getActual());
            }
        }
    }

    private void showCompilation(RuleSetVerification verification) {
        valid = verification.compiles();
        errors = verification.errors();
        compileMillis = verification.compileMillis();
    }

    private String callerName() {
        return security.getCallerPrincipal() == null ? "" : security.getCallerPrincipal().getName();
    }

    public int getNumber() {
        return number;
    }

    public void setNumber(int number) {
        this.number = number;
    }

    public RuleSetRevision getVersion() {
        return version;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public List<EditableFile> getFiles() {
        return files;
    }

    public EditableFile getCurrentFile() {
        return files.get(selectedFile);
    }

    public int getSelectedFile() {
        return selectedFile;
    }

    public List<EditableTestCase> getTestCases() {
        return testCases;
    }

    public List<RuleCompilationError> getErrors() {
        return errors;
    }

    /** Null until validated. */
    public Boolean getValid() {
        return valid;
    }

    public long getCompileMillis() {
        return compileMillis;
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

    public String getUploadedCsv() {
        return uploadedCsv;
    }

    public void setUploadedCsv(String uploadedCsv) {
        this.uploadedCsv = uploadedCsv;
    }
}
