package id.berdaya.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Each role walks its day on a 1366 × 768 screen in Bahasa Indonesia and on a 360 × 740 phone in
 * English. On every page: axe-core finds no critical or serious violation, nothing runs off the side
 * of the screen, and no resource is missing; on the phone every top-bar link is reachable from the menu.
 */
class DailyWorkBrowserIT extends BrowserTest {

    private record Screen(String name, int width, int height, String language) {
        boolean phone() {
            return width < 800;
        }
    }

    private static final List<Screen> SCREENS = List.of(new Screen("desktop", 1366, 768, "id"),
            new Screen("phone", 360, 740, "en"));

    @Test
    void aLoanOfficerRecordsApplicationsAndLooksUpLoans() {
        for (Screen screen : SCREENS) {
            start("petugas", screen);
            visit(screen, "wrse/applications.xhtml", "list:rows");
            visit(screen, "wrse/intake.xhtml", "intake:nik");
            WebElement birthDate = browser.waitFor(By.id("intake:birthDate_input"));
            birthDate.click();
            birthDate.sendKeys("05031990");
            assertThat(birthDate.getAttribute("value")).as("typed digits kept in the DD-MM-YYYY mask").isEqualTo("05-03-1990");
            assertThat(birthDate.getAttribute("placeholder")).isIn("HH-BB-TTTT", "DD-MM-YYYY");
            visit(screen, "kubp/loans.xhtml", "search:q");
            visit(screen, "reports.xhtml", "kubpLoan:loanId_input");
            visit(screen, "regions.xhtml", "regencies");
            browser.close();
            browser = Browser.open(app.toString());
        }
    }

    @Test
    void aSupervisorWorksThroughTheQueue() {
        ApiClient officer = ApiClient.demo(app, "petugas");
        long id = officer.post("api/wrse/applications", WrseApplicants.eligible().registries("P3KE:1").json()).json()
                .getJsonNumber("id").longValue();
        officer.post("api/wrse/applications/" + id + "/submission", "");
        for (Screen screen : SCREENS) {
            start("penyelia", screen);
            assertThat(browser.text(By.id("queueCount"))).matches("[1-9]\\d* .*");
            visit(screen, "queue.xhtml", "reviewCount");
            assertThat(browser.text(By.id("review"))).contains(String.valueOf(id));
            browser.driver().findElement(By.linkText(String.valueOf(id))).click();
            browser.waitFor(By.id("decisionInForce"));
            Accessibility.check(browser.driver(), "wrse/application.xhtml on the " + screen.name());
            visit(screen, "kubp/loans.xhtml", "search:q");
            browser.close();
            browser = Browser.open(app.toString());
        }
    }

    @Test
    void financeStaffFollowTheLoansAndTheirReports() {
        for (Screen screen : SCREENS) {
            start("keuangan", screen);
            visit(screen, "kubp/loans.xhtml", "search:q");
            visit(screen, "kubp/portfolio.xhtml", "districts:table");
            visit(screen, "reports.xhtml", "kubpLoan:loanId_input");
            browser.close();
            browser = Browser.open(app.toString());
        }
    }

    @Test
    void policyStaffReadTheRankingAndThePortfolio() {
        for (Screen screen : SCREENS) {
            start("kebijakan", screen);
            visit(screen, "wrse/applications.xhtml", "list:rows");
            visit(screen, "wrse/ranking.xhtml", "quota:year_input");
            visit(screen, "kubp/portfolio.xhtml", "districts:table");
            browser.close();
            browser = Browser.open(app.toString());
        }
    }

    @Test
    void anAdministratorLooksAfterUsers() {
        for (Screen screen : SCREENS) {
            start("admin", screen);
            visit(screen, "admin/users.xhtml", "users");
            visit(screen, "regions.xhtml", "regencies");
            browser.close();
            browser = Browser.open(app.toString());
        }
    }

    /** Logs in on this screen, checks the login and home pages, and switches to the screen's language. */
    private void start(String user, Screen screen) {
        browser.viewport(screen.width(), screen.height());
        browser.go("login.xhtml");
        browser.waitFor(By.id("login:username"));
        Accessibility.check(browser.driver(), "login on the " + screen.name());
        browser.loginAs(user);
        if ("en".equals(screen.language())) {
            openMenu(screen);
            browser.click("topbarForm:langEn");
            browser.waitFor(By.id("greeting"));
        }
        checkPage(screen, "home");
        if (screen.phone()) {
            openMenu(screen);
            for (WebElement link : browser.driver().findElements(By.cssSelector(".topbar .nav a, .topbar .user a, .topbar .user button"))) {
                assertThat(link.isDisplayed()).as("top-bar item %s reachable on the phone", link.getText()).isTrue();
                assertThat(link.getRect().getX() + link.getRect().getWidth()).isLessThanOrEqualTo(screen.width());
            }
        }
    }

    private void openMenu(Screen screen) {
        if (screen.phone() && !browser.driver().findElement(By.id("navToggle")).isSelected()) {
            browser.driver().findElement(By.cssSelector("label[for='navToggle']")).click();
        }
    }

    private void visit(Screen screen, String path, String waitForId) {
        browser.go(path);
        browser.driver().findElement(By.id(waitForId));
        checkPage(screen, path);
    }

    private void checkPage(Screen screen, String what) {
        String where = what + " on the " + screen.name() + " (" + screen.language() + ")";
        assertThat(browser.driver().getPageSource()).as("missing resource on %s", where).doesNotContain("RES_NOT_FOUND");
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(screen.language());
        Number overflow = (Number) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow.intValue()).as("page wider than the screen on %s", where).isLessThanOrEqualTo(0);
        Accessibility.check(browser.driver(), where);
        browser.screenshot("daily-" + what.replaceAll("\\W+", "-") + "-" + screen.name());
    }
}
