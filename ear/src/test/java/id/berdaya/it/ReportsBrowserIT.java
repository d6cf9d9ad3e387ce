package id.berdaya.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Finance staff open the reports page, start a batch of statements and find it again after a reload. */
class ReportsBrowserIT extends BrowserTest {

    @Test
    @Disabled("Not yet passing: PDF/A statements render too slowly for a batch of every loan to finish in 2 minutes (issue 17 batch speed)")
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
        assertThat(browser.text(By.id("messages"))).contains("999999", "tidak ditemukan");
    }

    private void waitUntilPageSays(String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(120)).until(d -> browser.pageText().contains(text));
    }
}
