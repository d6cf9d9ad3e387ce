package id.berdaya.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 19 in Chromium, on a 1366 × 768 screen and a 360 × 740 phone with axe-core: a click on a
 * sortable heading of the WRSE list and of the KUBP loans list brings the row the data says to the
 * top (the lists are sorted in the database, one page at a time), and the administrator searches the
 * issuing offices.
 */
class ListSortBrowserIT extends BrowserTest {

    private record Screen(String name, int width, int height) {
    }

    private static final List<Screen> SCREENS = List.of(new Screen("desktop", 1366, 768), new Screen("phone", 360, 740));
    private static final By WRSE_FIRST_ROW = By.cssSelector("[id='list:rows_data'] > tr:first-child");
    private static final By LOANS_FIRST_ROW = By.cssSelector("[id='loans_data'] > tr:first-child");

    private static String family(String start) {
        StringBuilder name = new StringBuilder(start);
        for (int i = 0; i < 8; i++) {
            name.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return name.toString();
    }

    @Test
    void aClickOnTheNumberHeadingOfTheWrseListPutsTheOldestFirstThenTheNewest() {
        ApiClient officer = ApiClient.demo(app, "petugas");
        String family = family("Qc");
        ApiClient.Answer older = officer.post("api/wrse/applications", WrseApplicants.eligible().set("fullName", "Zahra " + family).json());
        ApiClient.Answer newer = officer.post("api/wrse/applications", WrseApplicants.eligible().set("fullName", "Ayu " + family).json());
        assertThat(older.status()).as(older.toString()).isEqualTo(201);
        assertThat(newer.status()).as(newer.toString()).isEqualTo(201);
        String olderId = String.valueOf(older.json().getJsonNumber("id").longValue());
        String newerId = String.valueOf(newer.json().getJsonNumber("id").longValue());

        browser.loginAs("petugas");
        for (Screen screen : SCREENS) {
            browser.viewport(screen.width(), screen.height());
            browser.go("wrse/applications.xhtml");
            browser.type("list:q", family);
            browser.click("list:show");
            assertThat(browser.textOnceItContains(By.id("messages"), "2 permohonan ditemukan")).contains("2 permohonan ditemukan.");
            assertThat(browser.textOnceItContains(WRSE_FIRST_ROW, "Ayu " + family)).as("newest first").contains(newerId, "Ayu " + family);

            browser.click("list:rows:idColumn");
            assertThat(browser.textOnceItContains(WRSE_FIRST_ROW, "Zahra " + family)).as("by number, oldest first")
                    .contains(olderId, "Zahra " + family);
            Accessibility.check(browser.driver(), "WRSE list sorted by number, " + screen.name());
            Accessibility.fitsWidth(browser.driver(), "WRSE list sorted by number, " + screen.name());

            browser.click("list:rows:idColumn");
            assertThat(browser.textOnceItContains(WRSE_FIRST_ROW, "Ayu " + family)).as("by number, newest first")
                    .contains(newerId, "Ayu " + family);
            browser.screenshot("wrse-list-by-number-" + screen.name());
        }
    }

    @Test
    void aClickOnThePrincipalHeadingOfTheLoansListPutsTheSmallestFirstThenTheLargest() {
        String family = family("Ln");
        KubpApi kubp = new KubpApi(app);
        String[] names = {"Ayu", "Bunga", "Citra"};
        long[] principals = {10_000_000, 5_000_000, 6_000_000};
        long[] loans = new long[3];
        for (int i = 0; i < 3; i++) {
            ApiClient.Answer group = kubp.officer.post("api/kubp/groups", KubpApi.groupJson("640211", KubpApi.women(5))
                    .replaceFirst("KUBP Uji \\d+", "KUBP " + names[i] + " " + family));
            assertThat(group.status()).as(group.toString()).isEqualTo(201);
            ApiClient.Answer loan = kubp.apply(group.json().getJsonNumber("id").longValue(), principals[i], 6,
                    LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1));
            assertThat(loan.status()).as(loan.toString()).isEqualTo(201);
            loans[i] = loan.json().getJsonNumber("id").longValue();
        }

        browser.loginAs("petugas");
        for (Screen screen : SCREENS) {
            browser.viewport(screen.width(), screen.height());
            browser.go("kubp/loans.xhtml");
            browser.type("search:q", family.toLowerCase(Locale.ROOT));
            browser.click("search:go");
            assertThat(browser.textOnceItContains(By.id("messages"), "3 pinjaman ditemukan")).contains("3 pinjaman ditemukan.");
            assertThat(browser.textOnceItContains(By.id("loans"), "Halaman 1 dari 1 (3 baris)")).contains("Halaman 1 dari 1 (3 baris)");
            assertThat(browser.textOnceItContains(LOANS_FIRST_ROW, "KUBP Citra " + family)).as("newest first")
                    .contains(String.valueOf(loans[2]));
            Accessibility.check(browser.driver(), "KUBP loans searched, " + screen.name());
            Accessibility.fitsWidth(browser.driver(), "KUBP loans searched, " + screen.name());

            browser.click("loans:principalColumn");
            assertThat(browser.textOnceItContains(LOANS_FIRST_ROW, "KUBP Bunga " + family)).as("by principal, smallest first")
                    .contains(String.valueOf(loans[1]), "5.000.000");
            browser.click("loans:principalColumn");
            assertThat(browser.textOnceItContains(LOANS_FIRST_ROW, "KUBP Ayu " + family)).as("by principal, largest first")
                    .contains(String.valueOf(loans[0]), "10.000.000");
            browser.screenshot("kubp-loans-by-principal-" + screen.name());
            Accessibility.check(browser.driver(), "KUBP loans sorted by principal, " + screen.name());

            // By group, A to Z keeps Ayu on top: wait for the heading to say it is sorted before reading the row.
            browser.click("loans:groupColumn");
            sortedBy("loans:groupColumn", "ascending");
            assertThat(browser.textOnceItContains(LOANS_FIRST_ROW, "KUBP Ayu " + family)).as("by group, A to Z")
                    .contains(String.valueOf(loans[0]));
            browser.click("loans:groupColumn");
            sortedBy("loans:groupColumn", "descending");
            assertThat(browser.textOnceItContains(LOANS_FIRST_ROW, "KUBP Citra " + family)).as("by group, Z to A")
                    .contains(String.valueOf(loans[2]));
        }
    }

    /** Waits until the heading announces the order (its aria-sort), so that the next click starts from it. */
    private void sortedBy(String headingId, String order) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> order.equals(d.findElement(By.id(headingId)).getAttribute("aria-sort")));
    }

    @Test
    void theAdministratorSearchesTheIssuingOffices() {
        browser.loginAs("admin");
        for (Screen screen : SCREENS) {
            browser.viewport(screen.width(), screen.height());
            browser.go("admin/offices.xhtml");
            assertThat(browser.textOnceItContains(By.id("offices"), "Ringkasan PUG", "Dinas Sosial Provinsi")).contains("DP3A Kutai Kartanegara");
            browser.type("search:q", "pug");
            browser.click("search:go");
            assertThat(browser.textOnceItContains(By.id("messages"), "kantor ditemukan")).containsPattern("\\d+ kantor ditemukan\\.");
            String found = browser.textOnceItContains(By.id("offices"), "Ringkasan PUG");
            assertThat(found).contains("Ringkasan PUG").doesNotContain("Dinas Sosial Provinsi");
            Accessibility.check(browser.driver(), "issuing offices searched, " + screen.name());
            Accessibility.fitsWidth(browser.driver(), "issuing offices searched, " + screen.name());

            browser.type("search:q", "tidak ada kantor bernama ini");
            browser.click("search:go");
            assertThat(browser.textOnceItContains(By.id("offices"), "Tidak ada kantor yang cocok.")).contains("Tidak ada kantor yang cocok.");
            browser.screenshot("admin-offices-searched-" + screen.name());
        }
    }
}
