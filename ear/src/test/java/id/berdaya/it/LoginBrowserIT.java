package id.berdaya.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Staff log in, see the home page of their role, switch language and log out — in Chromium. */
class LoginBrowserIT extends BrowserTest {

    @Test
    void loanOfficerLogsInAndSeesHerHomePage() {
        browser.go("");
        assertThat(browser.currentUrl()).contains("/login.xhtml");
        browser.screenshot("login-page");

        browser.loginAs("petugas");
        assertThat(browser.text(By.id("greeting"))).isEqualTo("Selamat datang, Rina Wulandari");
        assertThat(browser.text(By.id("roles"))).contains("Petugas");
        assertThat(browser.pageText()).contains("Menerima dan memproses permohonan bantuan WRSE");
        assertThat(browser.pageText()).doesNotContain("Mengelola akun pengguna");
        browser.screenshot("home-loan-officer");
    }

    @Test
    void wrongPasswordKeepsTheUserOnTheLoginPageWithAMessage() {
        browser.go("login.xhtml");
        browser.type("login:username", "petugas");
        browser.type("login:password", "salah");
        browser.click("login:submit");
        assertThat(browser.textOnceItContains(By.id("login:messages"), "Nama pengguna atau kata sandi salah.")).contains("Nama pengguna atau kata sandi salah.");
        assertThat(browser.currentUrl()).contains("/login.xhtml");
    }

    @Test
    void theLanguageSwitchesToEnglishAndBack() {
        browser.loginAs("admin");
        browser.clickAndWaitForNewPage("topbarForm:langEn");
        assertThat(browser.textOnceItIs(By.id("greeting"), "Welcome, Administrator Sistem"))
                .isEqualTo("Welcome, Administrator Sistem");
        assertThat(browser.pageText()).contains("Manage staff accounts and their roles.");
        browser.screenshot("home-admin-english");
        browser.clickAndWaitForNewPage("topbarForm:langId");
        assertThat(browser.textOnceItContains(By.id("greeting"), "Selamat datang")).startsWith("Selamat datang");
    }

    @Test
    void aPageForAnotherRoleIsForbiddenAndLogoutEndsTheSession() {
        browser.loginAs("petugas");
        browser.go("admin/users.xhtml");
        assertThat(browser.text(By.id("forbidden"))).isEqualTo("Anda tidak berwenang membuka halaman ini.");

        browser.go("index.xhtml");
        browser.click("topbarForm:logout");
        browser.waitFor(By.id("login:username"));
        browser.go("index.xhtml");
        assertThat(browser.currentUrl()).contains("/login.xhtml");
    }

    @Test
    void administratorSeesTheStaffAccounts() {
        browser.loginAs("admin");
        browser.go("admin/users.xhtml");
        assertThat(browser.text(By.id("users"))).contains("petugas", "Rina Wulandari", "keuangan", "penyelia");
        browser.screenshot("admin-users");
    }
}
