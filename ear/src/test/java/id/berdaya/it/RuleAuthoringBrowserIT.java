package id.berdaya.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 14's acceptance, in Chromium: a policy officer changes the rules in forms and tables without
 * typing any code, a supervisor approves the change, the next screening over the API shows it, and
 * two people roll it back. Bad input gets a message on its field and nothing is saved in force.
 */
class RuleAuthoringBrowserIT extends BrowserTest {

    private static final String WRSE = "wrse-eligibility";
    private static final String KUBP = "kubp-terms";

    @Test
    void theAgeLimitBecomes18To64() {
        LocalDate sixtyTwo = WrseApplicants.today().minusYears(62);
        change(WRSE, "Batas usia 18-64 tahun", n -> {
            WebElement max = argument("criteria", "AGE", "Paling tinggi");
            retype(max, "64");
            // The shipped test case of a woman of 60 now expects her to be eligible.
            editTestCase("60 on the application date", "Usia 60 pada tanggal permohonan: layak", "ELIGIBLE", "AGE", "PASS");
            atBothWidths("authoring-draft");
        }, "64", () -> assertThat(screen(WrseApplicants.eligible().born(sixtyTwo)).getString("decision")).isEqualTo("INELIGIBLE"),
                () -> assertThat(screen(WrseApplicants.eligible().born(sixtyTwo)).getString("decision")).isEqualTo("ELIGIBLE"),
                true);
    }

    @Test
    void bpntRecipientsAreExcludedLikePkhAndKube() {
        change(WRSE, "Penerima BPNT dikecualikan", n -> {
            int rows = rows("criteria");
            browser.click("authorForm:addCriterion");
            WebElement code = browser.waitFor(By.id("authorForm:criteria:" + rows + ":code"));
            retype(code, "BPNT");
            waitUntil(() -> !browser.driver().findElements(reasonText("BPNT.FAIL", "textId")).isEmpty());
            new Select(browser.waitFor(By.id("authorForm:criteria:" + rows + ":template"))).selectByValue("NOT_RECEIVING");
            WebElement programme = argument("criteria", "BPNT", "Program");
            new Select(programme).selectByValue("BPNT");
            fillReason("BPNT.PASS", "Tidak menerima {programme}", "Not receiving {programme}");
            fillReason("BPNT.FAIL", "Sedang menerima {programme}", "Currently receiving {programme}");
        }, "BPNT", () -> assertThat(screen(WrseApplicants.eligible().aid("BPNT")).getString("decision")).isEqualTo("ELIGIBLE"),
                () -> {
                    JsonObject decision = screen(WrseApplicants.eligible().aid("BPNT"));
                    assertThat(decision.getString("decision")).isEqualTo("INELIGIBLE");
                    assertThat(WrseApplicants.outcomes(decision)).containsEntry("BPNT", "FAIL");
                }, false);
    }

    @Test
    void theRegistryCriterionBecomesListedInDtsenWithDecile1To4() {
        change(WRSE, "Inpres 4/2025: DTSEN desil 1-4", n -> {
            setCodes("criteria", "REGISTRY", "Data terpadu", List.of("DTSEN"));
            retype(argument("criteria", "REGISTRY", "Desil paling tinggi"), "4");
            // Listed in DTKS alone is no longer enough: the shipped case now expects a refusal, with no score.
            editTestCase("Only in DTKS", "Hanya di DTKS: tidak layak", "INELIGIBLE", "REGISTRY", "FAIL");
        }, "DTSEN",
                () -> assertThat(screen(WrseApplicants.eligible().registries("DTSEN:3")).getString("decision")).isEqualTo("INELIGIBLE"),
                () -> {
                    assertThat(screen(WrseApplicants.eligible().registries("DTSEN:3")).getString("decision")).isEqualTo("ELIGIBLE");
                    assertThat(screen(WrseApplicants.eligible().registries("DTSEN:5")).getString("decision")).isEqualTo("INELIGIBLE");
                }, false);
    }

    @Test
    void aViolenceSurvivorGetsTwentyPriorityPoints() {
        WrseApplicants survivor = WrseApplicants.eligible().set("circumstances",
                Json.createArrayBuilder().add("VIOLENCE_SURVIVOR").build());
        int[] score = new int[1];
        change(WRSE, "Prioritas penyintas kekerasan +20", n -> {
            // The score is at most 100: room is made first (no points for earlier training, marital status 15 -> 5),
            // which she, married and untrained, does not feel; the one shipped case it moves is corrected in its form.
            browser.click(rowId("scores", "SKILLS_TRAINING") + ":remove");
            waitUntil(() -> rowIdOrNull("scores", "SKILLS_TRAINING") == null);
            retype(browser.waitFor(By.id(rowId("scores", "MARITAL_STATUS") + ":points")), "5");
            int rows = rows("scores");
            browser.click("authorForm:addScore");
            WebElement code = browser.waitFor(By.id("authorForm:scores:" + rows + ":code"));
            retype(code, "VIOLENCE_SURVIVOR");
            waitUntil(() -> !browser.driver().findElements(reasonText("SCORE.VIOLENCE_SURVIVOR", "textId")).isEmpty());
            new Select(argument("scores", "VIOLENCE_SURVIVOR", "Keadaan")).selectByValue("VIOLENCE_SURVIVOR");
            retype(browser.waitFor(By.id("authorForm:scores:" + rows + ":points")), "20");
            fillReason("SCORE.VIOLENCE_SURVIVOR", "Penyintas kekerasan (rujukan UPTD PPA)", "Violence survivor (UPTD PPA referral)");

            // "Divorced, trained, with a business, P3KE desil 2": 60 before, 20 less now (training 10, marital 15 -> 5).
            WebElement divorced = browser.waitFor(By.xpath("//tbody[@id='authorForm:testCases_data']/tr[td[1][contains(normalize-space(), 'Divorced, trained')]]"));
            WebElement edit = divorced.findElement(By.xpath(".//button[contains(@id,':edit')]"));
            int index = Integer.parseInt(edit.getAttribute("id").replaceAll(".*:testCases:(\\d+):edit", "$1"));
            edit.click();
            waitUntil(() -> browser.text(By.id("caseTitle")).endsWith(" " + (index + 1)));
            WebElement label = browser.waitFor(By.xpath("//label[starts-with(normalize-space(), 'Skor yang diharapkan')]"));
            WebElement expected = browser.driver().findElement(By.id(label.getAttribute("for")));
            int before = Integer.parseInt(expected.getAttribute("value").trim());
            retype(expected, String.valueOf(before - 20));
            atBothWidths("authoring-circumstance-score");
        }, "VIOLENCE_SURVIVOR", () -> score[0] = screen(survivor).getInt("priorityScore"),
                () -> assertThat(screen(survivor).getInt("priorityScore")).isEqualTo(Math.min(100, score[0] + 20)), false);
    }

    @Test
    void theKubpCeilingPerMemberBecomesFifteenMillion() {
        KubpApi kubp = new KubpApi(app);
        LocalDate disbursed = LocalDate.of(2025, 1, 10);
        change(KUBP, "Plafon per anggota Rp 15.000.000", n -> {
            retype(parameter("PRINCIPAL_MAX_PER_MEMBER"), "15000000");
            // Rp 12,000,000 a member is within the new ceiling: the shipped case now expects an approvable request.
            WebElement row = browser.waitFor(By.xpath("//tbody[@id='authorForm:kubpCases_data']/tr[td[1][contains(normalize-space(),"
                    + "'Rp 60,000,000 for five members')]]"));
            row.findElement(By.cssSelector("button[id$=':edit']")).click();
            waitUntil(() -> browser.driver().findElement(By.id("authorForm:kubpName")).getAttribute("value").startsWith("Rp 60,000,000"));
            assertThat(browser.text(By.id("kubpMembers"))).contains("5 perempuan");
            retype(browser.waitFor(By.id("authorForm:kubpName")), "Rp 60.000.000 untuk lima anggota: dapat disetujui");
            WebElement approvable = browser.waitFor(By.id("authorForm:kubpApprovable"));
            if (!approvable.isSelected()) {
                approvable.click();
            }
            tick(browser.waitFor(By.id("authorForm:kubpViolations")), List.of());
            atBothWidths("authoring-kubp-case");
        },
                "15000000", () -> {
                    ApiClient.Answer refused = kubp.apply(kubp.group("640201", 5), 60_000_000, 12, disbursed, disbursed.plusMonths(1));
                    assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
                    assertThat(refused.body()).contains("CEILING_PER_MEMBER");
                }, () -> {
                    ApiClient.Answer applied = kubp.apply(kubp.group("640202", 5), 60_000_000, 12, disbursed, disbursed.plusMonths(1));
                    assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
                }, false);
    }

    @Test
    void badInputIsAMessageOnItsFieldAndNothingIsSavedInForce() {
        RuleSetApi api = RuleSetApi.wrse(app, "kebijakan");
        int original = api.inForce();
        browser.loginAs("kebijakan");
        int n = newDraft(WRSE, "Isian yang salah");

        WebElement min = argument("criteria", "AGE", "Paling rendah");
        retype(min, "65");
        assertThat(problemOf(argument("criteria", "AGE", "Paling rendah"), argument("criteria", "AGE", "Paling tinggi")))
                .as("a minimum above its maximum").isNotBlank();
        retype(argument("criteria", "AGE", "Paling rendah"), "18");

        retype(argument("criteria", "REGISTRY", "Desil paling tinggi"), "11");
        // Clearing the field first shows "required" for a moment; the message for the typed value follows.
        waitUntil(() -> problemNextTo(argument("criteria", "REGISTRY", "Desil paling tinggi")).contains("11"));
        assertThat(problemOf(argument("criteria", "REGISTRY", "Desil paling tinggi"))).as("a decile of 11").contains("11");

        setCodes("criteria", "REGISTRY", "Data terpadu", List.of());
        assertThat(problemOf(argument("criteria", "REGISTRY", "Data terpadu"))).as("an empty registry list").isNotBlank();

        retype(browser.waitFor(By.id("authorForm:scores:0:points")), "95");
        By pointsProblems = By.cssSelector("[id^='authorForm:scores:'][id$=':pointsProblem']");
        waitUntil(() -> browser.driver().findElements(pointsProblems).stream().anyMatch(e -> e.getText().contains("100")));
        assertThat(browser.driver().findElements(pointsProblems)).extracting(WebElement::getText).filteredOn(t -> !t.isBlank())
                .as("a weight that makes the score exceed 100").allSatisfy(t -> assertThat(t).contains("100"));
        retype(browser.waitFor(By.id("authorForm:scores:0:points")), "30");

        WebElement text = browser.waitFor(reasonText("AGE.OLDER", "textId"));
        retype(text, "Usia {umur} tahun");
        // Clearing the field first shows "required" for a moment; the message for the typed text follows.
        waitUntil(() -> problemNextTo(browser.waitFor(reasonText("AGE.OLDER", "textId"))).contains("umur"));
        assertThat(problemNextTo(browser.waitFor(reasonText("AGE.OLDER", "textId")))).as("an unknown placeholder").contains("umur");
        atBothWidths("authoring-bad-input");

        browser.clickAndWaitForNewPage("authorForm:save");
        assertThat(browser.textOnceItContains(By.id("messages"), "Draf tidak disimpan")).contains("Draf tidak disimpan");
        assertThat(api.inForce()).isEqualTo(original);
        browser.go("rulesets/version.xhtml?ruleSet=" + WRSE + "&number=" + n);
        assertThat(argument("criteria", "REGISTRY", "Desil paling tinggi").getAttribute("value")).isNotEqualTo("11");
        browser.clickAndWaitForNewPage("authorForm:discard");
        browser.waitFor(By.id("newDraftForm:create"));
    }

    /**
     * One change, end to end: the officer edits a new draft in the forms, a supervisor sees the change
     * in rows and values with the test results and the impact, approves it, the next screening shows
     * it; then the officer asks for the earlier version back and the supervisor approves that.
     */
    private void change(String ruleSet, String reason, IntConsumer edit, String expectedInDiff, Runnable oldBehaviour,
            Runnable newBehaviour, boolean checkPages) {
        RuleSetApi api = ruleSet.equals(WRSE) ? RuleSetApi.wrse(app, "kebijakan") : RuleSetApi.kubp(app, "kebijakan");
        int original = api.inForce();
        try {
            oldBehaviour.run();
            browser.loginAs("kebijakan");
            int n = newDraft(ruleSet, reason);
            assertThat(browser.driver().findElements(By.cssSelector(".CodeMirror"))).as("no code editor for policy staff").isEmpty();
            edit.accept(n);
            browser.clickAndWaitForNewPage("authorForm:save");
            assertThat(browser.textOnceItContains(By.id("messages"), "Versi " + n + " tersimpan")).contains("Versi " + n + " tersimpan");
            assertThat(browser.pageText()).contains("Aturan yang dihasilkan (hanya baca)");

            switchTo("penyelia");
            browser.go("rulesets/approve.xhtml?ruleSet=" + ruleSet + "&number=" + n);
            assertThat(browser.text(By.id("changes"))).contains(expectedInDiff);
            assertThat(browser.text(By.id("tests"))).doesNotContain("Gagal");
            assertThat(browser.text(By.id("impactSummary"))).isNotBlank();
            if (checkPages) {
                atBothWidths("authoring-approval");
            }
            browser.type("approvalForm:note", "Disetujui");
            browser.clickAndWaitForNewPage("approvalForm:approve");
            assertThat(browser.textOnceItContains(By.id("messages"), "Versi " + n + " disetujui dan berlaku sejak")).contains("Versi " + n + " disetujui dan berlaku sejak");
            assertThat(api.inForce()).isEqualTo(n);
            newBehaviour.run();

            switchTo("kebijakan");
            browser.go("rulesets/version.xhtml?ruleSet=" + ruleSet + "&number=" + original);
            browser.type("rollbackForm:reason", "Kembali ke aturan sebelumnya");
            browser.clickAndWaitForNewPage("rollbackForm:rollback");
            assertThat(browser.textOnceItContains(By.id("messages"), "Pengembalian ke versi " + original + " diajukan")).contains("Pengembalian ke versi " + original + " diajukan");
            assertThat(api.inForce()).as("one person alone does not roll back").isEqualTo(n);
            if (checkPages) {
                atBothWidths("authoring-rollback-requested");
            }
            switchTo("penyelia");
            browser.go("rulesets/version.xhtml?ruleSet=" + ruleSet + "&number=" + original);
            browser.clickAndWaitForNewPage("rollbackForm:requests:0:approveRollback");
            assertThat(browser.textOnceItContains(By.id("messages"), "Pengembalian ke versi " + original + " disetujui")).contains("Pengembalian ke versi " + original + " disetujui");
            assertThat(api.inForce()).isEqualTo(original);
            oldBehaviour.run();
        } finally {
            api.restore(original);
        }
    }

    /** The page as it is, at desktop width and at 360 px: axe-core finds nothing serious, and it is never wider than the window. */
    private void atBothWidths(String page) {
        for (org.openqa.selenium.Dimension size : List.of(Accessibility.DESKTOP, Accessibility.PHONE)) {
            browser.driver().manage().window().setSize(size);
            Accessibility.check(browser.driver(), page);
            Accessibility.fitsWidth(browser.driver(), page);
            browser.screenshot(page + "-" + size.getWidth());
        }
        browser.driver().manage().window().setSize(Accessibility.DESKTOP);
    }

    private int newDraft(String ruleSet, String reason) {
        browser.go("rulesets/index.xhtml?ruleSet=" + ruleSet);
        browser.type("newDraftForm:reason", reason);
        browser.clickAndWaitForNewPage("newDraftForm:create");
        browser.waitFor(By.id("authorForm"));
        Matcher number = Pattern.compile("number=(\\d+)").matcher(browser.currentUrl());
        assertThat(number.find()).as(browser.currentUrl()).isTrue();
        return Integer.parseInt(number.group(1));
    }

    private void switchTo(String user) {
        browser.driver().manage().deleteAllCookies();
        browser.loginAs(user);
    }

    private JsonObject screen(WrseApplicants applicant) {
        ApiClient.Answer answer = ApiClient.demo(app, "petugas").post("api/wrse/screenings", applicant.json());
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    /**
     * Opens the test case whose name starts so in the test-case form and gives it a new name, the
     * expected decision, one criterion's expected outcome and no expected score, as the officer would.
     */
    private void editTestCase(String nameStart, String newName, String decision, String criterion, String outcome) {
        WebElement row = browser.waitFor(By.xpath("//tbody[@id='authorForm:testCases_data']/tr[td[1][contains(normalize-space(),'"
                + nameStart + "')]]"));
        row.findElement(By.cssSelector("button[id$=':edit']")).click();
        waitUntil(() -> browser.driver().findElement(By.id("authorForm:name")).getAttribute("value").startsWith(nameStart));
        retype(browser.waitFor(By.id("authorForm:name")), newName);
        new Select(browser.waitFor(By.id("authorForm:decision"))).selectByValue(decision);
        WebElement label = browser.waitFor(By.xpath("//div[@id='authorForm:case']//label[normalize-space()='Hasil yang diharapkan untuk "
                + criterion + "']"));
        new Select(browser.driver().findElement(By.id(label.getAttribute("for")))).selectByValue(outcome);
        retype(browser.waitFor(By.id("authorForm:score")), "");
    }

    private int rows(String table) {
        return codeFields(table).size();
    }

    /** The code fields of a table's rows (not the code drop-downs of their arguments). */
    private List<WebElement> codeFields(String table) {
        return browser.driver().findElements(By.cssSelector("input[id^='authorForm:" + table + ":'][id$=':code']")).stream()
                .filter(e -> e.getAttribute("id").matches("authorForm:" + table + ":\\d+:code")).toList();
    }

    /** The input of a row's argument, found by the row's code and the argument's label. */
    private WebElement argument(String table, String code, String label) {
        String row = "//tbody[@id='authorForm:" + table + "_data']/tr[.//input[contains(@id,':code') and @value='" + code + "']]";
        WebElement labelElement = browser.waitFor(By.xpath(row + "//label[normalize-space()='" + label + "']"));
        return browser.driver().findElement(By.id(labelElement.getAttribute("for")));
    }

    /** The client id prefix of a table row, by the code in its code field ("authorForm:scores:7"). */
    private String rowId(String table, String code) {
        String id = rowIdOrNull(table, code);
        assertThat(id).as(code + " in " + table).isNotNull();
        return id;
    }

    private String rowIdOrNull(String table, String code) {
        return codeFields(table).stream().filter(e -> code.equals(e.getAttribute("value"))).map(e -> e.getAttribute("id").replaceAll(":code$", ""))
                .findFirst().orElse(null);
    }

    private WebElement parameter(String code) {
        return browser.waitFor(By.xpath("//tbody[@id='authorForm:parameters_data']/tr[.//span[@class='rs-code' and text()='"
                + code + "']]//input[contains(@id,':text')]"));
    }

    private static By reasonText(String key, String language) {
        return By.xpath("//tbody[@id='authorForm:reasons_data']/tr[.//span[@class='rs-code' and text()='" + key
                + "']]//textarea[contains(@id,':" + language + "')]");
    }

    private void fillReason(String key, String indonesian, String english) {
        retype(browser.waitFor(reasonText(key, "textId")), indonesian);
        retype(browser.waitFor(reasonText(key, "textEn")), english);
    }

    /** Ticks exactly the given codes of a row's code-list argument (check boxes, no typing). */
    private void setCodes(String table, String code, String label, List<String> codes) {
        tick(argument(table, code, label), codes);
    }

    /** Ticks exactly the given values of a group of check boxes. */
    private void tick(WebElement group, List<String> codes) {
        for (WebElement box : group.findElements(By.cssSelector(".ui-chkbox"))) {
            WebElement input = box.findElement(By.cssSelector("input[type=checkbox]"));
            String value = input.getAttribute("value");
            if (input.isSelected() != codes.contains(value)) {
                box.findElement(By.cssSelector(".ui-chkbox-box")).click();
                waitUntil(() -> input.isSelected() == codes.contains(value));
            }
        }
    }

    /** Replaces a field's text and leaves it, so that the check runs as a person would trigger it. */
    private void retype(WebElement field, String text) {
        field.clear();
        field.sendKeys(text, Keys.TAB);
    }

    /** The message shown for the first of these fields that has one (waits until one appears). */
    private String problemOf(WebElement... fields) {
        waitUntil(() -> List.of(fields).stream().anyMatch(f -> !problemNextTo(f).isBlank()));
        return List.of(fields).stream().map(this::problemNextTo).filter(t -> !t.isBlank()).findFirst().orElse("");
    }

    private String problemNextTo(WebElement field) {
        List<WebElement> spans = field.findElements(By.xpath("ancestor::*[contains(@class,'rs-value') or self::td][1]"
                + "//span[contains(@class,'rs-problem')]"));
        return spans.stream().map(WebElement::getText).filter(t -> !t.isBlank()).findFirst().orElse("");
    }

    private void waitUntil(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> condition.getAsBoolean());
    }
}
