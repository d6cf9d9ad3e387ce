package id.berdaya.it;

import static org.assertj.core.api.Assertions.assertThat;

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
        browser.driver().findElement(By.cssSelector("input[type=file][id^='upload:file']")).sendKeys(csv.toString());
        java.util.Set<String> before = extractIds();
        browser.click("upload:send");
        String id = newExtractId(before);
        String row = waitUntilRow(id, t -> t.contains("Selesai"), 120);
        assertThat(row).contains("DTSEN", "petugas", "2 / 2");
        browser.screenshot("registry-jobs-desktop");
        assertNoViolations("desktop");

        browser.driver().manage().window().setSize(new Dimension(360, 800));
        browser.go("registry/jobs.xhtml");
        waitUntilText("jobs:extracts", t -> t.contains("DTSEN"), 30);
        browser.screenshot("registry-jobs-360");
        assertNoViolations("360px");
    }

    @Test
    void fromATargetingRunsCandidateAnOfficerStartsAnApplicationFilledFromTheRegistry() throws Exception {
        LocalDate birth = LocalDate.of(1983, 9, 12);
        String nik = RegistryFiles.nik("640207", birth, true, 77);
        Path csv = Files.createTempFile("p3ke-", ".csv");
        Files.writeString(csv, RegistryFiles.LISTING_HEADER + "\n" + RegistryFiles.person(nik, "Zubaidah Browser", true,
                birth, "CERAI_MATI", "KEPALA_KELUARGA", "6402", "640207", "6402072003", "1") + "\n", StandardCharsets.UTF_8);

        browser.loginAs("petugas");
        browser.go("registry/jobs.xhtml");
        browser.choose("upload:registry", "P3KE");
        browser.driver().findElement(By.cssSelector("input[type=file][id^='upload:file']")).sendKeys(csv.toString());
        java.util.Set<String> before = extractIds();
        browser.click("upload:send");
        String id = newExtractId(before);
        assertThat(waitUntilRow(id, t -> t.contains("Selesai"), 120)).contains("P3KE");
        browser.click("run:start");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(180))
                .until(d -> browser.driver().findElements(By.id("jobs:runs:0:showCandidates")).size() == 1);
        browser.click("jobs:runs:0:showCandidates");
        assertThat(browser.textOnceItContains(By.id("total"), "Jumlah kandidat")).startsWith("Jumlah kandidat");
        assertNoViolations("candidates");
        // She heads her family, is widowed and in P3KE decile 1: her score ranks her near the top.
        org.openqa.selenium.WebElement row = browser.waitFor(By.xpath("//tr[td[contains(., 'Zubaidah Browser')]]"));
        assertThat(row.getText()).contains("6402********0077").doesNotContain(nik);
        row.findElement(By.linkText("Mulai permohonan")).click();
        assertThat(browser.waitFor(By.id("intake:fullName")).getAttribute("value")).isEqualTo("Zubaidah Browser");
        assertThat(browser.driver().findElement(By.id("intake:nik")).getAttribute("value")).isEqualTo(nik);
        // The full NIK the form shows is recorded as viewed, by the record it came from, not by the NIK.
        Path accessLog = Path.of(System.getProperty("jboss.home"), "standalone", "log", "nik-access.log");
        assertThat(Files.readString(accessLog)).contains("user=petugas via=page record=targeting-run/").doesNotContain(nik);
        browser.screenshot("registry-candidate-intake");
    }

    @Test
    void financeStaffDoNotSeeTheRegistryPage() {
        browser.loginAs("keuangan");
        assertThat(browser.driver().findElements(By.id("navRegistry"))).isEmpty();
    }

    /** The numbers of the extracts the table shows now (other tests' imports are listed too). */
    private java.util.Set<String> extractIds() {
        browser.waitFor(By.id("jobs:extracts"));
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    java.util.Set<String> ids = new java.util.HashSet<>();
                    for (org.openqa.selenium.WebElement row : d.findElements(By.xpath("//tbody[@id='jobs:extracts_data']/tr[td]"))) {
                        String number = row.findElement(By.xpath("td[1]")).getText().replaceAll("\\D", "");
                        if (!number.isEmpty()) {
                            ids.add(number);
                        }
                    }
                    return ids;
                });
    }

    /** The number of the extract that appeared after the upload. */
    private String newExtractId(java.util.Set<String> before) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> extractIds().stream().filter(id -> !before.contains(id)).findFirst().orElse(null));
    }

    /** This extract's row once its text satisfies the condition (the page's poll re-renders it meanwhile). */
    private String waitUntilRow(String id, java.util.function.Predicate<String> condition, int seconds) {
        By row = By.xpath("//tbody[@id='jobs:extracts_data']/tr[td[1][translate(normalize-space(.), 'No. ', '') = '" + id + "']]");
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(seconds))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    String text = d.findElement(row).getText();
                    return condition.test(text) ? text : null;
                });
    }

    /** Waits until the element's text satisfies the condition; the page's poll re-renders it meanwhile. */
    private void waitUntilText(String id, java.util.function.Predicate<String> condition, int seconds) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(seconds))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> condition.test(d.findElement(By.id(id)).getText()));
    }

    private void assertNoViolations(String where) {
        Accessibility.check(browser.driver(), "registry pages, " + where);
        Accessibility.fitsWidth(browser.driver(), "registry pages, " + where);
    }
}
