package id.berdaya.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Letters are printed where the work is: the decision letter from a WRSE application's page, the
 * statement and the warning letter from a KUBP loan's page; at desktop width and at 360 px, with
 * axe-core finding no serious accessibility violation on either page.
 */
class PrintFromWorkBrowserIT extends BrowserTest {

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {1280, 360})
    void aLoanOfficerPrintsTheDecisionLetterFromTheApplicationPage(int width) {
        long id = decidedApplication();
        browser.driver().manage().window().setSize(new Dimension(width, 900));
        browser.loginAs("petugas");
        browser.go("wrse/application.xhtml?id=" + id);

        assertThat(browser.text(By.id("printForm"))).contains("Cetak dokumen", "Surat pemberitahuan hasil verifikasi");
        assertNoSeriousAxeViolations();
        browser.screenshot("print-application-" + width);

        assertThat(fetchedByTheButton("printForm:printDecision")).startsWith("%PDF");
    }

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {1280, 360})
    void financeStaffPrintTheStatementAndTheWarningFromTheLoanPage(int width) {
        JsonObject late = ApiClient.demo(app, "keuangan").get("api/kubp/loans?status=ACTIVE").jsonArray().stream()
                .map(JsonValue::asJsonObject).filter(l -> l.getInt("daysPastDue") > 30).findFirst().orElseThrow();
        browser.driver().manage().window().setSize(new Dimension(width, 900));
        browser.loginAs("keuangan");
        browser.go("kubp/loan.xhtml?id=" + late.getInt("id"));

        assertThat(browser.text(By.id("printForm"))).contains("Laporan angsuran", "Surat peringatan",
                "Surat persetujuan", "Surat keterangan lunas");
        assertNoSeriousAxeViolations();
        browser.screenshot("print-loan-" + width);

        assertThat(fetchedByTheButton("printForm:printStatement")).startsWith("%PDF");
        assertThat(fetchedByTheButton("printForm:printWarning")).startsWith("%PDF");
    }

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {1280})
    void aRefusedLetterIsAMessageOnTheLoanPage(int width) {
        JsonObject current = ApiClient.demo(app, "keuangan").get("api/kubp/loans?status=ACTIVE").jsonArray().stream()
                .map(JsonValue::asJsonObject).filter(l -> l.getInt("daysPastDue") == 0).findFirst().orElseThrow();
        browser.loginAs("keuangan");
        browser.go("kubp/loan.xhtml?id=" + current.getInt("id"));

        browser.click("printForm:printPayoff");

        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> !browser.text(By.id("printForm:printMessages")).isBlank());
        assertThat(browser.text(By.id("printForm:printMessages"))).contains("belum lunas");
    }

    /**
     * Submits the button's form from inside the page with fetch (a headless browser saves downloads
     * out of sight) and answers the first bytes of what the server sent back.
     */
    private String fetchedByTheButton(String buttonId) {
        Object head = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const button = document.getElementById(arguments[0]);
                const data = new FormData(button.form);
                data.append(button.name, button.value || '');
                fetch(button.form.action, {method: 'POST', body: new URLSearchParams(data), credentials: 'same-origin'})
                  .then(r => r.arrayBuffer())
                  .then(b => done(String.fromCharCode(...new Uint8Array(b.slice(0, 8)))))
                  .catch(e => done('ERROR ' + e));
                """, buttonId);
        return String.valueOf(head);
    }

    private void assertNoSeriousAxeViolations() {
        // The print form is what this issue adds; the rest of each page has its own browser tests.
        Results results = new AxeBuilder().include("#printForm").analyze(browser.driver());
        List<String> serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(Rule::getId).toList();
        assertThat(serious).as("axe-core serious or critical violations").isEmpty();
    }

    private long decidedApplication() {
        return ApiClient.demo(app, "petugas").get("api/wrse/applications?size=100&status=SUBMITTED").json()
                .getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(a -> !a.isNull("currentDecision") && !"NEEDS_REVIEW".equals(a.getString("currentDecision")))
                .findFirst().orElseThrow().getInt("id");
    }
}
