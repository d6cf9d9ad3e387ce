package id.berdaya.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 18 point 4 in Chromium: finance staff propose to reschedule a loan in arrears on its page (a
 * missing tenor is refused beside the field), the proposer cannot decide, another supervisor approves,
 * and the page shows the new schedule with the old one kept in the history; at 1366 and 360 px.
 */
class KubpReschedulingBrowserIT extends BrowserTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Makassar"));

    @Test
    void financeStaffProposeASupervisorApprovesAndTheScheduleIsLonger() {
        KubpApi kubp = new KubpApi(app);
        long loan = kubp.disbursedLoan(kubp.group("640211", 5), 6_000_000, 6, LocalDate.of(2025, 1, 10));
        LocalDate firstDue = TODAY.plusMonths(1);

        browser.viewport(1366, 768);
        browser.loginAs("keuangan").go("kubp/loan.xhtml?id=" + loan);
        assertThat(browser.text(By.id("revisions"))).contains("Belum pernah dijadwalkan ulang.");
        retype(browser.waitFor(By.id("reschedule:firstDueDate_input")), Browser.typed(firstDue));
        browser.type("reschedule:reason", "Usaha kelompok terhenti karena banjir");
        browser.click("reschedule:propose");
        assertThat(browser.textOnceItContains(By.id("reschedule"), "Jumlah angsuran baru wajib diisi"))
                .contains("Jumlah angsuran baru wajib diisi");
        Accessibility.check(browser.driver(), "loan page, refused rescheduling");

        browser.type("reschedule:tenor", "12");
        retype(browser.waitFor(By.id("reschedule:firstDueDate_input")), Browser.typed(firstDue));
        browser.type("reschedule:reason", "Usaha kelompok terhenti karena banjir");
        browser.click("reschedule:propose");
        assertThat(browser.textOnceItContains(By.id("messages"), "diusulkan")).contains("menunggu persetujuan penyelia");
        assertThat(browser.text(By.id("revisions"))).contains("Penjadwalan ulang · Menunggu keputusan",
                "Usaha kelompok terhenti karena banjir", "Diusulkan oleh keuangan", "12 angsuran, " + firstDue);
        assertThat(browser.driver().findElements(By.id("reschedule"))).as("one proposal at a time").isEmpty();
        assertThat(browser.driver().findElements(By.id("revisions:list:0:approveRevision"))).as("finance staff do not decide").isEmpty();
        browser.screenshot("kubp-reschedule-proposed");

        browser.loginAs("penyelia");
        assertThat(browser.text(By.id("greeting"))).as("the supervisor, not the finance officer before her").contains("Nurhayati");
        browser.go("kubp/loan.xhtml?id=" + loan);
        assertThat(browser.textOnceItContains(By.id("revisions"), "Menunggu keputusan")).contains("Diusulkan oleh keuangan");
        String revisions = browser.waitFor(By.id("revisions")).getAttribute("outerHTML");
        assertThat(revisions).as(revisions).contains("approveRevision");
        browser.click("revisions:list:0:approveRevision");
        assertThat(browser.textOnceItContains(By.id("messages"), "berlaku")).contains("Penjadwalan ulang berlaku mulai hari ini.");
        assertThat(browser.text(By.id("revisions"))).contains("Penjadwalan ulang · Berlaku", "diputuskan oleh penyelia",
                "menggantikan 6 angsuran s.d. 2025-07-10");
        assertThat(browser.driver().findElements(By.cssSelector("#schedule_data tr"))).hasSize(12);
        assertThat(browser.text(By.cssSelector("#schedule_data tr:first-child"))).contains(firstDue.toString());
        Accessibility.check(browser.driver(), "loan page after rescheduling, desktop");

        browser.viewport(Accessibility.PHONE.width, Accessibility.PHONE.height);
        browser.go("kubp/loan.xhtml?id=" + loan);
        assertThat(browser.textOnceItContains(By.id("revisions"), "Berlaku")).contains("Berlaku");
        browser.screenshot("kubp-reschedule-360");
        Accessibility.check(browser.driver(), "loan page after rescheduling, 360 px");
        Accessibility.fitsWidth(browser.driver(), "loan page after rescheduling, 360 px");
    }

    /** As a person retypes a masked date: select what is there, type over it, and see it taken. */
    private void retype(WebElement input, String typed) {
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(typed);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> typed.equals(input.getAttribute("value")));
        browser.driver().findElement(By.tagName("h1")).click();
    }
}
