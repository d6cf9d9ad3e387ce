package id.berdaya.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * From registration to the group meeting, as the staff do it in Chromium: the loan officer
 * registers a group with its members and applies, the supervisor approves, finance disburses,
 * a collection sheet is opened and printed for the meeting, entered afterwards and the loan is paid.
 */
class KubpGroupMeetingBrowserIT extends BrowserTest {

    private static final String DISTRICT = "640214";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Makassar"));

    private void fillMember(int row, String role, String telephone) {
        int serial = KubpApi.nextSerial();
        LocalDate birth = LocalDate.of(1980, 1, 1).plusDays(serial % 3000);
        String nik = String.format("640206%02d%02d%02d%04d", birth.getDayOfMonth() + 40, birth.getMonthValue(),
                birth.getYear() % 100, serial);
        String prefix = "group:members:" + row + ":";
        browser.type(prefix + "nik", nik).type(prefix + "fullName", "Ibu Uji " + serial)
                .type(prefix + "birthDate", birth.toString());
        new Select(browser.waitFor(By.id(prefix + "role"))).selectByValue(role);
        if (telephone != null) {
            browser.type(prefix + "telephone", telephone);
        }
    }

    private void typeDate(String id, LocalDate date) {
        WebElement input = browser.waitFor(By.id(id + "_input"));
        String typed = Browser.typed(date);
        // As a person retypes a filled, masked date: select what is there, then type over it.
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(typed);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> typed.equals(input.getAttribute("value")));
        browser.driver().findElement(By.tagName("h1")).click(); // closes the calendar overlay
    }

    private void checkPage(String page) {
        for (Dimension size : new Dimension[] {Accessibility.PHONE, Accessibility.DESKTOP}) {
            browser.driver().manage().window().setSize(size);
            Accessibility.check(browser.driver(), page);
            if (size.equals(Accessibility.PHONE)) {
                Accessibility.fitsWidth(browser.driver(), page);
                browser.screenshot("kubp-" + page + "-360");
            }
        }
    }

    @Test
    void registerApplyApproveDisbursePrintEnterAndSeeTheLoanPaid() throws Exception {
        String groupName = "KUBP Anggrek " + System.nanoTime() % 100_000;
        LocalDate disbursed = TODAY.minusMonths(3);

        browser.loginAs("petugas").go("kubp/group.xhtml");
        browser.type("group:name", groupName).type("group:village", "Desa Teluk Dalam");
        new Select(browser.waitFor(By.id("group:districtCode"))).selectByValue(DISTRICT);
        new Select(browser.waitFor(By.id("group:businessField"))).selectByValue("CULINARY");
        typeDate("group:foundedOn", LocalDate.of(2019, 6, 1));
        fillMember(0, "CHAIR", "+60 12 345 6789");
        fillMember(1, "SECRETARY", null);
        fillMember(2, "TREASURER", null);
        fillMember(3, "MEMBER", null);
        fillMember(4, "MEMBER", null);
        browser.click("group:addMember");
        fillMember(5, "MEMBER", null);
        assertThat(browser.text(By.id("oneGroupHelp"))).contains("satu kelompok");
        checkPage("group-form");
        browser.click("group:save");

        // A Malaysian number is refused on the chair's telephone field; nothing is saved.
        assertThat(browser.text(By.id("messages"))).contains("bukan nomor telepon Indonesia");
        assertThat(browser.currentUrl()).doesNotContain("id=");
        browser.type("group:members:0:telephone", "0812-5555-0101").click("group:save");

        assertThat(browser.text(By.id("messages"))).contains("terdaftar");
        assertThat(browser.text(By.id("groupTitle"))).isEqualTo(groupName);
        assertThat(browser.text(By.id("history"))).contains("Didaftarkan", "petugas");

        browser.click("apply");
        browser.type("apply:amountPerMember", "1000000").type("apply:installments", "6").type("apply:graceMonths", "0");
        typeDate("apply:disbursementDate", disbursed);
        browser.type("apply:purpose", "Modal usaha kue");
        browser.type("apply:installments", "40").click("apply:preview");
        assertThat(browser.text(By.id("refusals"))).contains("TENOR");
        browser.type("apply:installments", "6").click("apply:preview");
        assertThat(browser.text(By.id("termsMet"))).contains("terpenuhi");
        assertThat(browser.text(By.id("schedule"))).contains(disbursed.plusMonths(1).toString(), "1.000.000");
        checkPage("apply");
        browser.click("apply:save");
        assertThat(browser.textOnceItIs(By.id("currentStatus"), "Diajukan")).isEqualTo("Diajukan");
        String loanUrl = browser.currentUrl();
        long loan = Long.parseLong(loanUrl.replaceAll(".*id=(\\d+).*", "$1"));

        browser.driver().manage().deleteAllCookies(); // a new session, whatever width the top bar has folded to
        browser.loginAs("penyelia");
        browser.driver().get(loanUrl);
        browser.click("approve:go");
        assertThat(browser.textOnceItIs(By.id("currentStatus"), "Disetujui")).isEqualTo("Disetujui");
        browser.driver().manage().deleteAllCookies(); // a new session, whatever width the top bar has folded to

        browser.loginAs("keuangan");
        browser.driver().get(loanUrl);
        typeDate("disburse:date", disbursed);
        browser.click("disburse:go");
        assertThat(browser.textOnceItIs(By.id("currentStatus"), "Dicairkan")).isEqualTo("Dicairkan");

        browser.go("kubp/sheets.xhtml");
        new Select(browser.waitFor(By.id("open:districtCode"))).selectByValue(DISTRICT);
        typeDate("open:meetingDate", TODAY);
        browser.click("open:go");
        assertThat(browser.textOnceItContains(By.id("messages"), "Lembar penagihan dibuat")).contains("Lembar penagihan dibuat");
        long sheet = Long.parseLong(browser.currentUrl().replaceAll(".*id=(\\d+).*", "$1"));
        WebElement row = browser.waitFor(By.xpath("//tr[.//a[text()='" + groupName + "']]"));
        // Two installments in arrears and the third due today: 3,000,000 to collect.
        assertThat(row.getText()).contains("3.000.000");
        browser.click("print:pdf");
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(ApiClient.demo(app, "keuangan")
                .request("api/kubp/collection-sheets/" + sheet + "/sheet.pdf").setHeader("Accept", "application/pdf")
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("LEMBAR PENAGIHAN ANGSURAN KUBP", groupName + " (#" + loan + ")");
        }
        checkPage("sheet");

        String rowPrefix = row.findElement(By.xpath(".//input[contains(@id,':amount')]")).getAttribute("id")
                .replace(":amount", ":");
        browser.type(rowPrefix + "amount", "6000000").type(rowPrefix + "receiptNo", "KW-UI-" + System.nanoTime())
                .type(rowPrefix + "attendance", "6");
        browser.click("entries:post");
        assertThat(browser.textOnceItContains(By.id("messages"), "1 baris baru")).contains("1 baris baru");
        assertThat(browser.text(By.id(rowPrefix + "state"))).isEqualTo("Dibukukan");
        browser.click("entries:post"); // pressed again: a replay, nothing posted twice
        assertThat(browser.textOnceItContains(By.id("messages"), "0 baris baru, 1 baris sudah dibukukan")).contains("0 baris baru, 1 baris sudah dibukukan");

        browser.driver().get(loanUrl);
        assertThat(browser.text(By.id("currentStatus"))).isEqualTo("Lunas");
        assertThat(browser.text(By.id("outstanding"))).isEqualTo("0");
    }

    @Test
    void aSupervisorSeesAGroupWithMaskedNiksAndFindsItByAMembersName() {
        KubpApi kubp = new KubpApi(app);
        java.util.List<String> members = KubpApi.women(5);
        long group = kubp.group(DISTRICT, members);
        String name = members.get(2).replaceAll(".*\"fullName\":\"([^\"]+)\".*", "$1");

        browser.loginAs("penyelia").go("kubp/groups.xhtml");
        browser.type("search:q", name).click("search:go");
        assertThat(browser.text(By.id("groups"))).contains(name + " (6402********");
        checkPage("groups");
        browser.go("kubp/group.xhtml?id=" + group);
        assertThat(browser.text(By.id("roMembers"))).contains("6402********");
        assertThat(browser.driver().findElements(By.id("group:save"))).isEmpty();
        checkPage("group-read");
    }
}
