package id.berdaya.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 19 in Chromium, on a 1366 × 768 screen and a 360 × 740 phone with axe-core: a loan officer
 * finds applicants in the WRSE list by part of a name and by the whole NIK (shown masked) and sorts
 * the list by name; an administrator sets the district an officer works in.
 */
class ListSearchBrowserIT extends BrowserTest {

    private record Screen(String name, int width, int height) {
    }

    private static final List<Screen> SCREENS = List.of(new Screen("desktop", 1366, 768), new Screen("phone", 360, 740));
    private static final By FIRST_ROW = By.cssSelector("[id='list:rows_data'] > tr:first-child");

    private static String family() {
        StringBuilder name = new StringBuilder("Qb");
        for (int i = 0; i < 8; i++) {
            name.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return name.toString();
    }

    @Test
    void anOfficerSearchesTheApplicationsByNameAndNikAndSortsThem() {
        ApiClient officer = ApiClient.demo(app, "petugas");
        String family = family();
        WrseApplicants ayu = WrseApplicants.eligible().set("fullName", "Ayu " + family);
        WrseApplicants zahra = WrseApplicants.eligible().set("fullName", "Zahra " + family);
        assertThat(officer.post("api/wrse/applications", ayu.json()).status()).isEqualTo(201);
        assertThat(officer.post("api/wrse/applications", zahra.json()).status()).isEqualTo(201);

        browser.loginAs("petugas");
        for (Screen screen : SCREENS) {
            browser.viewport(screen.width(), screen.height());
            browser.go("wrse/applications.xhtml");
            browser.type("list:q", family.toLowerCase(java.util.Locale.ROOT));
            browser.click("list:show");
            assertThat(browser.textOnceItContains(By.id("messages"), "2 permohonan ditemukan")).contains("2 permohonan ditemukan.");
            String rows = browser.textOnceItContains(By.id("list:rows"), "Ayu " + family, "Zahra " + family);
            assertThat(rows).contains("Ayu " + family, "Zahra " + family);
            assertThat(browser.text(FIRST_ROW)).as("newest first before sorting").contains("Zahra " + family);
            Accessibility.check(browser.driver(), "WRSE list searched by name, " + screen.name());
            Accessibility.fitsWidth(browser.driver(), "WRSE list searched by name, " + screen.name());

            browser.click("list:rows:nameColumn");
            assertThat(browser.textOnceItContains(FIRST_ROW, "Ayu " + family)).as("sorted by name, A to Z").contains("Ayu " + family);
            browser.click("list:rows:nameColumn");
            assertThat(browser.textOnceItContains(FIRST_ROW, "Zahra " + family)).as("sorted by name, Z to A").contains("Zahra " + family);
            browser.screenshot("wrse-list-sorted-" + screen.name());
            Accessibility.check(browser.driver(), "WRSE list sorted by name, " + screen.name());

            browser.type("list:q", ayu.nik());
            browser.click("list:show");
            assertThat(browser.textOnceItContains(By.id("messages"), "1 permohonan ditemukan")).contains("1 permohonan ditemukan.");
            String found = browser.textOnceItContains(By.id("list:rows"), "Ayu " + family);
            assertThat(found).doesNotContain("Zahra " + family);
            assertThat(found).as("the NIK is shown masked").doesNotContain(ayu.nik()).contains(ayu.nik().substring(0, 4) + "********" + ayu.nik().substring(12));
            Accessibility.check(browser.driver(), "WRSE list searched by NIK, " + screen.name());
        }
    }

    @Test
    void theAdministratorSetsTheDistrictAnOfficerWorksIn() {
        String username = "kec" + System.nanoTime() % 1_000_000;
        ApiClient.Answer created = ApiClient.demo(app, "admin").post("api/admin/users", Json.createObjectBuilder()
                .add("username", username).add("fullName", "Dewi Lestari").add("regencyCode", "6402")
                .add("roles", Json.createArrayBuilder(List.of("LOAN_OFFICER"))).add("password", "Muara-Badak-2026").build().toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        browser.loginAs("admin");
        String[] districts = {"640206", "640213"};
        for (int i = 0; i < SCREENS.size(); i++) {
            Screen screen = SCREENS.get(i);
            browser.viewport(screen.width(), screen.height());
            browser.go("admin/user.xhtml?username=" + username);
            Select district = new Select(browser.waitFor(By.id("user:districtCode")));
            district.selectByValue(districts[i]);
            browser.click("user:save");
            assertThat(browser.textOnceItContains(By.id("messages"), "disimpan")).contains("Perubahan pada " + username + " disimpan.");
            assertThat(browser.textOnceItContains(By.id("history"), districts[i])).contains("Data diubah", districts[i]);
            assertThat(new Select(browser.waitFor(By.id("user:districtCode"))).getFirstSelectedOption().getText())
                    .isEqualTo(i == 0 ? "640206 Tenggarong" : "640213 Samboja");
            browser.screenshot("admin-user-district-" + screen.name());
            Accessibility.check(browser.driver(), "user page with a district, " + screen.name());
            Accessibility.fitsWidth(browser.driver(), "user page with a district, " + screen.name());

            browser.go("admin/users.xhtml");
            browser.type("search:q", "dewi lest");
            browser.click("search:go");
            assertThat(browser.textOnceItContains(By.id("messages"), "pengguna ditemukan")).containsPattern("\\d+ pengguna ditemukan\\.");
            String users = browser.textOnceItContains(By.id("users"), username);
            assertThat(users).contains(username, "6402 / " + districts[i]).doesNotContain("Rina Wulandari");
            Accessibility.check(browser.driver(), "users list searched, " + screen.name());
        }
        assertThat(ApiClient.demo(app, "admin").get("api/admin/users/" + username).json().getJsonObject("account")
                .getString("districtCode")).isEqualTo("640213");
    }
}
