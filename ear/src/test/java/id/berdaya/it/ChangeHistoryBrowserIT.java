package id.berdaya.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 15 in Chromium: a supervisor opens the change history from the top bar, narrows it to staff
 * accounts created by the system (the demo users), sees who and what without any password, and is
 * told which field is wrong when the period ends before it starts; on a desktop and at 360 px, with
 * axe-core in the page.
 */
class ChangeHistoryBrowserIT extends BrowserTest {

    @Test
    void aSupervisorReadsWhoChangedWhat() {
        browser.loginAs("penyelia");
        browser.click("navAudit");
        assertThat(browser.textOnceItContains(By.tagName("h1"), "Riwayat perubahan")).isEqualTo("Riwayat perubahan");
        new Select(browser.waitFor(By.id("entity"))).selectByVisibleText("Pengguna");
        browser.type("changedBy", "sistem");
        browser.click("show");
        String list = browser.textOnceItContains(By.id("changes"), "username: penyelia");
        assertThat(list).contains("Pengguna #", "Dibuat", "sistem", "passwordHash: (disembunyikan)").doesNotContain("PBKDF2");
        assertThat(browser.currentUrl()).contains("entity=StaffUser", "changedBy=sistem");
        browser.screenshot("audit-desktop");
        Accessibility.check(browser.driver(), "change history, desktop");

        browser.go("audit.xhtml?from=2026-12-02&to=2026-12-01");
        assertThat(browser.textOnceItContains(By.id("problem"), "Sampai tanggal")).contains("Sampai tanggal: Periode berakhir sebelum dimulai");

        browser.viewport(Accessibility.PHONE.width, Accessibility.PHONE.height);
        browser.go("audit.xhtml?entity=Loan");
        assertThat(browser.textOnceItContains(By.id("changes"), "Pinjaman KUBP #")).contains("status: ");
        browser.screenshot("audit-360");
        Accessibility.check(browser.driver(), "change history, 360 px");
        Accessibility.fitsWidth(browser.driver(), "change history, 360 px");
    }
}
