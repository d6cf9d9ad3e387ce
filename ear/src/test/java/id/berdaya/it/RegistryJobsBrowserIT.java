package id.berdaya.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A loan officer uploads a registry extract on the jobs page and watches it complete with its
 * counts; the page passes axe-core at desktop width and at 360 px.
 */
class RegistryJobsBrowserIT extends BrowserTest {

    @Test
    void aLoanOfficerUploadsAnExtractAndSeesItCompleteWithItsCounts() throws Exception {
        LocalDate birth = LocalDate.of(1979, 6, 7);
        String good = RegistryFiles.person(RegistryFiles.nik("640206", birth, true, 31), "Halimah", true, birth,
                "CERAI_HIDUP", "KEPALA_KELUARGA", "6402", "640206", "", "1");
        String broken = good.replace("640206" + "47", "640206" + "48").replace("Halimah", "Salah");
        Path csv = Files.createTempFile("dtsen-", ".csv");
        Files.writeString(csv, RegistryFiles.LISTING_HEADER + "\n" + good + "\n" + broken + "\n", StandardCharsets.UTF_8);

        browser.loginAs("petugas");
        browser.click("navRegistry");
        assertThat(browser.pageText()).contains("Data registri dan penargetan", "Unggah ekstrak");
        browser.driver().findElement(By.id("upload:file_input")).sendKeys(csv.toString());
        browser.click("upload:send");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(120))
                .until(d -> browser.text(By.id("jobs:extracts")).contains("Selesai"));
        String row = browser.text(By.id("jobs:extracts"));
        assertThat(row).contains("DTSEN", "petugas", "2 / 2");
        browser.screenshot("registry-jobs-desktop");
        assertNoViolations("desktop");

        browser.driver().manage().window().setSize(new Dimension(360, 800));
        browser.go("registry/jobs.xhtml");
        assertThat(browser.text(By.id("jobs:extracts"))).contains("DTSEN");
        browser.screenshot("registry-jobs-360");
        assertNoViolations("360px");
    }

    @Test
    void financeStaffDoNotSeeTheRegistryPage() {
        browser.loginAs("keuangan");
        assertThat(browser.driver().findElements(By.id("navRegistry"))).isEmpty();
    }

    private void assertNoViolations(String where) {
        Results results = new AxeBuilder().analyze(browser.driver());
        assertThat(results.getViolations()).as(where + ": " + results.getViolations().stream()
                .map(v -> v.getId() + " " + v.getHelp()).toList()).isEmpty();
    }
}
