package id.berdaya.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Issue 20 in Chromium: a supervisor adds a good to the culinary catalogue; a loan officer chooses a
 * trained recipient's package from it (over the entitlement refused with the excess named, then within
 * it with the remainder shown) and records the handover before two witnesses. The catalogue and the
 * package at desktop width and 360 px with axe-core.
 */
class WrseGoodsBrowserIT extends BrowserTest {

    @Test
    void aSupervisorFillsTheCatalogueAndAnOfficerChoosesAndHandsOverAPackage() {
        String good = "Oven listrik " + (System.nanoTime() % 100_000);
        long applicationId = WrseGoodsPackageIT.trainedRecipient(app);

        browser.loginAs("penyelia");
        browser.go("wrse/goods.xhtml");
        choose("catalogueForm:field_input", "CULINARY");
        browser.type("catalogueForm:name", good);
        browser.type("catalogueForm:unit", "unit");
        browser.type("catalogueForm:unitPrice", "1250000");
        browser.type("catalogueForm:supplier", "CV Dapur Makmur");
        browser.clickAndWaitForNewPage("catalogueForm:addItem");
        assertThat(browser.textOnceItContains(By.id("catalogue"), good)).contains(good, "CV Dapur Makmur");
        atBothWidths("wrse-goods-catalogue");

        browser.driver().manage().deleteAllCookies();
        browser.loginAs("petugas");
        browser.go("wrse/goods.xhtml?application=" + applicationId);
        quantityOf(good).sendKeys("3");
        browser.clickAndWaitForNewPage("packageForm:choose");
        assertThat(browser.textOnceItContains(By.tagName("main"), "melebihi hak bantuan")).contains("Rp 750.000");
        assertThat(browser.driver().findElements(By.id("total"))).as("nothing saved").isEmpty();

        WebElement quantity = quantityOf(good);
        quantity.clear();
        quantity.sendKeys("2");
        browser.clickAndWaitForNewPage("packageForm:choose");
        assertThat(browser.textOnceItIs(By.id("total"), "Rp 2.500.000")).isEqualTo("Rp 2.500.000");
        assertThat(browser.text(By.id("remainder"))).isEqualTo("Rp 500.000");
        atBothWidths("wrse-goods-package");

        browser.type("handoverForm:witness1Name", "Rina Marlina");
        browser.type("handoverForm:witness1Role", "Kepala Desa");
        browser.type("handoverForm:witness2Name", "Budi Santoso");
        browser.type("handoverForm:witness2Role", "Pendamping");
        browser.clickAndWaitForNewPage("handoverForm:handOver");
        assertThat(browser.textOnceItIs(By.id("deliveredTotal"), "Rp 2.500.000")).isEqualTo("Rp 2.500.000");
        browser.clickAndWaitForNewPage("backToApplication");
        assertThat(browser.textOnceItIs(By.id("status"), "Bantuan diserahkan")).isEqualTo("Bantuan diserahkan");
    }

    private WebElement quantityOf(String good) {
        return browser.waitFor(By.xpath("//tr[th[contains(normalize-space(), '" + good + "')]]//input"));
    }

    /** PrimeFaces menus submit a hidden select: choose in it directly. */
    private void choose(String selectId, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById(arguments[0]).value = arguments[1];", selectId, value);
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
