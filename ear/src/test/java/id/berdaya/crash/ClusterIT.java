package id.berdaya.crash;

import static org.assertj.core.api.Assertions.assertThat;

import id.berdaya.it.PageSession;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Two nodes of the {@code ha} server (ear/target/server-ha) on one PostgreSQL database that the test
 * creates and drops, behind the balancer (ear/target/balancer): what one node commits is what the
 * other answers, and a node killed with SIGKILL loses nothing committed and no logged-in session.
 * Runs with {@code -Pcluster} only (docs/cluster.md). Every test works with both nodes up; the kill
 * runs last so that the others need no restart, and a test finding a node dead restarts it.
 */
@EnabledIfSystemProperty(named = "cluster.server", matches = ".+")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    private static final String WRSE_RULES = "api/rulesets/wrse-eligibility";
    private static final LocalDate TODAY = LocalDate.now(WITA);
    private static final AtomicInteger SERIAL = new AtomicInteger(7000);

    private static HarnessDatabase database;
    private static HarnessServer balancer;
    private static final Map<String, HarnessServer> nodes = new ConcurrentHashMap<>();

    @BeforeAll
    static void startCluster() throws Exception {
        Path target = CrashIT.target().resolve("cluster");
        database = HarnessDatabase.of("postgresql", target);
        int a = Integer.getInteger("cluster.port.offset.a", 300);
        int b = Integer.getInteger("cluster.port.offset.b", 400);
        int lb = Integer.getInteger("cluster.port.offset.balancer", 480);
        List<String> peers = List.of("-Dberdaya.cluster.peer.a.port=" + (7600 + a), "-Dberdaya.cluster.peer.b.port=" + (7600 + b));
        Path ha = Path.of(System.getProperty("cluster.server"));
        Path ear = Path.of(System.getProperty("berdaya.ear"));
        balancer = HarnessServer.prepare(Path.of(System.getProperty("cluster.balancer")), null, target.resolve("balancer"), lb, Map.of())
                .withArguments(List.of("-Dberdaya.node.a.port=" + (8080 + a), "-Dberdaya.node.b.port=" + (8080 + b)));
        balancer.start();
        for (String name : List.of("node-a", "node-b")) {
            Map<String, String> environment = new java.util.HashMap<>(database.environment());
            environment.put("BERDAYA_EXTRACTS_DIR", target.resolve("shared-extracts").toAbsolutePath().toString());
            HarnessServer node = HarnessServer.prepare(ha, ear, target.resolve(name), name.equals("node-a") ? a : b, environment);
            List<String> arguments = new ArrayList<>(peers);
            arguments.add("-Djboss.node.name=" + name);
            node.withArguments(arguments);
            nodes.put(name, node);
            // One after the other: the first node migrates the empty database and loads the demo data.
            node.start();
        }
    }

    @AfterAll
    static void stopCluster() throws Exception {
        nodes.values().forEach(HarnessServer::kill);
        if (balancer != null) {
            balancer.kill();
        }
        if (database != null) {
            database.close();
        }
    }

    @BeforeEach
    void bothNodesRun() throws IOException {
        for (HarnessServer node : nodes.values()) {
            if (!node.isRunning()) {
                node.start();
            }
        }
    }

    private static Http on(String node, String user) {
        return new Http(nodes.get(node).appUrl(), user);
    }

    @Test
    @Order(1)
    void aRuleSetApprovedOnOneNodeIsInForceOnTheOtherWithinFiveSecondsAndSoIsItsRollback() throws Exception {
        String before = screeningVersion(on("node-b", "petugas"));
        try (Connection c = database.connect(); PreparedStatement s = c.prepareStatement(
                "select holder from cluster_lease where name = 'rule-set-activations'"); ResultSet rs = s.executeQuery()) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).as("one node holds the activation poll").startsWith("node-");
        }
        Http author = on("node-a", "teknis");
        Http.Answer created = expect(author.post(WRSE_RULES + "/drafts", "{\"reason\":\"Uji klaster: versi baru\"}"), 201, "draft");
        JsonObject draft = created.json();
        int number = draft.getJsonObject("version").getInt("number");
        int original = number - 1;
        JsonArrayBuilder files = Json.createArrayBuilder();
        boolean edited = false;
        for (JsonValue value : draft.getJsonArray("files")) {
            JsonObject file = value.asJsonObject();
            String content = file.getString("content");
            if (!edited && file.getString("path").endsWith(".drl")) {
                content += "\n// cluster test " + UUID.randomUUID() + "\n";
                edited = true;
            }
            files.add(Json.createObjectBuilder().add("path", file.getString("path")).add("content", content));
        }
        String save = Json.createObjectBuilder().add("lockVersion", draft.getJsonObject("version").getJsonNumber("lockVersion"))
                .add("reason", "Uji klaster: komentar di aturan").add("files", files)
                .add("testCases", draft.getJsonArray("testCases")).build().toString();
        JsonObject saved = expect(author.put(WRSE_RULES + "/drafts/" + number, save), 200, "save").json();
        Http.Answer approval = expect(on("node-a", "penyelia").post(WRSE_RULES + "/versions/" + number + "/approval",
                "{\"lockVersion\":" + saved.getJsonObject("version").getJsonNumber("lockVersion") + "}"), 200, "approval");
        long committed = System.nanoTime();
        String approved = approval.json().getString("versionId");
        assertThat(approved).isNotEqualTo(before);
        assertThat(screeningVersion(on("node-a", "petugas"))).as("the approving node swaps at once").isEqualTo(approved);
        long millis = awaitScreeningVersion(on("node-b", "petugas"), approved, committed);
        System.out.printf("[cluster] version approved on node-a in force on node-b after %d ms%n", millis);
        assertThat(millis).as("approval on node-a to in force on node-b").isLessThan(5_000);

        // The rollback: asked for on node-b, approved on node-a, followed by node-b.
        Http.Answer request = expect(on("node-b", "teknis").post(WRSE_RULES + "/versions/" + original + "/rollback",
                "{\"reason\":\"Uji klaster: kembali ke versi sebelumnya\"}"), 200, "rollback request");
        long id = request.json().getJsonNumber("id").longValue();
        expect(on("node-a", "penyelia").post(WRSE_RULES + "/rollbacks/" + id + "/approval", "{}"), 200, "rollback approval");
        long rolledBack = System.nanoTime();
        long back = awaitScreeningVersion(on("node-b", "petugas"), before, rolledBack);
        System.out.printf("[cluster] rollback approved on node-a in force on node-b after %d ms%n", back);
        assertThat(back).as("rollback on node-a to in force on node-b").isLessThan(5_000);
    }

    /** Polls a node's screening until it answers the version; the milliseconds since {@code from}. */
    private static long awaitScreeningVersion(Http node, String version, long from) throws IOException {
        CountDownLatch never = new CountDownLatch(1);
        long deadline = from + Duration.ofSeconds(60).toNanos();
        String seen = null;
        while (System.nanoTime() < deadline) {
            seen = screeningVersion(node);
            if (version.equals(seen)) {
                return (System.nanoTime() - from) / 1_000_000;
            }
            await(never, 100);
        }
        throw new AssertionError("the node still screens with " + seen + ", not " + version + ", after 60 s");
    }

    private static String screeningVersion(Http node) throws IOException {
        int n = SERIAL.incrementAndGet();
        LocalDate birth = LocalDate.of(1970 + n % 29, 1 + n % 12, 1 + n % 28);
        String nik = String.format("640205%02d%02d%02d%04d", birth.getDayOfMonth() + 40, birth.getMonthValue(), birth.getYear() % 100,
                n % 10_000);
        String applicant = "{\"nik\":\"" + nik + "\",\"sex\":\"F\",\"birthDate\":\"" + birth + "\",\"kkNumber\":\"6402051203150007\","
                + "\"fullName\":\"Siti Uji\",\"maritalStatus\":\"MARRIED\",\"regencyCode\":\"6402\",\"districtCode\":\"640205\","
                + "\"applicationDate\":\"" + TODAY + "\",\"registries\":[{\"name\":\"DTKS\"},{\"name\":\"P3KE\",\"decile\":1}],"
                + "\"currentAid\":[],\"priorWrseAidYear\":null,\"hasBusiness\":false,\"businessField\":\"CULINARY\","
                + "\"mainBreadwinner\":true,\"priorSkillsTraining\":false}";
        return expect(node.post("api/wrse/screenings", applicant), 200, "screening").json().getString("ruleSetVersion");
    }

    @Test
    @Order(2)
    void parallelRepaymentsAndLettersSplitAcrossNodesStayExactAndNumbersGapless() throws Exception {
        long loan = disbursedLoan(on("node-a", "petugas"), on("node-a", "penyelia"), on("node-a", "keuangan"));
        List<Long> letterLoans = List.of(loan, disbursedLoan(on("node-b", "petugas"), on("node-b", "penyelia"), on("node-b", "keuangan")));
        Map<String, Long> acknowledged = new ConcurrentHashMap<>();
        List<String> numbers = Collections.synchronizedList(new ArrayList<>());
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (String node : List.of("node-a", "node-b")) {
                String other = node.equals("node-a") ? "node-b" : "node-a";
                work.add(clients.submit(() -> {
                    for (int i = 0; i < 15; i++) {
                        String key = UUID.randomUUID().toString();
                        String body = repayment(10_000 + i * 1_000, node + "-" + i);
                        Http.Answer posted = expect(on(node, "keuangan").post("api/kubp/loans/" + loan + "/repayments", body, key), 201,
                                "repayment");
                        long id = posted.json().getJsonNumber("id").longValue();
                        acknowledged.put(key, 10_000L + i * 1_000);
                        // The same key on the other node is a replay of the same repayment, not a second one.
                        Http.Answer replay = on(other, "keuangan").post("api/kubp/loans/" + loan + "/repayments", body, key);
                        assertThat(replay.json().getJsonNumber("id").longValue()).as("replay on the other node").isEqualTo(id);
                        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
                    }
                    return null;
                }));
                work.add(clients.submit(() -> {
                    for (int day = 0; day < 10; day++) {
                        long letterLoan = letterLoans.get(day % 2);
                        Http.Answer pdf = expect(on(node, "keuangan").get("api/reports/kubp/loans/" + letterLoan + "/statement.pdf?asOf="
                                + TODAY.minusDays(day + (node.equals("node-a") ? 0 : 10))), 200, "statement");
                        numbers.add(CrashHarness.number(pdf.bytes()));
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get(10, TimeUnit.MINUTES);
            }
        } finally {
            clients.shutdownNow();
        }
        long paid = acknowledged.values().stream().mapToLong(Long::longValue).sum();
        assertThat(repaymentsStored(on("node-b", "keuangan"), loan)).as("repayments stored").hasSize(acknowledged.size());
        JsonObject position = expect(on("node-a", "keuangan").get("api/kubp/loans/" + loan + "?asOf=" + TODAY), 200, "loan").json();
        assertThat(position.getJsonNumber("outstandingPrincipal").longValue()).isEqualTo(6_000_000L - paid);
        assertThat(numbers).doesNotHaveDuplicates().hasSize(20);
        System.out.printf("[cluster] %d repayments from both nodes (each replayed on the other), %d statements numbered%n",
                acknowledged.size(), numbers.size());
        try (Connection c = database.connect()) {
            assertThat(gapsInStatementNumbers(c)).as("statement numbers without gap or double").isEmpty();
        }
    }

    @Test
    @Order(3)
    void killingANodeLosesNoCommittedRepaymentAndHerSessionContinuesOnTheOtherNode() throws Exception {
        URL through = new URL("http://127.0.0.1:" + balancer.httpPort() + "/berdaya/");
        PageSession her = PageSession.demo(through, "keuangan");
        String route = her.cookie("JSESSIONID");
        assertThat(route).as("the session cookie names its node").contains(".node-");
        String victim = route.substring(route.lastIndexOf('.') + 1);
        String survivor = victim.equals("node-a") ? "node-b" : "node-a";
        assertThat(her.get("index.xhtml").statusCode()).isEqualTo(200);
        long loan = disbursedLoan(on(survivor, "petugas"), on(survivor, "penyelia"), on(survivor, "keuangan"));

        // Repayments through the balancer and straight to the victim until the kill; each remembers its key.
        Map<String, Long> acknowledged = new ConcurrentHashMap<>();
        Map<String, String> unanswered = new ConcurrentHashMap<>();
        CountDownLatch enough = new CountDownLatch(10);
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(2);
        List<Future<?>> work = new ArrayList<>();
        AtomicInteger receipt = new AtomicInteger();
        for (Http client : List.of(new Http(through.toString(), "keuangan"), on(victim, "keuangan"))) {
            work.add(clients.submit(() -> {
                // At most 300 attempts in all (Rp 1,500,000 of the loan's 6,000,000).
                while (!stop.get() && receipt.incrementAndGet() <= 300) {
                    String key = UUID.randomUUID().toString();
                    String body = repayment(5_000, "kill-" + receipt.get());
                    unanswered.put(key, body);
                    try {
                        Http.Answer a = client.post("api/kubp/loans/" + loan + "/repayments", body, key);
                        if (a.status() == 201) {
                            unanswered.remove(key);
                            acknowledged.put(key, 5_000L);
                            enough.countDown();
                        }
                    } catch (IOException cutOff) {
                        // The kill cut the answer off (retried below on the living node); this node is gone.
                        return null;
                    }
                }
                return null;
            }));
        }
        assertThat(enough.await(5, TimeUnit.MINUTES)).as("repayments acknowledged before the kill").isTrue();
        // A registry import (a Jakarta Batch job) running on the victim when it dies.
        Http officer = on(victim, "petugas");
        Http.Answer upload = expect(officer.postBytes("api/registries/DTSEN/extracts?asOf=" + TODAY.minusDays(1), "text/csv",
                extract(IMPORT_ROWS).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                202, "registry extract");
        long extract = upload.json().getJsonNumber("id").longValue();
        JsonObject progress = awaitJson(officer, "api/registries/extracts/" + extract, j -> j.getJsonNumber("linesDone").longValue() > 0);
        // And a batch of statements (another Jakarta Batch job) printing on the victim, past its first chunk.
        Http victimFinance = on(victim, "keuangan");
        String batch = expect(victimFinance.post(BATCHES, "{\"format\":\"PDF\",\"asOf\":\"" + TODAY.minusDays(3) + "\"}"),
                202, "statement batch").json().getString("id");
        JsonObject printing = awaitJson(victimFinance, BATCHES + "/" + batch, j -> j.getInt("done") > 0 || !j.getString("state").equals("RUNNING"));
        nodes.get(victim).kill();
        assertThat(progress.getString("status")).as("the import was running when its node died: " + progress).isEqualTo("STARTED");
        assertThat(printing.getString("state")).as("the batch was printing when its node died: " + printing).isEqualTo("RUNNING");
        System.out.printf("[cluster] killed %s (her session's node) after %d acknowledged repayments%n", victim, acknowledged.size());
        stop.set(true);
        clients.shutdown();
        assertThat(clients.awaitTermination(5, TimeUnit.MINUTES)).isTrue();

        // Her next click goes through the balancer to the survivor, still logged in.
        HttpResponse<String> next = her.get("index.xhtml");
        assertThat(next.statusCode()).as("her next page after the kill (not the login page)").isEqualTo(200);
        assertThat(next.body()).contains("navKubp");
        assertThat(her.get("kubp/loans.xhtml").statusCode()).isEqualTo(200);

        // What went unanswered is retried with its key on the survivor; nothing acknowledged is lost or doubled.
        Http finance = on(survivor, "keuangan");
        for (Map.Entry<String, String> u : unanswered.entrySet()) {
            Http.Answer retried = finance.post("api/kubp/loans/" + loan + "/repayments", u.getValue(), u.getKey());
            assertThat(retried.status()).as(retried.toString()).isIn(200, 201);
            acknowledged.put(u.getKey(), 5_000L);
        }
        assertThat(repaymentsStored(finance, loan)).as("every acknowledged repayment, once").hasSize(acknowledged.size());
        System.out.printf("[cluster] after the kill: %d repayments stored, %d of them retried after no answer; her session went on on %s%n",
                acknowledged.size(), unanswered.size(), survivor);
        JsonObject position = expect(finance.get("api/kubp/loans/" + loan + "?asOf=" + TODAY), 200, "loan").json();
        assertThat(position.getJsonNumber("outstandingPrincipal").longValue())
                .isEqualTo(6_000_000L - acknowledged.values().stream().mapToLong(Long::longValue).sum());

        // The dead node's import is restarted on the survivor from its last checkpoint, and counts every line once.
        Http survivorOfficer = on(survivor, "petugas");
        expect(survivorOfficer.post("api/registries/extracts/" + extract + "/restart", ""), 202, "restart of the import");
        JsonObject done = awaitJson(survivorOfficer, "api/registries/extracts/" + extract,
                j -> java.util.Set.of("COMPLETED", "FAILED", "STOPPED").contains(j.getString("status")));
        System.out.printf("[cluster] import %d killed at %d of %d lines on %s, restarted on %s: %s%n", extract,
                progress.getJsonNumber("linesDone").longValue(), IMPORT_ROWS, victim, survivor, done);
        assertThat(done.getString("status")).isEqualTo("COMPLETED");
        assertThat(done.getJsonNumber("read").longValue()).isEqualTo(IMPORT_ROWS);
        assertThat(done.getJsonNumber("accepted").longValue() + done.getJsonNumber("rejected").longValue()).isEqualTo(IMPORT_ROWS);

        // The dead node's statement batch: its owner sees it on the survivor and restarts it there; the
        // merged file has every statement once, and the statement numbers still have no gap or double.
        Http survivorFinance = on(survivor, "keuangan");
        expect(survivorFinance.post(BATCHES + "/" + batch + "/restart", ""), 202, "restart of the statement batch");
        JsonObject printed = awaitJson(survivorFinance, BATCHES + "/" + batch, j -> !j.getString("state").equals("RUNNING"));
        System.out.printf("[cluster] statement batch killed at %d of %d on %s, restarted on %s: %s%n", printing.getInt("done"),
                printing.getInt("total"), victim, survivor, printed);
        assertThat(printed.getString("state")).isEqualTo("DONE");
        assertThat(printed.getInt("done")).isEqualTo(printed.getInt("total"));
        Http.Answer file = expect(survivorFinance.get(BATCHES + "/" + batch + "/file"), 200, "the batch's file");
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(file.bytes())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text.split("Halaman 1 dari", -1).length - 1).as("statements in the merged PDF").isEqualTo(printed.getInt("total"));
        }
        try (Connection c = database.connect()) {
            assertThat(gapsInStatementNumbers(c)).as("statement numbers without gap or double").isEmpty();
        }
    }

    private static final String BATCHES = "api/reports/kubp/statement-batches";

    private static final int IMPORT_ROWS = 40_000;

    /** A DTSEN listing of women in one district, one per line. */
    private static String extract(int rows) {
        StringBuilder csv = new StringBuilder("NIK,NO_KK,NAMA,JENIS_KELAMIN,TANGGAL_LAHIR,STATUS_KAWIN,HUBUNGAN_KK,KODE_KAB,KODE_KEC,KODE_DESA,DESIL\n");
        for (int i = 1; i <= rows; i++) {
            LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(i % 12_000);
            String nik = String.format("640205%02d%02d%02d%04d", birth.getDayOfMonth() + 40, birth.getMonthValue(), birth.getYear() % 100,
                    i / 12_000 + 1);
            csv.append(String.join(",", nik, "6402051203150002", "Warga " + i, "P", birth.toString(), "KAWIN", "ISTRI", "6402", "640205",
                    "6402052001", Integer.toString(1 + i % 10))).append('\n');
        }
        return csv.toString();
    }

    /** Polls a GET until the condition holds (two minutes at most), pacing by a latch that never opens. */
    private static JsonObject awaitJson(Http client, String path, java.util.function.Predicate<JsonObject> done) throws IOException {
        CountDownLatch never = new CountDownLatch(1);
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        JsonObject last = null;
        while (System.nanoTime() < deadline) {
            Http.Answer answer = client.get(path);
            if (answer.status() == 200 || answer.status() == 202) {
                last = answer.json();
                if (done.test(last)) {
                    return last;
                }
            }
            await(never, 100);
        }
        throw new AssertionError(path + " did not reach the expected state in 2 minutes; last " + last);
    }

    private static List<JsonObject> repaymentsStored(Http finance, long loan) throws IOException {
        return expect(finance.get("api/kubp/loans/" + loan + "/repayments"), 200, "repayments").array().stream()
                .map(JsonValue::asJsonObject).toList();
    }

    private static String repayment(long amount, String receipt) {
        return String.format("{\"amount\":%d,\"valueDate\":\"%s\",\"channel\":\"CASH\",\"receiptNo\":\"KL-%s-%s\"}", amount, TODAY,
                receipt, UUID.randomUUID().toString().substring(0, 6));
    }

    private static long disbursedLoan(Http officer, Http supervisor, Http finance) throws IOException {
        List<String> members = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int n = SERIAL.incrementAndGet();
            LocalDate birth = LocalDate.of(1980, 1, 1).plusDays(n * 7L % 3000);
            String nik = String.format("640206%02d%02d%02d%04d", birth.getDayOfMonth() + 40, birth.getMonthValue(), birth.getYear() % 100, n);
            members.add(String.format("{\"nik\":\"%s\",\"fullName\":\"Anggota %d\",\"sex\":\"F\",\"birthDate\":\"%s\","
                    + "\"maritalStatus\":\"MARRIED\",\"role\":\"%s\"}", nik, n, birth, i == 0 ? "CHAIR" : "MEMBER"));
        }
        String group = String.format("{\"name\":\"KUBP Uji Klaster %d\",\"districtCode\":\"640204\",\"village\":\"Desa Uji\","
                + "\"businessField\":\"CULINARY\",\"foundedOn\":\"2014-03-01\",\"members\":[%s]}", SERIAL.get(), String.join(",", members));
        long groupId = expect(officer.post("api/kubp/groups", group), 201, "group").json().getJsonNumber("id").longValue();
        LocalDate disbursed = TODAY.minusDays(40);
        String loan = String.format("{\"groupId\":%d,\"principal\":6000000,\"installments\":6,\"disbursementDate\":\"%s\","
                + "\"firstDueDate\":\"%s\",\"purpose\":\"Modal usaha\"}", groupId, disbursed, disbursed.plusMonths(1));
        long id = expect(officer.post("api/kubp/loans", loan), 201, "loan").json().getJsonNumber("id").longValue();
        expect(supervisor.post("api/kubp/loans/" + id + "/approval", ""), 200, "approval");
        expect(finance.post("api/kubp/loans/" + id + "/disbursement", "{\"date\":\"" + disbursed + "\",\"channel\":\"BANK_TRANSFER\"}"),
                200, "disbursement");
        return id;
    }

    private static List<String> gapsInStatementNumbers(Connection c) throws SQLException {
        Map<Integer, List<Integer>> sequences = new java.util.HashMap<>();
        try (PreparedStatement s = c.prepareStatement("select number_year, seq_no from letter where series_code = 'KUBP_REPAYMENT_STATEMENT'");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                sequences.computeIfAbsent(rs.getInt(1), y -> new ArrayList<>()).add(rs.getInt(2));
            }
        }
        List<String> gaps = new ArrayList<>();
        sequences.forEach((year, seqs) -> {
            Collections.sort(seqs);
            for (int i = 0; i < seqs.size(); i++) {
                if (seqs.get(i) != i + 1) {
                    gaps.add(year + ": at " + (i + 1) + " of " + seqs);
                    break;
                }
            }
        });
        return gaps;
    }

    private static Http.Answer expect(Http.Answer answer, int status, String what) {
        if (answer.status() != status) {
            throw new AssertionError(what + ": expected " + status + ", got " + answer);
        }
        return answer;
    }

    private static void await(CountDownLatch never, long millis) {
        try {
            never.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
