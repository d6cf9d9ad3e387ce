package id.berdaya.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A supervisor declares a flood for two villages and sees the affected loans' schedules and relief letters. */
class KubpDisasterBrowserIT extends BrowserTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Makassar"));
    private static final String DISTRICT = "640209";

    private long groupIn(KubpApi kubp, String village) {
        ApiClient.Answer created = kubp.officer.post("api/kubp/groups",
                KubpApi.groupJson(DISTRICT, KubpApi.women(5)).replace("Desa Uji", village));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    private void checkPage(String page) {
        for (Dimension size : new Dimension[] {Accessibility.PHONE, Accessibility.DESKTOP}) {
            browser.driver().manage().window().setSize(size);
            Accessibility.check(browser.driver(), page);
            if (size.equals(Accessibility.PHONE)) {
                Accessibility.fitsWidth(browser.driver(), page);
                browser.screenshot("kubp-" + page + "-360");
            }
        }
    }

    @Test
    void aSupervisorDeclaresAFloodForTwoVillagesAndSeesTheNewSchedulesAndLetters() {
        KubpApi kubp = new KubpApi(app);
        String suffix = String.valueOf(System.nanoTime() % 100_000);
        String villageA = "Sebulu Ilir " + suffix;
        String villageB = "Sebulu Ulu " + suffix;
        LocalDate disbursed = TODAY.minusMonths(4).withDayOfMonth(5);
        long loanA = kubp.disbursedLoan(groupIn(kubp, villageA), 6_000_000, 6, disbursed);
        long loanB = kubp.disbursedLoan(groupIn(kubp, villageB), 6_000_000, 6, disbursed);
        LocalDate start = TODAY.minusMonths(1).withDayOfMonth(1);

        browser.loginAs("penyelia").go("kubp/disasters.xhtml");
        new Select(browser.waitFor(By.id("declare:type"))).selectByValue("FLOOD");
        new Select(browser.waitFor(By.id("declare:districts"))).selectByValue(DISTRICT);
        browser.type("declare:villages", villageA + "\n" + villageB);
        browser.type("declare:moratoriumMonths", "3").type("declare:decreeNumber", "360/" + suffix + "/BPBD/2026");
        WebElement startInput = browser.waitFor(By.id("declare:startDate_input"));
        retype(startInput, Browser.typed(TODAY.plusDays(2)));
        browser.driver().findElement(By.tagName("h1")).click();
        browser.click("declare:go");
        assertThat(browser.textOnceItContains(By.id("messages"), "belum terjadi")).contains("belum terjadi");

        startInput = browser.waitFor(By.id("declare:startDate_input"));
        retype(startInput, Browser.typed(start));
        browser.driver().findElement(By.tagName("h1")).click();
        checkPage("disaster-form");
        browser.click("declare:go");

        assertThat(browser.text(By.id("messages"))).contains("2 pinjaman dijadwalkan ulang", "2 surat keringanan");
        assertThat(browser.text(By.id("affected"))).isEqualTo("2");
        String table = browser.text(By.id("relieved"));
        assertThat(table).contains(String.valueOf(loanA), String.valueOf(loanB), villageA, villageB);
        // The November instalment (unpaid, due after the start) moves three months on; September stays.
        WebElement rowA = browser.waitFor(By.xpath("//tr[.//a[text()='" + loanA + "']]"));
        assertThat(rowA.getText()).contains(disbursed.plusMonths(1).toString(), disbursed.plusMonths(9).toString());
        assertThat(browser.driver().findElements(By.linkText("Surat keringanan (PDF)"))).hasSize(2);
        assertThat(browser.text(By.id("arrearsBefore"))).isNotEqualTo("0");
        checkPage("disaster");
    }

    /** As a person retypes a masked date: select what is there, type over it, and see it taken. */
    private void retype(WebElement input, String typed) {
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(typed);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> typed.equals(input.getAttribute("value")));
    }
}
