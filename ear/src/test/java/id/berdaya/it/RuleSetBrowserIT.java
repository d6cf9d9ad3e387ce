package id.berdaya.it;

import static id.berdaya.it.RuleSetApi.DTSEN_REGISTRY;
import static id.berdaya.it.RuleSetApi.REGISTRY_DRL;
import static id.berdaya.it.RuleSetApi.number;
import static id.berdaya.it.RuleSetApi.replacing;
import static id.berdaya.it.RuleSetApi.saveBody;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** Policy staff and supervisors at work on the rule-set pages, in Chromium. */
class RuleSetBrowserIT extends BrowserTest {

    @Test
    void aPolicyOfficerEditsADraftInTheCodeEditorAndValidatesIt() {
        browser.loginAs("teknis");
        browser.click("navRulesets");
        assertThat(browser.text(By.id("selectedName"))).isEqualTo("Kelayakan bantuan WRSE");
        browser.screenshot("rulesets-list");

        browser.type("newDraftForm:reason", "Inpres 4/2025: DTSEN menggantikan DTKS dan P3KE");
        browser.click("newDraftForm:create");
        browser.waitFor(By.cssSelector(".CodeMirror"));
        assertThat(browser.text(By.id("status"))).isEqualTo("Draf");
        browser.driver().findElement(By.linkText("registry.drl")).click();
        assertThat(browser.text(By.id("currentPath"))).isEqualTo(REGISTRY_DRL);
        assertThat(editorText()).contains("REGISTRY: listed in the required registries");

        // A typo: the pattern's parenthesis is never closed.
        setEditorText(DTSEN_REGISTRY.replace("$applicant : WrseApplicant()", "$applicant : WrseApplicant("));
        browser.click("versionForm:validate");
        String errors = browser.text(By.id("versionForm:errors"));
        assertThat(errors).contains(REGISTRY_DRL, "Baris", "Kolom");
        assertThat(browser.text(By.id("messages"))).contains("tidak dapat dikompilasi", "Aturan yang berlaku tidak berubah");
        assertThat(editorText()).as("the saved draft keeps the edit").contains("WrseApplicant(\n");
        browser.screenshot("rulesets-draft-compile-error");

        setEditorText(DTSEN_REGISTRY);
        browser.click("versionForm:validate");
        assertThat(browser.text(By.id("versionForm:validOk"))).startsWith("Aturan dapat dikompilasi");
        browser.screenshot("rulesets-draft-valid");

        browser.click("versionForm:runTests");
        assertThat(browser.text(By.id("testSummary"))).endsWith("lulus, 1 gagal.");
        assertThat(browser.pageText()).contains("decision: expected NEEDS_REVIEW, got INELIGIBLE");
        browser.screenshot("rulesets-draft-tests");

        browser.click("versionForm:discard");
        browser.waitFor(By.id("newDraftForm:create"));
    }

    @Test
    void aSupervisorApprovesADraftAndThePolicyOfficerRollsItBack() {
        RuleSetApi officer = RuleSetApi.wrse(app, "teknis");
        int original = officer.inForce();
        JsonObject draft = officer.newDraft("Inpres 4/2025: REGISTRY = DTSEN desil 1-4");
        int n = number(draft);
        officer.put("/drafts/" + n, saveBody(draft, "Inpres 4/2025: REGISTRY = DTSEN desil 1-4",
                replacing(REGISTRY_DRL, DTSEN_REGISTRY), RuleSetApi.dtsenTestCases(draft)));
        try {
            browser.loginAs("penyelia");
            browser.go("rulesets/approve.xhtml?ruleSet=wrse-eligibility&number=" + n);
            assertThat(browser.text(By.id("approvalTitle"))).contains("Persetujuan versi " + n);
            assertThat(browser.text(By.id("tests"))).contains("Only in DTSEN at desil 3: eligible").doesNotContain("Gagal");
            assertThat(browser.pageText()).contains("listed in DTSEN with desil 1-4");
            browser.screenshot("rulesets-approval");
            browser.type("approvalForm:note", "Sesuai Inpres 4/2025");
            browser.click("approvalForm:approve");
            assertThat(browser.text(By.id("messages"))).contains("Versi " + n + " disetujui dan berlaku sejak");
            assertThat(browser.text(By.id("inForce"))).contains("Versi berlaku: " + n);
            browser.screenshot("rulesets-approved");

            // The policy officer puts the earlier version back, from its version page.
            browser.driver().manage().deleteAllCookies();
            browser.loginAs("kebijakan");
            browser.go("rulesets/version.xhtml?ruleSet=wrse-eligibility&number=" + original);
            browser.type("rollbackForm:reason", "DTSEN belum lengkap");
            browser.click("rollbackForm:rollback");
            assertThat(browser.text(By.id("messages"))).contains("Pengembalian ke versi " + original + " tercatat");
            browser.screenshot("rulesets-rolled-back");
        } finally {
            officer.restore(original);
        }
        assertThat(officer.inForce()).isEqualTo(original);
    }

    @Test
    void aPolicyOfficerAddsATestCaseAndUploadsAParameterTable() throws IOException {
        browser.loginAs("kebijakan");
        browser.go("rulesets/index.xhtml?ruleSet=wrse-eligibility");
        browser.type("newDraftForm:reason", "Batas usia 64 tahun");
        browser.click("newDraftForm:create");
        browser.waitFor(By.cssSelector(".CodeMirror"));
        int cases = browser.driver().findElements(By.cssSelector("[id$=':expected']")).size();

        browser.click("versionForm:addTestCase");
        String row = "versionForm:testCases:" + cases + ":";
        browser.type(row + "name", "Berusia 62 tahun: memenuhi syarat bila batas 64");
        String input = browser.driver().findElement(By.id(row + "input")).getAttribute("value")
                .replace("\"birthDate\": \"1985-07-05\"", "\"birthDate\": \"1964-07-05\"");
        browser.type(row + "input", input);
        browser.type(row + "expected", "{\"decision\": \"ELIGIBLE\", \"criteria\": {\"AGE\": \"PASS\"}}");
        browser.click("versionForm:runTests");
        assertThat(browser.text(By.id(row + "result"))).isEqualTo("Gagal");
        assertThat(browser.pageText()).contains("AGE: expected PASS, got FAIL (Age 62 on the application date; the age limit is 18–59)");

        Path csv = Files.createTempFile("parameters", ".csv");
        String table = RuleSetApi.wrse(app, "kebijakan").getCsv("/versions/1/parameters").body();
        Files.writeString(csv, table.replace("Parameter,Value,Description", "Parameter,Nilai baru,Description"));
        browser.driver().findElement(By.id("csvFile")).sendKeys(csv.toString());
        assertThat(browser.text(By.id("messages"))).contains("Unknown column 'Nilai baru' (column B)");

        Files.writeString(csv, table.replace("AGE_MAX,59,", "AGE_MAX,64,"));
        browser.driver().findElement(By.id("csvFile")).sendKeys(csv.toString());
        assertThat(browser.text(By.id("messages"))).contains("Tabel parameter diganti");
        browser.click("versionForm:runTests");
        assertThat(browser.text(By.id(row + "result"))).isEqualTo("Lulus");
        assertThat(browser.text(By.id("testSummary"))).isEqualTo("12 kasus uji lulus, 1 gagal.");
        browser.screenshot("rulesets-test-case-and-parameters");
        Files.delete(csv);

        browser.click("versionForm:discard");
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
