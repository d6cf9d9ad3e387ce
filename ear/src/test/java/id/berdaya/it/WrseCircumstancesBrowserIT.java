package id.berdaya.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Issue 14 point 4 in Chromium: the loan officer ticks an applicant's circumstances on the intake form,
 * the record shows them to her and to a supervisor, policy staff see it without the confidential one,
 * and policy staff extend the list on its page. The intake form and the list page at desktop width and
 * 360 px with axe-core.
 */
class WrseCircumstancesBrowserIT extends BrowserTest {

    @Test
    void theOfficerTicksCircumstancesAndOnlyTheRolesThatNeedItSeeTheConfidentialOne() {
        WrseApplicants applicant = WrseApplicants.eligible();
        browser.loginAs("petugas");
        browser.go("wrse/intake.xhtml");
        fillIntake(applicant);
        WebElement group = browser.waitFor(By.id("intake:circumstances"));
        assertThat(browser.text(By.id("intake:circumstancesSet"))).contains("Keadaan khusus pemohon", "Perempuan kepala keluarga",
                "Penyintas kekerasan (rujukan UPTD PPA / P2TP2A) (rahasia)", "Menanggung lansia");
        tickCircumstance(group, "Perempuan kepala keluarga");
        tickCircumstance(group, "Penyintas kekerasan");
        atBothWidths("wrse-intake-circumstances");
        browser.click("intake:saveSubmit");

        assertThat(browser.text(By.id("decisionInForce"))).isEqualTo("Layak");
        assertThat(browser.text(By.id("circumstances"))).contains("Perempuan kepala keluarga", "Penyintas kekerasan");
        Matcher id = Pattern.compile("id=(\\d+)").matcher(browser.currentUrl());
        assertThat(id.find()).as(browser.currentUrl()).isTrue();
        String record = "wrse/application.xhtml?id=" + id.group(1);
        // The record page itself has axe findings older than this issue (panel togglers without a name, the
        // hidden scan input): reported, not checked here; the circumstances line is plain text in its facts list.
        browser.screenshot("wrse-record-circumstances");

        switchTo("penyelia");
        browser.go(record);
        assertThat(browser.text(By.id("circumstances"))).contains("Penyintas kekerasan");

        switchTo("kebijakan");
        browser.go(record);
        assertThat(browser.text(By.id("circumstances"))).isEqualTo("Perempuan kepala keluarga");
        String page = browser.pageText() + browser.driver().findElement(By.cssSelector("details.facts pre")).getAttribute("textContent");
        assertThat(page).doesNotContain("VIOLENCE_SURVIVOR", "Penyintas", "PPA");
        browser.screenshot("wrse-record-circumstances-policy");
    }

    @Test
    void policyStaffAddACircumstanceOnItsPage() {
        String code = "FORMER_MIGRANT_WORKER_" + (System.nanoTime() % 100_000);
        browser.loginAs("kebijakan");
        browser.go("rulesets/index.xhtml");
        browser.clickAndWaitForNewPage("circumstancesLink");
        assertThat(browser.textOnceItContains(By.id("circumstances"), "HEAD_OF_HOUSEHOLD", "VIOLENCE_SURVIVOR", "Ya")).contains("HEAD_OF_HOUSEHOLD", "VIOLENCE_SURVIVOR", "Ya");

        browser.type("addForm:code", "bukan kode");
        browser.type("addForm:nameId", "Purna pekerja migran");
        browser.type("addForm:nameEn", "Former migrant worker");
        browser.clickAndWaitForNewPage("addForm:add");
        assertThat(browser.textOnceItContains(By.id("addForm"), "huruf kapital")).contains("huruf kapital");
        atBothWidths("wrse-circumstances-refused");

        browser.type("addForm:code", code);
        browser.type("addForm:nameId", "Purna pekerja migran");
        browser.type("addForm:nameEn", "Former migrant worker");
        browser.clickAndWaitForNewPage("addForm:add");
        assertThat(browser.textOnceItContains(By.id("messages"), "Keadaan khusus " + code + " ditambahkan")).contains("Keadaan khusus " + code + " ditambahkan");
        assertThat(browser.text(By.id("circumstances"))).contains(code, "Purna pekerja migran", "Former migrant worker");
        atBothWidths("wrse-circumstances");

        switchTo("petugas");
        browser.go("wrse/circumstances.xhtml");
        assertThat(browser.text(By.id("circumstances"))).contains(code);
        assertThat(browser.driver().findElements(By.id("addForm"))).as("only policy staff add").isEmpty();
    }

    private void tickCircumstance(WebElement group, String label) {
        WebElement box = group.findElement(By.xpath(".//label[contains(normalize-space(), '" + label
                + "')]/preceding-sibling::div[contains(@class,'ui-chkbox')]//div[contains(@class,'ui-chkbox-box')]"));
        box.click();
        WebElement input = group.findElement(By.xpath(".//label[contains(normalize-space(), '" + label + "')]"
                + "/preceding-sibling::div[contains(@class,'ui-chkbox')]//input[@type='checkbox']"));
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(d -> input.isSelected());
    }

    private void switchTo(String user) {
        browser.driver().manage().deleteAllCookies();
        browser.loginAs(user);
    }

    private void atBothWidths(String page) {
        for (org.openqa.selenium.Dimension size : List.of(Accessibility.DESKTOP, Accessibility.PHONE)) {
            browser.driver().manage().window().setSize(size);
            Accessibility.check(browser.driver(), page);
            Accessibility.fitsWidth(browser.driver(), page);
            browser.screenshot(page + "-" + size.getWidth());
        }
        browser.driver().manage().window().setSize(Accessibility.DESKTOP);
    }

    private void fillIntake(WrseApplicants applicant) {
        browser.type("intake:nik", applicant.nik());
        browser.type("intake:kkNumber", "6402051203150007");
        browser.type("intake:fullName", "Sri Rahayu");
        WebElement birthDate = browser.waitFor(By.id("intake:birthDate_input"));
        birthDate.clear();
        birthDate.sendKeys(applicant.birthDate().format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")));
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
