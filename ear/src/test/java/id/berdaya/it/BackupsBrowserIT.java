package id.berdaya.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/** A supervisor sees the last backup and makes one now, on a desktop and on a 360 px phone (issue 23). */
class BackupsBrowserIT extends BrowserTest {

    @Test
    void supervisorMakesABackupAndSeesItAsTheLast() {
        browser.loginAs("penyelia");
        browser.click("navBackups");
        browser.waitFor(By.id("backupForm:backUpNow"));
        assertThat(browser.pageText()).contains("Cadangan data", "Cadangan malam hari tidak aktif");
        browser.click("backupForm:backUpNow");
        String message = browser.text(By.id("messages"));
        assertThat(message).containsPattern("Cadangan berdaya-\\d{8}-\\d{6}(-\\d+)?\\.zip sudah dibuat\\.");
        String file = message.replaceAll("(?s).*Cadangan (berdaya-\\S+\\.zip).*", "$1");
        assertThat(browser.text(By.id("lastBackup"))).contains(file, "H2", "penyelia");
        assertThat(browser.text(By.id("backups"))).contains(file, "manual");
        browser.screenshot("backups-desktop");

        browser.driver().manage().window().setSize(new Dimension(360, 780));
        browser.go("backups.xhtml");
        assertThat(browser.text(By.id("lastBackup"))).contains("berdaya-");
        Object overflow = ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1;");
        assertThat(overflow).as("the page scrolls sideways at 360 px").isEqualTo(Boolean.FALSE);
        browser.screenshot("backups-360");
    }

    @Test
    void aLoanOfficerMayNotOpenTheBackups() {
        browser.loginAs("petugas");
        assertThat(browser.driver().findElements(By.id("navBackups"))).isEmpty();
        browser.go("backups.xhtml");
        assertThat(browser.text(By.id("forbidden"))).isEqualTo("Anda tidak berwenang membuka halaman ini.");
    }
}
