package id.berdaya.it;

import static id.berdaya.it.RegistryFiles.LISTING_HEADER;
import static id.berdaya.it.RegistryFiles.nik;
import static id.berdaya.it.RegistryFiles.person;
import static id.berdaya.it.RegistryFiles.upload;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * issue 22: {@code GET /api/wrse/candidate-lists}, the field app's candidate lists: the caller's own
 * district by default, NIKs masked, the intake prefill (full NIK) only for a loan officer and logged
 * as a full-NIK access; roles, and 400/404 naming districtCode.
 */
@ExtendWith(ArquillianExtension.class)
class CandidateListIT {

    /** The demo field officer's district (Muara Badak, Kutai Kartanegara). */
    private static final String DISTRICT = "640205";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL app;

    private final int serial = ThreadLocalRandom.current().nextInt(1000, 9999);

    private static List<JsonObject> objects(JsonObject o, String name) {
        return o.getJsonArray(name).stream().map(JsonValue::asJsonObject).toList();
    }

    private static String field(ApiClient.Answer answer) {
        return objects(answer.json(), "errors").get(0).getString("field");
    }

    @Test
    void givesTheOfficersDistrictMaskedWithThePrefillOnlyForALoanOfficer() throws Exception {
        ApiClient officer = ApiClient.demo(app, "lapangan");
        LocalDate birth = LocalDate.of(1983, 4, 9);
        String widow = nik(DISTRICT, birth, true, serial);
        String elsewhere = nik("640206", LocalDate.of(1985, 2, 3), true, serial);
        String csv = LISTING_HEADER + "\n"
                + person(widow, "Sumiati Kandidat " + serial, true, birth, "CERAI_MATI", "KEPALA_KELUARGA", "6402", DISTRICT,
                        DISTRICT + "0001", "1") + "\n"
                + person(elsewhere, "Lain Kecamatan " + serial, true, LocalDate.of(1985, 2, 3), "CERAI_MATI", "KEPALA_KELUARGA",
                        "6402", "640206", "6402060001", "1") + "\n";
        ApiClient.Answer imported = upload(officer, "P3KE", "2026-10-01", csv);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(202);
        RegistryFiles.awaitCompletedImport(officer, imported.json().getJsonNumber("id").longValue());
        ApiClient.Answer started = officer.post("api/wrse/targeting-runs",
                "{\"regencyCode\": \"6402\", \"applicationDate\": \"" + WrseApplicants.today() + "\"}");
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        long run = started.json().getJsonNumber("id").longValue();
        JsonObject done = RegistryFiles.awaitJson(officer, "api/wrse/targeting-runs/" + run,
                j -> !"STARTED".equals(j.getString("status")));
        assertThat(done.getString("status")).as(done.toString()).isEqualTo("COMPLETED");

        ApiClient.Answer mine = officer.get("api/wrse/candidate-lists");
        assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
        assertThat(mine.json().getString("districtCode")).isEqualTo(DISTRICT);
        assertThat(mine.json().getString("districtName")).isEqualTo("Muara Badak");
        JsonObject list = objects(mine.json(), "runs").stream().filter(r -> r.getJsonNumber("id").longValue() == run)
                .findFirst().orElseThrow(() -> new AssertionError("run " + run + " in " + mine));
        List<JsonObject> candidates = objects(list, "candidates");
        assertThat(candidates).extracting(c -> c.getString("fullName")).contains("Sumiati Kandidat " + serial)
                .doesNotContain("Lain Kecamatan " + serial);
        JsonObject sumiati = candidates.stream().filter(c -> c.getString("fullName").equals("Sumiati Kandidat " + serial))
                .findFirst().orElseThrow();
        assertThat(sumiati.getString("nikMasked")).isEqualTo(widow.substring(0, 4) + "********" + widow.substring(12));
        assertThat(sumiati.getInt("decile")).isEqualTo(1);
        assertThat(sumiati.getInt("rank")).isPositive();
        assertThat(sumiati.getInt("score")).isPositive();
        JsonObject prefill = sumiati.getJsonObject("prefill");
        assertThat(prefill.getString("nik")).isEqualTo(widow);
        assertThat(prefill.getString("birthDate")).isEqualTo(birth.toString());
        assertThat(prefill.getString("sex")).isEqualTo("F");
        assertThat(prefill.getString("maritalStatus")).isEqualTo("WIDOWED");
        assertThat(prefill.getString("villageCode")).isEqualTo(DISTRICT + "0001");

        // The full NIK given for the prefill is recorded as viewed (by record, not by NIK).
        Path log = Path.of(System.getProperty("jboss.home"), "standalone", "log", "nik-access.log");
        assertThat(Files.readString(log)).contains("user=lapangan via=field-app record=targeting-run/" + run
                + "/rank/" + sumiati.getInt("rank")).doesNotContain(widow);

        // A supervisor sees the list, masked, without the prefill; another district on request.
        ApiClient.Answer supervisor = ApiClient.demo(app, "penyelia").get("api/wrse/candidate-lists?districtCode=" + DISTRICT);
        assertThat(supervisor.status()).as(supervisor.toString()).isEqualTo(200);
        assertThat(supervisor.body()).contains(sumiati.getString("nikMasked")).doesNotContain(widow).doesNotContain("\"prefill\":{");
        ApiClient.Answer other = officer.get("api/wrse/candidate-lists?districtCode=640206");
        assertThat(other.status()).isEqualTo(200);
        assertThat(other.body()).contains("Lain Kecamatan " + serial).doesNotContain("Sumiati Kandidat " + serial);
    }

    @Test
    void refusesOtherRolesAndBadDistrictsNamingTheField() {
        assertThat(ApiClient.anonymous(app).get("api/wrse/candidate-lists").status()).isEqualTo(401);
        for (String user : List.of("keuangan", "kebijakan", "admin")) {
            assertThat(ApiClient.demo(app, user).get("api/wrse/candidate-lists?districtCode=" + DISTRICT).status())
                    .as(user).isEqualTo(403);
        }
        // petugas has no district on her account: she must name one.
        ApiClient petugas = ApiClient.demo(app, "petugas");
        ApiClient.Answer none = petugas.get("api/wrse/candidate-lists");
        assertThat(none.status()).as(none.toString()).isEqualTo(400);
        assertThat(field(none)).isEqualTo("districtCode");
        for (String bad : List.of("64020", "6402055", "abcdef", "%D9%A1%D9%A2%D9%A3%D9%A4%D9%A5%D9%A6")) {
            ApiClient.Answer answer = petugas.get("api/wrse/candidate-lists?districtCode=" + bad);
            assertThat(answer.status()).as(bad + ": " + answer).isEqualTo(400);
            assertThat(field(answer)).isEqualTo("districtCode");
        }
        ApiClient.Answer unknown = petugas.get("api/wrse/candidate-lists?districtCode=649999");
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
        assertThat(unknown.json().getString("message")).contains("districtCode").contains("649999");
    }
}
