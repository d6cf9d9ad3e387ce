package id.berdaya.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Finance staff open the reports page, start a batch of statements and find it again after a reload. */
@ExtendWith(ArquillianExtension.class)
class ReportsBrowserIT {

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
