package id.berdaya.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** A loan officer takes an applicant through the intake form to the decision page, in Chromium. */
class WrseIntakeBrowserIT extends BrowserTest {

    @Test
    void loanOfficerRecordsAnApplicationAndReadsTheDecisionWithItsReasons() {
        WrseApplicants applicant = WrseApplicants.eligible();
        browser.loginAs("petugas");
        browser.click("navWrse");
        browser.click("newApplication");

        // A NIK whose date part contradicts the birth date is refused beside the NIK field.
        String wrongDate = applicant.nik().substring(0, 6) + "010101" + applicant.nik().substring(12);
        fillIntake(wrongDate, applicant);
        browser.click("intake:saveSubmit");
        assertThat(browser.textOnceItContains(By.id("intake:nikMessage"), "NIK")).contains("NIK");
        browser.screenshot("wrse-intake-nik-refused");

        browser.type("intake:nik", applicant.nik());
        browser.click("intake:saveSubmit");

        assertThat(browser.text(By.id("decisionInForce"))).isEqualTo("Layak");
        assertThat(browser.text(By.id("priorityScore"))).isEqualTo("75");
        List<WebElement> criteria = browser.driver().findElements(By.cssSelector("#decision tr.criterion"));
        assertThat(criteria).hasSize(9);
        assertThat(criteria.get(1).getText()).startsWith("AGE").contains("Memenuhi", "Usia", "18–59");
        assertThat(browser.text(By.id("missingDocuments"))).contains("Surat permohonan", "Fotokopi KTP");
        assertThat(browser.text(By.id("status"))).isEqualTo("Diajukan");
        assertThat(browser.text(By.id("nik"))).isEqualTo(applicant.nik());
        browser.screenshot("wrse-decision-page");

        browser.clickAndWaitForNewPage("topbarForm:langEn");
        assertThat(browser.textOnceItIs(By.id("decisionInForce"), "Eligible")).isEqualTo("Eligible");
        assertThat(browser.driver().findElements(By.cssSelector("#decision tr.criterion")).get(1).getText())
                .contains("Pass", "Age", "the age limit is 18–59");
        browser.screenshot("wrse-decision-page-english");
        browser.clickAndWaitForNewPage("topbarForm:langId");

        browser.click("steps:propose");
        assertThat(browser.textOnceItIs(By.id("status"), "Diusulkan ke provinsi")).isEqualTo("Diusulkan ke provinsi");
    }

    @Test
    void aSupervisorResolvesAReviewOnTheRecordPageWithAWrittenJustification() {
        ApiClient officer = ApiClient.demo(app, "petugas");
        long id = officer.post("api/wrse/applications", WrseApplicants.eligible().registries("P3KE:1").json()).json()
                .getJsonNumber("id").longValue();
        officer.post("api/wrse/applications/" + id + "/submission", "");

        browser.loginAs("penyelia");
        browser.go("wrse/application.xhtml?id=" + id);
        assertThat(browser.text(By.id("decisionInForce"))).isEqualTo("Perlu ditinjau");
        browser.driver().findElement(By.cssSelector("[id='steps:decision'] .ui-radiobutton-box")).click();
        browser.type("steps:justification", "DTKS dicek di kantor desa; keluarga tercatat sejak 2021");
        browser.click("steps:judge");

        assertThat(browser.text(By.id("decisionInForce"))).isEqualTo("Layak");
        assertThat(browser.text(By.id("decision"))).contains("Penilaian penyelia: Layak", "DTKS dicek di kantor desa");
        assertThat(browser.driver().findElements(By.id("steps:judge"))).isEmpty();
        browser.screenshot("wrse-review-resolved");
    }

    @Test
    void theListShowsNiksMaskedAndOpensTheRecord() {
        browser.loginAs("petugas");
        browser.go("wrse/applications.xhtml");
        String table = browser.text(By.id("list:rows"));
        assertThat(table).containsPattern("\\d{4}\\*{8}\\d{4}").doesNotContainPattern("\\d{16}");
        browser.screenshot("wrse-list");
    }

    private void fillIntake(String nik, WrseApplicants applicant) {
        browser.type("intake:nik", nik);
        browser.type("intake:kkNumber", "6402051203150007");
        browser.type("intake:fullName", "Sri Rahayu");
        WebElement birthDate = browser.waitFor(By.id("intake:birthDate_input"));
        birthDate.clear();
        birthDate.sendKeys(applicant.birthDate().format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")));
        assertThat(birthDate.getAttribute("value")).as("typed digits are kept")
                .isEqualTo(applicant.birthDate().format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")));
        choose("intake:maritalStatus_input", "MARRIED");
        choose("intake:districtCode_input", "640205");
        choose("intake:p3keDecile_input", "1");
        choose("intake:businessField_input", "CULINARY");
        tick("intake:dtks");
        tick("intake:p3ke");
        tick("intake:mainBreadwinner");
    }

    /** PrimeFaces menus submit a hidden select: choose in it directly. */
    private void choose(String selectId, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById(arguments[0]).value = arguments[1];", selectId, value);
    }

    private void tick(String checkboxId) {
        browser.driver().findElement(By.cssSelector("[id='" + checkboxId + "'] .ui-chkbox-box")).click();
    }
}
