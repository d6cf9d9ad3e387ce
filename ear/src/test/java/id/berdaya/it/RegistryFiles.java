package id.berdaya.it;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import jakarta.json.JsonObject;

/** Registry extract files a test builds row by row, and the calls to upload them and wait for the import. */
final class RegistryFiles {

    static final String LISTING_HEADER =
            "NIK,NO_KK,NAMA,JENIS_KELAMIN,TANGGAL_LAHIR,STATUS_KAWIN,HUBUNGAN_KK,KODE_KAB,KODE_KEC,KODE_DESA,DESIL";
    static final String AID_HEADER = "NIK,NAMA,PROGRAM,TAHUN";

    private RegistryFiles() {
    }

    /** A NIK registered in a district, agreeing with birth date and sex. */
    static String nik(String district, LocalDate birth, boolean female, int serial) {
        return district + String.format("%02d%02d%02d%04d", birth.getDayOfMonth() + (female ? 40 : 0),
                birth.getMonthValue(), birth.getYear() % 100, serial);
    }

    /** One listing row; decile may be empty. */
    static String person(String nik, String name, boolean female, LocalDate birth, String marital, String relation,
            String regency, String district, String village, String decile) {
        return String.join(",", nik, nik.substring(0, 6) + "1203150002", name, female ? "P" : "L", birth.toString(),
                marital, relation, regency, district, village, decile);
    }

    static ApiClient.Answer upload(ApiClient client, String registry, String asOf, String contentType, byte[] body) {
        return client.send(client.request("api/registries/" + registry + "/extracts" + (asOf == null ? "" : "?asOf=" + asOf))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    static ApiClient.Answer upload(ApiClient client, String registry, String asOf, String csv) {
        return upload(client, registry, asOf, "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    /** Waits (up to two minutes) until GET path answers a JSON object the condition accepts. */
    static JsonObject awaitJson(ApiClient client, String path, Predicate<JsonObject> done) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        CountDownLatch never = new CountDownLatch(1);
        JsonObject last = null;
        while (System.nanoTime() < deadline) {
            ApiClient.Answer answer = client.get(path);
            if (answer.status() == 200) {
                last = answer.json();
                if (done.test(last)) {
                    return last;
                }
            }
            try {
                never.await(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError(path + " did not reach the expected state in 2 minutes; last " + last);
    }

    /** Waits until the import has ended (completed, failed or stopped) and returns its last status. */
    static JsonObject awaitImport(ApiClient client, long id) {
        return awaitJson(client, "api/registries/extracts/" + id,
                j -> java.util.Set.of("COMPLETED", "FAILED", "STOPPED").contains(j.getString("status")));
    }

    /** Waits until the import has ended and checks it completed, naming what it says otherwise. */
    static JsonObject awaitCompletedImport(ApiClient client, long id) {
        JsonObject done = awaitImport(client, id);
        if (!"COMPLETED".equals(done.getString("status"))) {
            throw new AssertionError("extract " + id + " did not complete: " + done);
        }
        return done;
    }

}
