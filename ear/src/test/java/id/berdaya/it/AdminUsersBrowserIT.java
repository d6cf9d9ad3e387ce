package id.berdaya.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Issue 19 in Chromium: the administrator adds a member of staff (a bad NIP is refused beside the
 * field first), gives her a second role, sets her a new password and disables her, reading each
 * change in the account's history; on a desktop and at 360 px, with axe-core in the page.
 */
class AdminUsersBrowserIT extends BrowserTest {

    @Test
    void theAdministratorAddsChangesAndDisablesAnAccount() {
        String username = "rahma" + System.nanoTime() % 1_000_000;
        browser.loginAs("admin");
        browser.go("admin/users.xhtml");
        browser.click("addUser");
        assertThat(browser.textOnceItIs(By.id("userTitle"), "Pengguna baru")).isEqualTo("Pengguna baru");
        browser.type("user:username", username);
        browser.type("user:fullName", "Rahmawati, S.E.");
        browser.type("user:nip", "1990-05");
        browser.driver().findElement(By.xpath("//input[@name='user:roles' and @value='LOAN_OFFICER']")).click();
        browser.type("user:password", "Kota-Bangun-2026");
        browser.click("user:save");
        assertThat(browser.textOnceItContains(By.id("user"), "NIP terdiri dari 18 angka")).contains("NIP terdiri dari 18 angka");
        Accessibility.check(browser.driver(), "new user, refused NIP");

        browser.type("user:nip", "199005172019032002");
        browser.type("user:password", "Kota-Bangun-2026");
        browser.click("user:save");
        assertThat(browser.textOnceItContains(By.id("messages"), "ditambahkan")).contains("Pengguna " + username + " ditambahkan.");
        assertThat(browser.text(By.id("history"))).contains("Dibuat", "admin", "LOAN_OFFICER");
        browser.screenshot("admin-user-desktop");
        Accessibility.check(browser.driver(), "user page, desktop");

        // She logs in with the password the administrator told her, and must choose her own first.
        try (Browser her = Browser.open(app.toString())) {
            her.go("login.xhtml");
            her.type("login:username", username).type("login:password", "Kota-Bangun-2026").click("login:submit");
            assertThat(her.textOnceItIs(By.id("ownTitle"), "Kata sandi Anda")).isEqualTo("Kata sandi Anda");
            assertThat(her.text(By.id("required"))).contains("ditetapkan oleh administrator");
            her.go("wrse/applications.xhtml");
            assertThat(her.textOnceItIs(By.id("ownTitle"), "Kata sandi Anda")).as("no other page before her own password").isEqualTo("Kata sandi Anda");
            Accessibility.check(her.driver(), "own password page");
            her.type("own:currentPassword", "Kota-Bangun-2026").type("own:newPassword", "Rahma-Sendiri-77")
                    .type("own:repeated", "Rahma-Sendiri-77").click("own:change");
            assertThat(her.textOnceItContains(By.id("greeting"), "Rahmawati")).contains("Rahmawati, S.E.");
            assertThat(her.text(By.id("messages"))).contains("Kata sandi Anda telah diganti.");
        }

        browser.go("admin/user.xhtml?username=" + username);
        browser.driver().findElement(By.xpath("//input[@name='user:roles' and @value='SUPERVISOR']")).click();
        browser.click("user:save");
        assertThat(browser.textOnceItContains(By.id("history"), "Peran diubah")).contains("LOAN_OFFICER → LOAN_OFFICER, SUPERVISOR");

        browser.type("reset:password", "Loa-Kulu-2027!");
        browser.click("reset:set");
        assertThat(browser.textOnceItContains(By.id("messages"), "Kata sandi baru")).contains("Kata sandi baru untuk " + username);
        assertThat(ApiClient.as(app, username, "Rahma-Sendiri-77").get("api/me").status()).isEqualTo(401);

        browser.click("status:disable");
        assertThat(browser.textOnceItIs(By.id("statusText"), "Nonaktif: tidak dapat masuk.")).isEqualTo("Nonaktif: tidak dapat masuk.");
        assertThat(browser.text(By.id("history"))).contains("Dinonaktifkan", "Kata sandi baru ditetapkan");
        assertThat(ApiClient.as(app, username, "Loa-Kulu-2027!").get("api/me").status()).isEqualTo(401);

        browser.viewport(Accessibility.PHONE.width, Accessibility.PHONE.height);
        browser.go("admin/users.xhtml");
        assertThat(browser.textOnceItContains(By.id("users"), username)).contains(username, "Nonaktif");
        Accessibility.check(browser.driver(), "users list, 360 px");
        Accessibility.fitsWidth(browser.driver(), "users list, 360 px");
        browser.driver().findElement(By.linkText(username)).click();
        assertThat(browser.textOnceItIs(By.id("userTitle"), username)).isEqualTo(username);
        browser.screenshot("admin-user-360");
        Accessibility.check(browser.driver(), "user page, 360 px");
        Accessibility.fitsWidth(browser.driver(), "user page, 360 px");
    }
}
