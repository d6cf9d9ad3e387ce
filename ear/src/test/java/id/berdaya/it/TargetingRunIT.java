package id.berdaya.it;

import static id.berdaya.it.RegistryFiles.LISTING_HEADER;
import static id.berdaya.it.RegistryFiles.nik;
import static id.berdaya.it.RegistryFiles.person;
import static id.berdaya.it.RegistryFiles.upload;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A targeting run over registry extracts the test imports for Bontang (6474): who is a candidate,
 * who is excluded under which criterion, the ranking, and the lists as CSV and XLSX.
 */
@ExtendWith(ArquillianExtension.class)
class TargetingRunIT {

    private static final LocalDate APPLICATION = LocalDate.of(2026, 11, 15);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL app;

    private ApiClient officer() {
        return ApiClient.demo(app, "petugas");
    }

    private record Someone(String nik, String row) {
    }

    private static Someone someone(int serial, String name, boolean female, LocalDate birth, String marital,
            String relation, String regency, String district, String decile) {
        String nik = nik("647401", birth, female, serial);
        return new Someone(nik, person(nik, name, female, birth, marital, relation, regency, district, district + "0001", decile));
    }

    private long imported(String registry, String asOf, String csv) {
        ApiClient.Answer started = upload(officer(), registry, asOf, csv);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        long id = started.json().getJsonNumber("id").longValue();
        RegistryFiles.awaitCompletedImport(officer(), id);
        return id;
    }

    @Test
    void screensEveryListedPersonOfTheRegencyAndRanksTheCandidates() throws Exception {
        Someone widow = someone(1, "Rahmawati", true, LocalDate.of(1980, 3, 4), "CERAI_MATI", "KEPALA_KELUARGA", "6474", "647401", "1");
        Someone onlyP3ke = someone(2, "Nurhayati", true, LocalDate.of(1986, 5, 6), "KAWIN", "ISTRI", "6474", "647401", "2");
        Someone man = someone(3, "Budi", false, LocalDate.of(1980, 1, 2), "KAWIN", "KEPALA_KELUARGA", "6474", "647402", "1");
        Someone tooOld = someone(4, "Aisyah", true, LocalDate.of(1950, 1, 2), "CERAI_MATI", "KEPALA_KELUARGA", "6474", "647402", "1");
        Someone pkh = someone(5, "Fatimah", true, LocalDate.of(1990, 8, 9), "KAWIN", "ISTRI", "6474", "647401", "1");
        Someone girl = someone(6, "Putri", true, LocalDate.of(2010, 2, 3), "BELUM_KAWIN", "ANAK", "6474", "647401", "1");
        Someone elsewhere = someone(7, "Dewi", true, LocalDate.of(1985, 4, 5), "KAWIN", "ISTRI", "6472", "647201", "1");

        imported("P3KE", "2026-10-01", LISTING_HEADER + "\n" + String.join("\n", widow.row(), onlyP3ke.row(), man.row(),
                tooOld.row(), pkh.row(), girl.row(), elsewhere.row()) + "\n");
        String dtks = LISTING_HEADER + "\n" + String.join("\n", widow.row(), man.row(), tooOld.row(), pkh.row(), girl.row())
                .replaceAll(",\\d\\n", ",\n").replaceAll(",\\d$", ",") + "\n";
        imported("DTKS", "2026-10-01", dtks);
        imported("PKH", "2026-11-01", "NIK,NAMA,PROGRAM,TAHUN\n" + pkh.nik() + ",Fatimah,PKH,2026\n"
                + widow.nik() + ",Rahmawati,PKH,2024\n");

        ApiClient.Answer started = officer().post("api/wrse/targeting-runs",
                "{\"regencyCode\": \"6474\", \"applicationDate\": \"" + APPLICATION + "\"}");
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        long run = started.json().getJsonNumber("id").longValue();
        JsonObject done = RegistryFiles.awaitJson(officer(), "api/wrse/targeting-runs/" + run,
                j -> !"STARTED".equals(j.getString("status")));
        assertThat(done.getString("status")).as(done.toString()).isEqualTo("COMPLETED");
        assertThat(done.getInt("screened")).isEqualTo(6);
        assertThat(done.getInt("candidates")).isEqualTo(2);
        assertThat(done.getInt("excluded")).isEqualTo(4);
        JsonObject byCriterion = done.getJsonObject("byCriterion");
        assertThat(byCriterion.getInt("SEX")).isEqualTo(1);
        assertThat(byCriterion.getInt("AGE")).isEqualTo(2);
        assertThat(byCriterion.getInt("PKH")).isEqualTo(1);
        assertThat(byCriterion.containsKey("SKILL")).as("field criteria are not failures").isFalse();

        JsonObject page = officer().get("api/wrse/targeting-runs/" + run + "/candidates?page=1").json();
        assertThat(page.getInt("total")).isEqualTo(2);
        List<JsonObject> items = page.getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
        assertThat(items).extracting(i -> i.getString("fullName")).containsExactly("Rahmawati", "Nurhayati");
        JsonObject first = items.get(0);
        assertThat(first.getString("nikMasked")).isEqualTo(widow.nik().substring(0, 4) + "********" + widow.nik().substring(12));
        assertThat(first.getInt("score")).isGreaterThan(items.get(1).getInt("score"));
        assertThat(first.getString("districtCode")).isEqualTo("647401");
        assertThat(first.getJsonArray("toCheck").stream().map(v -> ((jakarta.json.JsonString) v).getString()))
                .contains("SKILL", "BUSINESS");
        assertThat(items.get(1).getJsonArray("toCheck").stream().map(v -> ((jakarta.json.JsonString) v).getString()))
                .contains("REGISTRY", "SKILL");
        assertThat(officer().get("api/wrse/targeting-runs/" + run + "/candidates?districtCode=647402").json()
                .getInt("total")).isZero();

        // Issue 19: found by part of a name or the whole NIK, sorted by a column, each keeping her rank in the run.
        String candidates = "api/wrse/targeting-runs/" + run + "/candidates";
        JsonObject byName = officer().get(candidates + "?q=NURHA").json();
        assertThat(byName.getInt("total")).isEqualTo(1);
        assertThat(byName.getJsonArray("items").getJsonObject(0).getString("fullName")).isEqualTo("Nurhayati");
        assertThat(byName.getJsonArray("items").getJsonObject(0).getInt("rank")).isEqualTo(2);
        JsonObject byNik = officer().get(candidates + "?q=" + widow.nik()).json();
        assertThat(byNik.getJsonArray("items").stream().map(i -> i.asJsonObject().getString("fullName"))).containsExactly("Rahmawati");
        assertThat(officer().get(candidates + "?q=" + widow.nik().substring(0, 12)).json().getInt("total")).isZero();
        assertThat(officer().get(candidates + "?sort=-rank").json().getJsonArray("items").stream()
                .map(i -> i.asJsonObject().getString("fullName"))).containsExactly("Nurhayati", "Rahmawati");
        assertThat(officer().get(candidates + "?sort=name").json().getJsonArray("items").stream()
                .map(i -> i.asJsonObject().getInt("rank"))).containsExactly(2, 1);
        assertThat(officer().get(candidates + "?q=" + java.net.URLEncoder.encode("' OR 1=1 --", java.nio.charset.StandardCharsets.UTF_8))
                .json().getInt("total")).isZero();
        ApiClient.Answer badSort = officer().get(candidates + "?sort=score");
        assertThat(badSort.status()).as(badSort.toString()).isEqualTo(400);
        assertThat(badSort.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("sort");

        ApiClient.Answer csv = officer().send(officer().request("api/wrse/targeting-runs/" + run + "/candidates.csv")
                .header("Accept", "text/csv").GET());
        assertThat(csv.status()).isEqualTo(200);
        List<String> lines = csv.body().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).contains("Rahmawati").doesNotContain(widow.nik());

        HttpResponse<byte[]> xlsx = java.net.http.HttpClient.newHttpClient().send(
                officer().request("api/wrse/targeting-runs/" + run + "/candidates.xlsx")
                        .header("Accept", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        // Read through the central directory: POI's streamed entries carry their sizes only there.
        java.nio.file.Path xlsxFile = java.nio.file.Files.createTempFile("candidates-", ".xlsx");
        java.nio.file.Files.write(xlsxFile, xlsx.body());
        String sheet;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(xlsxFile.toFile())) {
            sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
        }
        // Names are shared strings in an XLSX; the streaming workbook writes them inline in the sheet.
        assertThat(sheet).contains("Rahmawati", "Nurhayati").doesNotContain("Budi");

        HttpResponse<byte[]> pdf = java.net.http.HttpClient.newHttpClient().send(
                officer().request("api/wrse/targeting-runs/" + run + "/field-list.pdf?villageCode=6474010001")
                        .header("Accept", "application/pdf").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("DESA 6474010001", "Rahmawati", "Nurhayati").doesNotContain(widow.nik());
            assertThat(text.indexOf("Rahmawati")).isLessThan(text.indexOf("Nurhayati"));
        }

        // A newer PKH list: Nurhayati now receives PKH. The next run's change report says she left, and why.
        imported("PKH", "2026-11-20", "NIK,NAMA,PROGRAM,TAHUN\n" + pkh.nik() + ",Fatimah,PKH,2026\n"
                + onlyP3ke.nik() + ",Nurhayati,PKH,2026\n");
        long later = officer().post("api/wrse/targeting-runs",
                "{\"regencyCode\": \"6474\", \"applicationDate\": \"" + APPLICATION + "\"}").json().getJsonNumber("id").longValue();
        assertThat(RegistryFiles.awaitJson(officer(), "api/wrse/targeting-runs/" + later,
                j -> !"STARTED".equals(j.getString("status"))).getInt("candidates")).isEqualTo(1);
        JsonObject changes = officer().get("api/wrse/targeting-runs/" + later + "/changes?since=" + run).json();
        List<JsonObject> inDistrict = changes.getJsonArray("647401").stream().map(JsonValue::asJsonObject).toList();
        assertThat(inDistrict).singleElement().satisfies(c -> {
            assertThat(c.getString("fullName")).isEqualTo("Nurhayati");
            assertThat(c.getString("kind")).isEqualTo("LEFT");
            assertThat(c.getJsonArray("why").getString(0)).isEqualTo("PKH");
        });
    }

    @Test
    void refusesABadRegencyOrDateAndAnUnknownRun() {
        ApiClient.Answer noProvince = officer().post("api/wrse/targeting-runs",
                "{\"regencyCode\": \"9999\", \"applicationDate\": \"2026-11-15\"}");
        assertThat(noProvince.status()).isEqualTo(400);
        assertThat(noProvince.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("regencyCode");
        ApiClient.Answer badDate = officer().post("api/wrse/targeting-runs",
                "{\"regencyCode\": \"6402\", \"applicationDate\": \"15-11-2026\"}");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("applicationDate");
        ApiClient.Answer farFuture = officer().post("api/wrse/targeting-runs",
                "{\"regencyCode\": \"6402\", \"applicationDate\": \"2099-01-01\"}");
        assertThat(farFuture.status()).isEqualTo(400);
        assertThat(officer().get("api/wrse/targeting-runs/987654").status()).isEqualTo(404);
        assertThat(officer().get("api/wrse/targeting-runs/987654/candidates?districtCode=64x").status()).isIn(400, 404);
    }
}
