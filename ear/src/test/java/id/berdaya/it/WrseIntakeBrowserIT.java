package id.berdaya.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** A loan officer takes an applicant through the intake form to the decision page, in Chromium. */
@ExtendWith(ArquillianExtension.class)
class WrseIntakeBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL app;

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open(app.toString());
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

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
        assertThat(browser.text(By.id("intake:nikMessage"))).contains("NIK");
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

        browser.click("topbarForm:langEn");
        assertThat(browser.text(By.id("decisionInForce"))).isEqualTo("Eligible");
        assertThat(browser.driver().findElements(By.cssSelector("#decision tr.criterion")).get(1).getText())
                .contains("Pass", "Age", "the age limit is 18–59");
        browser.screenshot("wrse-decision-page-english");
        browser.click("topbarForm:langId");

        browser.click("steps:propose");
        assertThat(browser.text(By.id("status"))).isEqualTo("Diusulkan ke provinsi");
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
        birthDate.sendKeys(applicant.birthDate().toString(), Keys.ESCAPE);
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
