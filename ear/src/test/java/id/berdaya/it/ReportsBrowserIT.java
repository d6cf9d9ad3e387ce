package id.berdaya.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Finance staff open the reports page, start a batch of statements and find it again after a reload. */
class ReportsBrowserIT extends BrowserTest {

    @Test
    void financeStaffStartABatchThatSurvivesAPageReload() {
        browser.loginAs("keuangan");
        browser.click("navReports");
        assertThat(browser.pageText()).contains("Cetak surat dan laporan", "Laporan angsuran", "Cetak massal laporan angsuran");
        browser.screenshot("reports-page");

        browser.click("batchForm:start");
        waitUntilPageSays("Selesai");
        browser.screenshot("reports-batch-done");

        browser.go("reports.xhtml");
        assertThat(browser.text(By.id("batchList:batches"))).contains("keuangan", "Selesai", "Unduh");
    }

    @Test
    void aRefusedDocumentIsAMessageNotAnError() {
        browser.loginAs("keuangan");
        browser.go("reports.xhtml");
        browser.type("kubpLoan:loanId_input", "999999");
        browser.click("kubpLoan:statement");
        assertThat(browser.textOnceItContains(By.id("messages"), "999999", "tidak ditemukan")).contains("999999", "tidak ditemukan");
    }

    /** Waits while the batch's progress ("12 / 340") keeps moving, until the page says so. */
    private void waitUntilPageSays(String text) {
        String[] last = {""};
        long[] lastChange = {System.nanoTime()};
        new WebDriverWait(browser.driver(), Duration.ofMinutes(30)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    String page = browser.pageText();
                    if (page.contains(text)) {
                        return true;
                    }
                    String progress = browser.text(By.id("batchList:batches"));
                    if (!progress.equals(last[0])) {
                        last[0] = progress;
                        lastChange[0] = System.nanoTime();
                    } else if (System.nanoTime() - lastChange[0] > Duration.ofMinutes(1).toNanos()) {
                        throw new AssertionError("The batch made no progress for a minute: " + progress);
                    }
                    return false;
                });
    }
}
