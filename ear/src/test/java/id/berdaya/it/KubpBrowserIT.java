package id.berdaya.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** What finance staff and supervisors do on the KUBP pages, in Chromium. */
class KubpBrowserIT extends BrowserTest {

    private String firstScheduleRow() {
        return browser.text(By.cssSelector("#schedule_data tr:first-child"));
    }

    @Test
    void financeStaffPostARepaymentAndSeeItOnTheScheduleThenReverseIt() {
        KubpApi kubp = new KubpApi(app);
        long loan = kubp.disbursedLoan(kubp.group("640211", 5), 6_000_000, 6, LocalDate.of(2025, 1, 10));

        browser.loginAs("keuangan").go("kubp/loans.xhtml");
        browser.type("search:q", String.valueOf(loan)).click("search:go");
        browser.waitFor(By.linkText(String.valueOf(loan))).click();
        assertThat(firstScheduleRow()).contains("2025-02-10", "Terlambat");

        browser.type("repay:amount", "1.000.000").type("repay:receiptNo", "KW-UI-" + System.nanoTime())
                .click("repay:post");

        assertThat(browser.text(By.id("messages"))).contains("tercatat");
        assertThat(firstScheduleRow()).contains("1.000.000", "Lunas");
        assertThat(browser.text(By.id("outstanding"))).isEqualTo("5.000.000");
        browser.screenshot("kubp-repayment-posted");

        browser.type("ledger:reason", "Salah ketik jumlah").click("ledger:entries:0:reverse");

        assertThat(browser.text(By.id("messages"))).contains("dibatalkan");
        assertThat(firstScheduleRow()).contains("Terlambat");
        assertThat(browser.text(By.id("ledger:entries"))).contains("Salah ketik jumlah (keuangan)");
        assertThat(browser.text(By.id("outstanding"))).isEqualTo("6.000.000");
    }

    @Test
    void aSupervisorApprovesALoanEnteredByTheLoanOfficer() {
        KubpApi kubp = new KubpApi(app);
        long loan = kubp.apply(kubp.group("640211", 5), 5_000_000, 6, LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 4, 1)).json().getJsonNumber("id").longValue();

        browser.loginAs("penyelia").go("kubp/loan.xhtml?id=" + loan);
        assertThat(browser.text(By.id("currentStatus"))).isEqualTo("Diajukan");
        browser.click("approve:go");

        assertThat(browser.text(By.id("messages"))).contains("Pinjaman disetujui.");
        assertThat(browser.text(By.id("currentStatus"))).isEqualTo("Disetujui");
    }

    @Test
    void everyoneSeesThePortfolioChartAndDrillsDownToGroupsInArrears() {
        browser.loginAs("kebijakan").go("kubp/portfolio.xhtml");
        browser.waitFor(By.cssSelector("#chart canvas"));
        assertThat(browser.text(By.id("districts:table"))).contains("Kota Bangun Darat", "Samboja Barat",
                "Jumlah Kutai Kartanegara");
        browser.screenshot("kubp-portfolio");

        browser.click("districts:table:1:drill"); // Loa Kulu: a demo loan 12 days late
        assertThat(browser.textOnceItContains(By.id("arrears"), "Loa Kulu", "KUBP Melati Loa Kulu", "1–30 hari")).contains("Loa Kulu", "KUBP Melati Loa Kulu", "1–30 hari");
    }
}
