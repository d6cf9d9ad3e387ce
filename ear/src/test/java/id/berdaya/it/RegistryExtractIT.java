package id.berdaya.it;

import static id.berdaya.it.RegistryFiles.LISTING_HEADER;
import static id.berdaya.it.RegistryFiles.nik;
import static id.berdaya.it.RegistryFiles.person;
import static id.berdaya.it.RegistryFiles.upload;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Registry extracts over the API: whole-file refusals, per-row rejections with their lines, exact counts. */
@ExtendWith(ArquillianExtension.class)
class RegistryExtractIT {

    private static final LocalDate BIRTH = LocalDate.of(1985, 7, 5);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL app;

    private ApiClient officer() {
        return ApiClient.demo(app, "petugas");
    }

    private static String good(int serial) {
        String nik = nik("640205", BIRTH, true, serial);
        return person(nik, "Siti Aminah " + serial, true, BIRTH, "KAWIN", "ISTRI", "6402", "640205", "6402052001", "3");
    }

    private static void refused(ApiClient.Answer answer, String field, String... inMessage) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        JsonObject error = answer.json();
        assertThat(error.getInt("status")).isEqualTo(400);
        List<JsonObject> errors = error.getJsonArray("errors").stream().map(v -> v.asJsonObject()).toList();
        assertThat(errors).as(answer.toString()).anySatisfy(e -> {
            assertThat(e.getString("field")).isEqualTo(field);
            if (inMessage.length > 0) {
                assertThat(e.getString("message")).contains(inMessage);
            }
        });
    }

    @Test
    void refusesAnUnknownRegistryAFutureOrMissingAsOfAndAWrongContentType() {
        String csv = LISTING_HEADER + "\n" + good(1) + "\n";
        refused(upload(officer(), "ZAKAT", "2026-11-01", csv), "name", "ZAKAT");
        refused(upload(officer(), "DTSEN", LocalDate.now().plusDays(3).toString(), csv), "asOf", "future");
        refused(upload(officer(), "DTSEN", null, csv), "asOf");
        refused(upload(officer(), "DTSEN", "01-11-2026", csv), "asOf", "YYYY-MM-DD");
        refused(upload(officer(), "DTSEN", "2026-11-01", "application/json", "{}".getBytes(StandardCharsets.UTF_8)),
                "Content-Type");
    }

    @Test
    void refusesAFileThatIsEmptyNotTextOrWithoutTheNeededColumns() {
        refused(upload(officer(), "DTSEN", "2026-11-01", ""), "body", "empty");
        refused(upload(officer(), "DTSEN", "2026-11-01", LISTING_HEADER + "\n"), "body", "no data lines");
        byte[] zip = {0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00};
        refused(upload(officer(), "DTSEN", "2026-11-01", "text/csv", zip), "body", "Not a CSV");
        refused(upload(officer(), "DTSEN", "2026-11-01", "NIK,NAMA,JENIS_KELAMIN,TANGGAL_LAHIR,STATUS_KAWIN,HUBUNGAN_KK,KODE_KAB,KODE_KEC,KODE_DESA\n"
                + "6402054507850001,Siti,P,1985-07-05,KAWIN,ISTRI,6402,640205,\n"), "body", "NO_KK", "DESIL");
        refused(upload(officer(), "PKH", "2026-11-01", "NIK,NAMA,TAHUN\n6402054507850001,Siti,2026\n"), "body", "PROGRAM");
    }

    @Test
    void refusesAFileDeclaredLargerThanTheLimitBeforeReadingIt() throws Exception {
        // 300 MB declared: the server must answer 400 without waiting for (or holding) the body.
        String auth = Base64.getEncoder().encodeToString("petugas:demo".getBytes(StandardCharsets.UTF_8));
        try (Socket socket = new Socket(app.getHost(), app.getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + app.getPath() + "api/registries/DTSEN/extracts?asOf=2026-11-01 HTTP/1.1\r\n"
                    + "Host: " + app.getHost() + "\r\nAuthorization: Basic " + auth + "\r\nContent-Type: text/csv\r\n"
                    + "Accept: application/json\r\nContent-Length: 300000000\r\n\r\n" + LISTING_HEADER + "\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[1 << 16];
            java.util.Arrays.fill(chunk, (byte) 'x');
            InputStream in = socket.getInputStream();
            String status = null;
            try {
                for (int i = 0; i < 5000 && in.available() == 0; i++) {
                    out.write(chunk);
                }
            } catch (java.io.IOException closedByServer) {
                // The server answered and closed the connection while the body was still coming.
            }
            byte[] head = in.readNBytes(12);
            status = new String(head, StandardCharsets.US_ASCII);
            assertThat(status).startsWith("HTTP/1.1 400");
        }
    }

    @Test
    void importsGoodRowsAndRejectsBrokenOnesWithTheirLineColumnAndReason() {
        String csv = LISTING_HEADER + "\n"
                + good(1) + "\n"                                    // line 2
                + good(2) + "\n"                                    // line 3
                + good(3).replace(",P,", ",L,") + "\n"              // line 4: NIK says woman, row says man
                + "\n"                                              // line 5: empty, skipped
                + good(4).replace(",3", ",12") + "\n"               // line 6: decile 12
                + good(1).replace("Siti Aminah 1", "Another") + "\n" // line 7: duplicate NIK of line 2
                + good(5).replace("1985-07-05", "05/07/1985") + "\n" // line 8: day-first date is fine
                + good(6).replace(",640205,", ",640299,") + "\n";   // line 9: no such district
        ApiClient.Answer started = upload(officer(), "DTSEN", "2026-10-01", csv);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        // A small file may be imported before the answer is written: then the answer says so.
        assertThat(started.json().getString("status")).isIn("STARTED", "COMPLETED");
        long id = started.json().getJsonNumber("id").longValue();

        JsonObject done = RegistryFiles.awaitImport(officer(), id);
        assertThat(done.getString("status")).isEqualTo("COMPLETED");
        assertThat(done.getString("registry")).isEqualTo("DTSEN");
        assertThat(done.getString("asOf")).isEqualTo("2026-10-01");
        assertThat(done.getInt("read")).isEqualTo(7);
        assertThat(done.getInt("accepted")).isEqualTo(3);
        assertThat(done.getInt("rejected")).isEqualTo(4);

        ApiClient.Answer rejections = officer().send(officer().request("api/registries/extracts/" + id + "/rejections")
                .header("Accept", "text/csv").GET());
        assertThat(rejections.status()).isEqualTo(200);
        assertThat(rejections.header("Content-Type")).startsWith("text/csv");
        List<String> lines = rejections.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("line,column,reason");
        assertThat(lines).hasSize(5);
        assertThat(lines.get(1)).startsWith("4,NIK,");
        assertThat(lines.get(2)).startsWith("6,DESIL,");
        assertThat(lines.get(3)).startsWith("7,NIK,").contains("baris 2");
        assertThat(lines.get(4)).startsWith("9,KODE_KEC,");
    }

    @Test
    void theSameFileImportedTwiceChangesNothingTheSecondTime() {
        String csv = LISTING_HEADER.toLowerCase().replace(',', ';') + "\r\n"
                + good(101).replace(',', ';') + "\r\n" + good(102).replace(',', ';') + "\r\n";
        long first = upload(officer(), "DTKS", "2026-09-01", csv.replace(";3\r\n", ";\r\n")).json().getJsonNumber("id").longValue();
        assertThat(RegistryFiles.awaitCompletedImport(officer(), first).getInt("accepted")).isEqualTo(2);
        long second = upload(officer(), "DTKS", "2026-09-02", csv.replace(";3\r\n", ";\r\n")).json().getJsonNumber("id").longValue();
        JsonObject again = RegistryFiles.awaitCompletedImport(officer(), second);
        assertThat(again.getInt("accepted")).isEqualTo(2);
        assertThat(again.getInt("unchanged")).isEqualTo(2);
        assertThat(again.getInt("rejected")).isZero();
    }

    @Test
    void importsAnAidRecipientList() {
        String nik = nik("640206", BIRTH, true, 7);
        String csv = "\uFEFFNIK,NAMA,PROGRAM,TAHUN\n" + nik + ",Siti,BPNT,2026\n" + nik + ",Siti,BPNT,2025\n"
                + nik + ",Siti,BPNT,2026\n" + nik + ",Siti,BPNT,3026\n";
        long id = upload(officer(), "BPNT", "2026-11-01", csv).json().getJsonNumber("id").longValue();
        JsonObject done = RegistryFiles.awaitCompletedImport(officer(), id);
        assertThat(done.getInt("accepted")).isEqualTo(2);
        assertThat(done.getInt("rejected")).isEqualTo(2);
    }

    @Test
    void financeStaffMayNotImportAndAnUnknownExtractIsNotFound() {
        String csv = LISTING_HEADER + "\n" + good(1) + "\n";
        assertThat(upload(ApiClient.demo(app, "keuangan"), "DTSEN", "2026-11-01", csv).status()).isEqualTo(403);
        ApiClient.Answer missing = officer().get("api/registries/extracts/987654");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().getInt("status")).isEqualTo(404);
    }
}
