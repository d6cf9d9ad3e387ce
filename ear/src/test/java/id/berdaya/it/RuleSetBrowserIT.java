package id.berdaya.it;

import static id.berdaya.it.RuleSetApi.AGE_PATTERN;
import static id.berdaya.it.RuleSetApi.AGE_PATTERN_LEFT_OPEN;
import static id.berdaya.it.RuleSetApi.CRITERIA_DRL;
import static id.berdaya.it.RuleSetApi.number;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** Policy staff and supervisors at work on the rule-set pages, in Chromium. */
class RuleSetBrowserIT extends BrowserTest {

    /** Free-form rule text is a rule technician's change, on a page of its own (the only one with the code editor). */
    @Test
    void aRuleTechnicianEditsADraftInTheCodeEditorAndValidatesIt() {
        browser.loginAs("teknis");
        browser.click("navRulesets");
        assertThat(browser.textOnceItIs(By.id("selectedName"), "Kelayakan bantuan WRSE")).isEqualTo("Kelayakan bantuan WRSE");
        browser.screenshot("rulesets-list");

        browser.type("newDraftForm:reason", "Inpres 4/2025: DTSEN menggantikan DTKS dan P3KE");
        browser.click("newDraftForm:create");
        browser.waitFor(By.id("authorForm"));
        assertThat(browser.driver().findElements(By.cssSelector(".CodeMirror"))).isEmpty();
        browser.click("codeLink");
        browser.waitFor(By.cssSelector(".CodeMirror"));
        assertThat(browser.text(By.id("status"))).isEqualTo("Draf");
        browser.driver().findElement(By.linkText("criteria.drl")).click();
        assertThat(browser.text(By.id("currentPath"))).isEqualTo(CRITERIA_DRL);
        String generated = editorText();
        assertThat(generated).contains("rule \"REGISTRY.PASS\"", AGE_PATTERN);

        // A typo: the pattern's parenthesis is never closed.
        setEditorText(generated.replace(AGE_PATTERN, AGE_PATTERN_LEFT_OPEN));
        browser.click("versionForm:validate");
        String errors = browser.text(By.id("versionForm:errors"));
        assertThat(errors).contains(CRITERIA_DRL, "Baris", "Kolom");
        assertThat(browser.text(By.id("messages"))).contains("tidak dapat dikompilasi", "Aturan yang berlaku tidak berubah");
        assertThat(editorText()).as("the saved draft keeps the edit").contains(AGE_PATTERN_LEFT_OPEN + "\n");
        browser.screenshot("rulesets-draft-compile-error");

        // DTSEN instead of DTKS and P3KE, written as rule text.
        setEditorText(generated.replace("List.of(\"DTKS\", \"P3KE\"), 10)", "List.of(\"DTSEN\"), 4)"));
        browser.click("versionForm:validate");
        assertThat(browser.textOnceItContains(By.id("versionForm:validOk"), "Aturan dapat dikompilasi")).startsWith("Aturan dapat dikompilasi");
        browser.screenshot("rulesets-draft-valid");

        browser.click("versionForm:runTests");
        assertThat(browser.textOnceItContains(By.id("testSummary"), "lulus, 1 gagal.")).endsWith("lulus, 1 gagal.");
        assertThat(browser.pageText()).contains("decision: expected NEEDS_REVIEW, got INELIGIBLE");
        browser.screenshot("rulesets-draft-tests");

        browser.click("versionForm:discard");
        browser.waitFor(By.id("newDraftForm:create"));
    }

    @Test
    void aSupervisorApprovesADraftAndTwoPeopleRollItBack() {
        RuleSetApi officer = RuleSetApi.wrse(app, "kebijakan");
        int original = officer.inForce();
        JsonObject draft = officer.newDraft("Inpres 4/2025: REGISTRY = DTSEN desil 1-4");
        int n = number(draft);
        officer.changeContent(draft, "Inpres 4/2025: REGISTRY = DTSEN desil 1-4", RuleSetApi::dtsenRegistryAndTestCases);
        try {
            browser.loginAs("penyelia");
            browser.go("rulesets/approve.xhtml?ruleSet=wrse-eligibility&number=" + n);
            assertThat(browser.text(By.id("approvalTitle"))).contains("Persetujuan versi " + n);
            assertThat(browser.text(By.id("tests"))).contains("Only in DTSEN at desil 3: eligible").doesNotContain("Gagal");
            assertThat(browser.waitFor(By.id("fileDiff")).getText()).isEqualTo("Perbandingan berkas aturan yang dihasilkan");
            browser.screenshot("rulesets-approval");
            browser.type("approvalForm:note", "Sesuai Inpres 4/2025");
            browser.click("approvalForm:approve");
            assertThat(browser.textOnceItContains(By.id("messages"), "Versi " + n + " disetujui dan berlaku sejak")).contains("Versi " + n + " disetujui dan berlaku sejak");
            assertThat(browser.text(By.id("inForce"))).contains("Versi berlaku: " + n);
            browser.screenshot("rulesets-approved");

            // The policy officer asks for the earlier version back, from its version page; alone she cannot.
            browser.driver().manage().deleteAllCookies();
            browser.loginAs("kebijakan");
            browser.go("rulesets/version.xhtml?ruleSet=wrse-eligibility&number=" + original);
            browser.type("rollbackForm:reason", "DTSEN belum lengkap");
            browser.clickAndWaitForNewPage("rollbackForm:rollback");
            assertThat(browser.textOnceItContains(By.id("messages"), "Pengembalian ke versi " + original + " diajukan")).contains("Pengembalian ke versi " + original + " diajukan");
            assertThat(browser.pageText()).contains("(pengajuan Anda; perlu persetujuan orang lain)");
            assertThat(officer.inForce()).isEqualTo(n);

            // The supervisor approves the request: the earlier version is back in force.
            browser.driver().manage().deleteAllCookies();
            browser.loginAs("penyelia");
            browser.go("rulesets/version.xhtml?ruleSet=wrse-eligibility&number=" + original);
            browser.clickAndWaitForNewPage("rollbackForm:requests:0:approveRollback");
            assertThat(browser.textOnceItContains(By.id("messages"), "Pengembalian ke versi " + original + " disetujui")).contains("Pengembalian ke versi " + original + " disetujui");
            assertThat(officer.inForce()).isEqualTo(original);
            browser.screenshot("rulesets-rolled-back");
        } finally {
            officer.restore(original);
        }
        assertThat(officer.inForce()).isEqualTo(original);
    }

    /** Policy staff author in forms: no code editor, no CSV, no JSON; the generated rules are shown read-only. */
    @Test
    void aPolicyOfficerGetsFormsAndTheGeneratedRulesReadOnly() {
        browser.loginAs("kebijakan");
        browser.go("rulesets/index.xhtml?ruleSet=wrse-eligibility");
        browser.type("newDraftForm:reason", "Lihat formulir");
        browser.click("newDraftForm:create");
        browser.waitFor(By.id("authorForm:parameters"));
        assertThat(browser.driver().findElements(By.cssSelector(".CodeMirror"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("csvFile"))).isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("textarea.rs-json"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("codeLink"))).as("the code page is the technician's").isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("input[id^='authorForm:criteria:'][id$=':code']")))
                .extracting(e -> e.getAttribute("value")).contains("AGE", "REGISTRY", "PKH", "KUBE");
        assertThat(browser.pageText()).contains("Aturan yang dihasilkan (hanya baca)");
        assertThat(browser.driver().findElements(By.cssSelector(".rs-generated pre"))).isNotEmpty()
                .allSatisfy(pre -> assertThat(pre.getTagName()).isEqualTo("pre"));
        browser.screenshot("rulesets-authoring-forms");
        browser.click("authorForm:discard");
        browser.waitFor(By.id("newDraftForm:create"));
    }

    private String editorText() {
        return (String) ((JavascriptExecutor) browser.driver())
                .executeScript("return document.querySelector('.CodeMirror').CodeMirror.getValue();");
    }

    private void setEditorText(String text) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0]);", text);
    }
}
