package id.berdaya.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * What a page load costs on the wire, as Chromium counts it (Network.loadingFinished encodedDataLength:
 * compressed bytes, nothing for what the cache answers): a first visit at most 1 MB, later pages at
 * most 200 KB. The figures are printed.
 */
class PageWeightIT extends BrowserTest {

    private static final long FIRST_LOAD_LIMIT = 1_000_000;
    private static final long LATER_LOAD_LIMIT = 200_000;
    private static final Pattern LOADED = Pattern.compile("\"method\":\"Network\\.loadingFinished\".*?\"encodedDataLength\":(\\d+(?:\\.\\d+)?)");

    @BeforeEach
    void openBrowserWithNetworkLog() {
        browser.close();
        browser = Browser.open(app.toString(), true);
    }

    @Test
    void firstAndLaterPageLoadsStayWithinTheirBudgets() {
        browser.go("login.xhtml");
        browser.waitFor(By.id("login:username"));
        long login = bytesSinceLastLook();
        browser.type("login:username", "petugas").type("login:password", "demo").click("login:submit");
        browser.waitFor(By.id("greeting"));
        long home = bytesSinceLastLook();
        System.out.printf("page weight: login (first visit) %,d bytes; home after login %,d bytes%n", login, home);
        assertThat(login).as("first load of the login page").isLessThanOrEqualTo(FIRST_LOAD_LIMIT);
        assertThat(home).as("first load of the home page").isLessThanOrEqualTo(FIRST_LOAD_LIMIT);

        for (String[] page : new String[][] {{"wrse/applications.xhtml", "list:rows"}, {"wrse/intake.xhtml", "intake:nik"},
                {"kubp/loans.xhtml", "search:q"}, {"reports.xhtml", "kubpLoan:loanId_input"}}) {
            browser.go(page[0]);
            browser.waitFor(By.id(page[1]));
            long later = bytesSinceLastLook();
            System.out.printf("page weight: %s (later visit) %,d bytes%n", page[0], later);
            assertThat(later).as("later load of %s", page[0]).isLessThanOrEqualTo(LATER_LOAD_LIMIT);
        }
    }

    private long bytesSinceLastLook() {
        long total = 0;
        for (LogEntry entry : browser.driver().manage().logs().get(LogType.PERFORMANCE)) {
            Matcher loaded = LOADED.matcher(entry.getMessage());
            if (loaded.find()) {
                total += (long) Double.parseDouble(loaded.group(1));
            }
        }
        return total;
    }
}
