package id.berdaya.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Issue 20 in Chromium: a loan officer records an appeal from the refused application's page (a first
 * try without grounds is refused beside the field and saves nothing), a supervisor finds it on the
 * work queue, re-screens it under the original rules and sees both versions' results. The form, the
 * queue and the decided appeal at desktop width and 360 px with axe-core.
 */
class WrseAppealBrowserIT extends BrowserTest {

    @Test
    void anOfficerRecordsAnAppealAndASupervisorDecidesItFromTheQueue() throws Exception {
        long applicationId = refusedWithLetter();

        browser.loginAs("petugas");
        browser.go("wrse/application.xhtml?id=" + applicationId);
        browser.clickAndWaitForNewPage("newAppeal");
        assertThat(browser.text(By.id("appealTitle"))).contains(String.valueOf(applicationId));
        atBothWidths("wrse-appeal-form");

        choose("appealForm:ground_input", "REGISTRY_ERROR");
        browser.clickAndWaitForNewPage("appealForm:lodge");
        assertThat(browser.textOnceItContains(By.id("appealForm"), "Alasan sanggahan wajib diisi"))
                .contains("Alasan sanggahan wajib diisi");
        assertThat(browser.currentUrl()).doesNotContain("id=");
        atBothWidths("wrse-appeal-refused");

        choose("appealForm:ground_input", "REGISTRY_ERROR");
        browser.type("appealForm:grounds", "Terdaftar di DTKS dan P3KE desil 1; ekstrak belum memuat data desa");
        browser.type("appealForm:newFacts", "Kartu P3KE dan surat keterangan desa");
        browser.driver().findElement(By.cssSelector("[id='appealForm:correctRegistries'] .ui-chkbox-box")).click();
        browser.driver().findElements(By.cssSelector("input[type='checkbox'][id$=':listed']")).subList(0, 2)
                .forEach(box -> box.click());
        List<org.openqa.selenium.WebElement> deciles = browser.driver().findElements(By.cssSelector("input[id$=':decile']"));
        deciles.get(1).clear();
        deciles.get(1).sendKeys("1");
        choose("appealForm:registry_input", "P3KE");
        browser.type("appealForm:correction", "Cantumkan rumah tangga ini di P3KE desil 1");
        browser.clickAndWaitForNewPage("appealForm:lodge");
        assertThat(browser.textOnceItIs(By.id("appealStatus"), "DIAJUKAN")).isEqualTo("DIAJUKAN");
        assertThat(browser.text(By.id("correctedRegistries"))).contains("DTKS", "P3KE desil 1");
        String appealUrl = browser.currentUrl();
        String appealId = appealUrl.replaceAll(".*[?&]id=(\\d+).*", "$1");

        switchTo("penyelia");
        browser.go("queue.xhtml");
        assertThat(browser.textOnceItContains(By.id("appeals"), appealId)).contains(appealId);
        atBothWidths("wrse-appeal-queue");
        browser.go("wrse/appeal.xhtml?id=" + appealId);
        browser.driver().findElements(By.cssSelector("[id='decisionForm:choice'] .ui-radiobutton-box")).get(0).click();
        browser.clickAndWaitForNewPage("decisionForm:decide");
        assertThat(browser.textOnceItIs(By.id("outcome"), "Diterima: memenuhi syarat")).isEqualTo("Diterima: memenuhi syarat");
        assertThat(browser.text(By.id("originalOutcome"))).isEqualTo("Layak");
        assertThat(browser.text(By.id("appealStatus"))).isEqualTo("DIPUTUS");
        atBothWidths("wrse-appeal-decided");
    }

    /** An applicant listed in no registry, screened INELIGIBLE over the API, with her decision letter printed. */
    private long refusedWithLetter() throws Exception {
        ApiClient officer = ApiClient.demo(app, "petugas");
        ApiClient.Answer created = officer.post("api/wrse/applications", WrseApplicants.eligible().registries().json());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        JsonObject submitted = officer.post("api/wrse/applications/" + id + "/submission", "").json();
        assertThat(submitted.getString("decision")).isEqualTo("INELIGIBLE");
        HttpResponse<byte[]> letter = HttpClient.newHttpClient().send(officer.request("api/reports/wrse/applications/" + id
                + "/decision-letter.pdf").setHeader("Accept", "application/pdf").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(letter.statusCode()).isEqualTo(200);
        return id;
    }

    /** PrimeFaces menus submit a hidden select: choose in it directly. */
    private void choose(String selectId, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById(arguments[0]).value = arguments[1];", selectId, value);
    }

    private void switchTo(String user) {
        browser.driver().manage().deleteAllCookies();
        browser.loginAs(user);
    }

    private void atBothWidths(String page) {
        for (org.openqa.selenium.Dimension size : List.of(Accessibility.DESKTOP, Accessibility.PHONE)) {
            browser.driver().manage().window().setSize(size);
            Accessibility.check(browser.driver(), page);
            Accessibility.fitsWidth(browser.driver(), page);
            browser.screenshot(page + "-" + size.getWidth());
        }
        browser.driver().manage().window().setSize(Accessibility.DESKTOP);
    }
}
