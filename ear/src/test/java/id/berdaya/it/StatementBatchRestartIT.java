package id.berdaya.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A batch of statements is a restartable job (issue 21): stopped midway it goes on from its last
 * checkpoint, and its merged PDF has every loan's statement exactly once, with the same letter number
 * a single print of that statement shows. Only its owner and supervisors see it.
 */
@ExtendWith(ArquillianExtension.class)
class StatementBatchRestartIT {

    private static final String BATCHES = "api/reports/kubp/statement-batches";
    private static final Pattern NUMBER = Pattern.compile("Nomor : (\\S+)");
    private static final Pattern LOAN = Pattern.compile("KUBP-\\d{4}-\\d{4}");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL app;

    @Test
    void aBatchStoppedMidwayIsRestartedAndPrintsEveryStatementOnce() throws Exception {
        ApiClient finance = ApiClient.demo(app, "keuangan");
        JsonObject stopped = null;
        LocalDate asOf = null;
        // A date of its own, so that its letters are new (and slow enough to stop); should the batch
        // finish before the stop reaches it, the next date is tried.
        for (int daysAgo = 41; daysAgo < 46 && stopped == null; daysAgo++) {
            asOf = LocalDate.now(ZoneId.of("Asia/Makassar")).minusDays(daysAgo);
            ApiClient.Answer started = finance.post(BATCHES, "{\"format\":\"PDF\",\"asOf\":\"" + asOf + "\"}");
            assertThat(started.status()).as(started.toString()).isEqualTo(202);
            String id = started.json().getString("id");
            ApiClient.Answer stop = finance.post(BATCHES + "/" + id + "/stop", "");
            assertThat(stop.status()).as(stop.toString()).isEqualTo(200);
            JsonObject ended = await(finance, id);
            if (ended.getString("state").equals("STOPPED")) {
                stopped = ended;
            } else {
                assertThat(ended.getString("state")).as(ended.toString()).isEqualTo("DONE");
            }
        }
        assertThat(stopped).as("a batch stopped before it was done").isNotNull();
        String id = stopped.getString("id");
        assertThat(stopped.getInt("done")).isLessThan(stopped.getInt("total") < 0 ? Integer.MAX_VALUE : stopped.getInt("total"));
        assertThat(status("keuangan", BATCHES + "/" + id + "/file")).as("no file before it is done").isEqualTo(409);

        // Somebody else's batch: not there for another loan officer, there for a supervisor; admin prints nothing.
        assertThat(ApiClient.demo(app, "petugas").post(BATCHES + "/" + id + "/restart", "").status()).isEqualTo(404);
        assertThat(ApiClient.demo(app, "admin").post(BATCHES + "/" + id + "/restart", "").status()).isEqualTo(403);
        assertThat(ApiClient.demo(app, "penyelia").get(BATCHES + "/" + id).status()).isEqualTo(200);

        ApiClient.Answer restarted = finance.post(BATCHES + "/" + id + "/restart", "");
        assertThat(restarted.status()).as(restarted.toString()).isEqualTo(202);
        JsonObject done = await(finance, id);
        assertThat(done.getString("state")).as(done.toString()).isEqualTo("DONE");
        int total = done.getInt("total");
        assertThat(total).isPositive();
        assertThat(done.getInt("done")).isEqualTo(total);

        String text = pdfText(bytes("keuangan", BATCHES + "/" + id + "/file"));
        List<String> numbers = all(NUMBER, text);
        assertThat(count(text, "Halaman 1 dari")).as("statements in the merged PDF").isEqualTo(total);
        assertThat(new HashSet<>(numbers)).as("letter numbers, one per statement").hasSize(total);
        assertThat(new HashSet<>(all(LOAN, text))).as("loans, one statement each").hasSize(total);

        // The letter a single print gives is the very one the batch printed (same subject, same letter).
        Matcher firstLoan = LOAN.matcher(text);
        assertThat(firstLoan.find()).isTrue();
        long loanId = Long.parseLong(firstLoan.group().substring(firstLoan.group().lastIndexOf('-') + 1));
        String single = pdfText(bytes("keuangan", "api/reports/kubp/loans/" + loanId + "/statement.pdf?asOf=" + asOf));
        assertThat(numbers).contains(all(NUMBER, single).get(0));

        // A finished batch restarted again changes nothing.
        ApiClient.Answer again = finance.post(BATCHES + "/" + id + "/restart", "");
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.json().getString("state")).isEqualTo("DONE");
    }

    @Test
    void anUnknownBatchIsNotFoundAndAFutureDateIsRefused() {
        ApiClient finance = ApiClient.demo(app, "keuangan");
        assertThat(finance.post(BATCHES + "/no-such-batch/restart", "").status()).isEqualTo(404);
        ApiClient.Answer future = finance.post(BATCHES, "{\"asOf\":\""
                + LocalDate.now(ZoneId.of("Asia/Makassar")).plusDays(3) + "\"}");
        assertThat(future.status()).as(future.toString()).isEqualTo(400);
        assertThat(future.body()).contains("asOf");
    }

    private static JsonObject await(ApiClient client, String id) {
        return RegistryFiles.awaitJson(client, BATCHES + "/" + id, batch -> !batch.getString("state").equals("RUNNING"));
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.groupCount() > 0 ? m.group(1) : m.group());
        }
        return found;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            n++;
        }
        return n;
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ').replaceAll("\\s+", " ");
        }
    }

    private int status(String user, String path) throws Exception {
        return send(user, path).statusCode();
    }

    private byte[] bytes(String user, String path) throws Exception {
        HttpResponse<byte[]> response = send(user, path);
        assertThat(response.statusCode()).as(path + ": " + new String(response.body())).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<byte[]> send(String user, String path) throws IOException, InterruptedException {
        ApiClient client = ApiClient.demo(app, user);
        return java.net.http.HttpClient.newHttpClient().send(client.request(path)
                .setHeader("Accept", "application/pdf, application/zip, */*").build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
