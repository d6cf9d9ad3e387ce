package id.berdaya.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Issue 17 point 1 in Chromium: the administrator opens the issuing offices from her home page, sees
 * the shipped values flagged as demo data, is refused a telephone number that is not one beside the
 * field, and saves a real one; on a desktop and at 360 px, with axe-core in the page.
 */
class OfficesBrowserIT extends BrowserTest {

    @Test
    void theAdministratorKeepsAnIssuingOffice() {
        browser.loginAs("admin");
        browser.click("tileOffices");
        assertThat(browser.textOnceItContains(By.id("offices"), "Ringkasan PUG")).contains("Dinas Sosial Provinsi", "DP3A Kutai Kartanegara");
        Accessibility.check(browser.driver(), "issuing offices, desktop");
        browser.driver().findElement(By.linkText("Ringkasan PUG (kedua program)")).click();
        assertThat(browser.textOnceItIs(By.id("officeTitle"), "Ringkasan PUG (kedua program)")).isEqualTo("Ringkasan PUG (kedua program)");

        browser.type("officeForm:phone", "nol lima empat satu");
        browser.click("officeForm:save");
        assertThat(browser.textOnceItContains(By.id("officeForm"), "Nomor telepon berisi angka")).contains("Nomor telepon berisi angka");
        Accessibility.check(browser.driver(), "issuing office, refused telephone");

        browser.type("officeForm:phone", "(0541) 736701");
        browser.click("officeForm:save");
        assertThat(browser.textOnceItContains(By.id("messages"), "disimpan")).contains("Data kantor gender disimpan.");
        assertThat(browser.waitFor(By.id("officeForm:phone")).getAttribute("value")).isEqualTo("(0541) 736701");
        assertThat(browser.text(By.id("updated"))).contains("Terakhir diubah oleh admin");
        assertThat(browser.driver().findElements(By.id("demo"))).as("saved by an administrator, no longer demo data").isEmpty();
        browser.screenshot("admin-office-desktop");
        Accessibility.check(browser.driver(), "issuing office, desktop");

        browser.viewport(Accessibility.PHONE.width, Accessibility.PHONE.height);
        browser.go("admin/office.xhtml?prefix=kubp");
        assertThat(browser.textOnceItIs(By.id("officeTitle"), "DP3A Kutai Kartanegara (surat KUBP)")).isEqualTo("DP3A Kutai Kartanegara (surat KUBP)");
        browser.screenshot("admin-office-360");
        Accessibility.check(browser.driver(), "issuing office, 360 px");
        Accessibility.fitsWidth(browser.driver(), "issuing office, 360 px");
    }
}
