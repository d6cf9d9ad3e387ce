package id.berdaya.crash;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The crash harness: a provisioned Berdaya server of its own is killed with SIGKILL at random
 * moments while several clients write through the REST API; after each restart every write that
 * was acknowledged must be there exactly once.
 *
 * <p>The clients: two finance clerks post repayments with an Idempotency-Key (and reverse about one
 * in four), a loan officer records WRSE applications and submits them for a decision, a records
 * clerk prints KUBP statements (each a new letter number), and once a round policy staff and a
 * supervisor approve a rule-set version. A write whose answer never came (the kill cut it off) is
 * retried after the restart where the API makes a retry safe (Idempotency-Key, a letter's subject,
 * a repayment's single reversal); the others must be there at most once.
 *
 * <p>Full run: {@code ./mvnw -B -pl ear -am verify -Pcrash} (20 rounds on H2 and on PostgreSQL), or by
 * hand: {@code java ... id.berdaya.crash.CrashHarness h2,postgresql 20}.
 */
public final class CrashHarness {

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    private static final Pattern STATEMENT_NUMBER = Pattern.compile("\\d{3}/\\d{4}/REK-KUBP/\\d{4}");
    private static final String KUBP_RULES = "api/rulesets/kubp-terms";

    /** What one database's run found. */
    public record Figures(String database, int rounds, int acknowledged, int lost, int doubled,
            Map<String, Integer> acknowledgedByKind, List<String> problems) {

        public boolean passed() {
            return lost == 0 && doubled == 0 && problems.isEmpty() && rounds > 0;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s: rounds %d, writes acknowledged %d %s, lost %d, doubled %d, problems %d%s",
                    database, rounds, acknowledged, acknowledgedByKind, lost, doubled, problems.size(),
                    problems.isEmpty() ? "" : "\n  " + String.join("\n  ", problems.subList(0, Math.min(20, problems.size()))));
        }
    }

    enum State { ACKNOWLEDGED, UNANSWERED }

    static final class Repayment {
        final long loanId;
        final long amount;
        final String receipt;
        final String key = UUID.randomUUID().toString();
        volatile State state;
        volatile long id;
        volatile State reversal;

        Repayment(long loanId, long amount, String receipt) {
            this.loanId = loanId;
            this.amount = amount;
            this.receipt = receipt;
        }

        String json(LocalDate valueDate) {
            return String.format("{\"amount\":%d,\"valueDate\":\"%s\",\"channel\":\"CASH\",\"receiptNo\":\"%s\"}",
                    amount, valueDate, receipt);
        }
    }

    static final class Application {
        final String nik;
        volatile State state;
        volatile long id;
        volatile State decision;

        Application(String nik) {
            this.nik = nik;
        }
    }

    static final class Letter {
        final String path;
        volatile State state;
        volatile String number;

        Letter(String path) {
            this.path = path;
        }
    }

    static final class Approval {
        volatile int version;
        volatile State state;
    }

    private final String kind;
    private final int offset;
    private final Path provisioned;
    private final Path ear;
    private final Path work;
    private final Random random;
    private final LocalDate today = LocalDate.now(WITA);

    private final List<Long> loans = new ArrayList<>();
    private final Map<Long, Long> principals = new HashMap<>();
    private final List<Long> letterLoans = new ArrayList<>();
    private final Map<String, Repayment> repayments = new ConcurrentHashMap<>();
    private final Map<String, Application> applications = new ConcurrentHashMap<>();
    private final Map<String, Letter> letters = new ConcurrentHashMap<>();
    private final List<Approval> approvals = new CopyOnWriteArrayList<>();
    private final java.util.Set<String> problems = Collections.synchronizedSet(new java.util.LinkedHashSet<>());
    private final AtomicInteger serial = new AtomicInteger(1);
    private final AtomicInteger letterCursor = new AtomicInteger();

    private HarnessServer server;
    private HarnessDatabase database;
    private Http finance;
    private Http officer;
    private Http policy;
    private Http supervisor;

    CrashHarness(String kind, int offset, Path provisioned, Path ear, Path work, long seed) {
        this.kind = kind;
        this.offset = offset;
        this.provisioned = provisioned;
        this.ear = ear;
        this.work = work;
        this.random = new Random(seed);
    }

    /** Runs {@code rounds} kill rounds on one database and checks what survived. */
    static Figures run(String kind, int rounds, int offset, Path provisioned, Path ear, Path work, long seed) throws Exception {
        return new CrashHarness(kind, offset, provisioned, ear, work.resolve(kind), seed).run(rounds);
    }

    private Figures run(int rounds) throws Exception {
        Files.createDirectories(work);
        try (HarnessDatabase opened = HarnessDatabase.of(kind, work)) {
            database = opened;
            server = HarnessServer.prepare(provisioned, ear, work.resolve("server"), offset, database.environment());
            try (HarnessServer s = server) {
                clients();
                server.start();
                arrange();
                int done = 0;
                for (int round = 1; round <= rounds; round++) {
                    round(round);
                    done++;
                }
                checkThroughApi();
                server.stop();
                Counts counts = checkInDatabase(database);
                return figures(done, counts);
            }
        }
    }

    private void clients() {
        finance = new Http(server.appUrl(), "keuangan");
        officer = new Http(server.appUrl(), "petugas");
        policy = new Http(server.appUrl(), "kebijakan");
        supervisor = new Http(server.appUrl(), "penyelia");
    }

    // ---- arrangement: two disbursed loans for the repayments, demo loans for the statements ----

    private void arrange() throws IOException {
        for (int i = 0; i < 2; i++) {
            long group = expect(officer.post("api/kubp/groups", groupJson()), 201, "group").json().getJsonNumber("id").longValue();
            LocalDate disbursed = today.minusDays(40);
            String loan = String.format("{\"groupId\":%d,\"principal\":6000000,\"installments\":6,\"disbursementDate\":\"%s\","
                    + "\"firstDueDate\":\"%s\",\"purpose\":\"Modal usaha\"}", group, disbursed, disbursed.plusMonths(1));
            long id = expect(officer.post("api/kubp/loans", loan), 201, "loan").json().getJsonNumber("id").longValue();
            expect(supervisor.post("api/kubp/loans/" + id + "/approval", ""), 200, "approval");
            expect(finance.post("api/kubp/loans/" + id + "/disbursement",
                    "{\"date\":\"" + disbursed + "\",\"channel\":\"BANK_TRANSFER\"}"), 200, "disbursement");
            loans.add(id);
            principals.put(id, 6_000_000L);
        }
        letterLoans.addAll(loans);
        for (int i = 0; i < 3; i++) {
            letterLoans.add(disbursedLoan());
        }
    }

    private long disbursedLoan() throws IOException {
        long group = expect(officer.post("api/kubp/groups", groupJson()), 201, "group").json().getJsonNumber("id").longValue();
        LocalDate disbursed = today.minusDays(40);
        String loan = String.format("{\"groupId\":%d,\"principal\":6000000,\"installments\":6,\"disbursementDate\":\"%s\","
                + "\"firstDueDate\":\"%s\",\"purpose\":\"Modal usaha\"}", group, disbursed, disbursed.plusMonths(1));
        long id = expect(officer.post("api/kubp/loans", loan), 201, "loan").json().getJsonNumber("id").longValue();
        expect(supervisor.post("api/kubp/loans/" + id + "/approval", ""), 200, "approval");
        expect(finance.post("api/kubp/loans/" + id + "/disbursement",
                "{\"date\":\"" + disbursed + "\",\"channel\":\"BANK_TRANSFER\"}"), 200, "disbursement");
        return id;
    }

    private String groupJson() {
        List<String> members = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int n = serial.incrementAndGet();
            LocalDate birth = LocalDate.of(1980, 1, 1).plusDays(n * 7L % 3000);
            String nik = String.format("640206%02d%02d%02d%04d", birth.getDayOfMonth() + 40, birth.getMonthValue(),
                    birth.getYear() % 100, n);
            members.add(String.format("{\"nik\":\"%s\",\"fullName\":\"Anggota %d\",\"sex\":\"F\",\"birthDate\":\"%s\","
                    + "\"maritalStatus\":\"MARRIED\",\"role\":\"%s\"}", nik, n, birth, i == 0 ? "CHAIR" : "MEMBER"));
        }
        return String.format("{\"name\":\"KUBP Uji Crash %d\",\"districtCode\":\"640204\",\"village\":\"Desa Uji\","
                + "\"businessField\":\"CULINARY\",\"foundedOn\":\"2014-03-01\",\"members\":[%s]}", serial.get(), String.join(",", members));
    }

    // ---- one round: write, kill, restart, retry what went unanswered ----

    private void round(int round) throws Exception {
        int target = 10 + random.nextInt(70);
        CountDownLatch acknowledged = new CountDownLatch(target);
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch approvalDone = new CountDownLatch(1);
        List<Thread> clients = List.of(
                client("repayments-1", () -> repayments(loans.get(0), acknowledged, stop)),
                client("repayments-2", () -> repayments(loans.get(1), acknowledged, stop)),
                client("wrse", () -> wrse(acknowledged, stop)),
                client("letters", () -> letters(acknowledged, stop)),
                client("rules", () -> {
                    try {
                        approval(acknowledged);
                    } finally {
                        approvalDone.countDown();
                    }
                }));
        clients.forEach(Thread::start);
        if (!acknowledged.await(3, TimeUnit.MINUTES)) {
            problems.add("round " + round + ": only " + (target - acknowledged.getCount()) + " of " + target
                    + " writes acknowledged in 3 minutes");
        }
        // The approval is one write a round: let it through in the first round and about every other
        // one, and let the kill cut it off in the others.
        if (round == 1 || random(2) == 0) {
            approvalDone.await(3, TimeUnit.MINUTES);
        }
        server.kill();
        stop.set(true);
        for (Thread t : clients) {
            t.join(TimeUnit.MINUTES.toMillis(2));
        }
        Counts now = checkInDatabase(database);
        System.out.printf(Locale.ROOT, "[crash %s] round %d: killed after %d acknowledged writes this round; so far: "
                        + "acknowledged %d %s, lost %d, doubled %d, problems %d%n", kind, round, target,
                now.acknowledged.values().stream().mapToInt(Integer::intValue).sum(), now.acknowledged, now.lost, now.doubled,
                problems.size());
        server.start();
        retryUnanswered();
    }

    private Thread client(String name, ThrowingRunnable body) {
        Thread t = new Thread(() -> {
            try {
                body.run();
            } catch (IOException e) {
                // the kill cut the connection: the write in flight stays UNANSWERED
            } catch (Exception e) {
                problems.add(name + ": " + e);
            }
        }, "crash-" + kind + "-" + name);
        t.setDaemon(true);
        return t;
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    private void repayments(long loanId, CountDownLatch acknowledged, AtomicBoolean stop) throws IOException {
        while (!stop.get()) {
            Repayment r = new Repayment(loanId, 1_000L + 100L * random(10), "KW-CR-" + loanId + "-" + serial.incrementAndGet());
            r.state = State.UNANSWERED;
            repayments.put(r.receipt, r);
            Http.Answer a = finance.post("api/kubp/loans/" + loanId + "/repayments", r.json(today), r.key);
            if (a.status() != 201) {
                problems.add("repayment " + r.receipt + ": " + a);
                repayments.remove(r.receipt);
                continue;
            }
            r.id = a.json().getJsonNumber("id").longValue();
            r.state = State.ACKNOWLEDGED;
            acknowledged.countDown();
            if (random(4) == 0) {
                r.reversal = State.UNANSWERED;
                Http.Answer rev = finance.post("api/kubp/repayments/" + r.id + "/reversal", "{\"reason\":\"Salah input (uji crash)\"}");
                if (rev.status() != 201) {
                    problems.add("reversal of " + r.receipt + ": " + rev);
                    r.reversal = null;
                    continue;
                }
                r.reversal = State.ACKNOWLEDGED;
                acknowledged.countDown();
            }
        }
    }

    private void wrse(CountDownLatch acknowledged, AtomicBoolean stop) throws IOException {
        while (!stop.get()) {
            int n = serial.incrementAndGet();
            LocalDate birth = LocalDate.of(1970 + n % 29, 1 + n % 12, 1 + n % 28);
            String nik = String.format("640205%02d%02d%02d%04d", birth.getDayOfMonth() + 40, birth.getMonthValue(),
                    birth.getYear() % 100, n % 10_000);
            Application app = new Application(nik);
            app.state = State.UNANSWERED;
            applications.put(nik, app);
            Http.Answer a = officer.post("api/wrse/applications", applicationJson(nik, birth));
            if (a.status() != 201) {
                problems.add("WRSE application " + nik + ": " + a);
                applications.remove(nik);
                continue;
            }
            app.id = a.json().getJsonNumber("id").longValue();
            app.state = State.ACKNOWLEDGED;
            acknowledged.countDown();
            app.decision = State.UNANSWERED;
            Http.Answer d = officer.post("api/wrse/applications/" + app.id + "/submission", "");
            if (d.status() != 200) {
                problems.add("WRSE submission " + nik + ": " + d);
                app.decision = null;
                continue;
            }
            app.decision = State.ACKNOWLEDGED;
            acknowledged.countDown();
        }
    }

    private String applicationJson(String nik, LocalDate birth) {
        return "{\"nik\":\"" + nik + "\",\"sex\":\"F\",\"birthDate\":\"" + birth + "\",\"kkNumber\":\"6402051203150007\","
                + "\"fullName\":\"Siti Uji\",\"maritalStatus\":\"MARRIED\",\"regencyCode\":\"6402\",\"districtCode\":\"640205\","
                + "\"applicationDate\":\"" + today + "\",\"registries\":[{\"name\":\"DTKS\"},{\"name\":\"P3KE\",\"decile\":1}],"
                + "\"currentAid\":[],\"priorWrseAidYear\":null,\"hasBusiness\":false,\"businessField\":\"CULINARY\","
                + "\"mainBreadwinner\":true,\"priorSkillsTraining\":false}";
    }

    private void letters(CountDownLatch acknowledged, AtomicBoolean stop) throws IOException {
        while (!stop.get()) {
            int cursor = letterCursor.getAndIncrement();
            long loanId = letterLoans.get(cursor % letterLoans.size());
            LocalDate asOf = today.minusDays(cursor / letterLoans.size());
            if (asOf.isBefore(today.minusDays(39))) {
                return;
            }
            Letter letter = new Letter("api/reports/kubp/loans/" + loanId + "/statement.pdf?asOf=" + asOf);
            letter.state = State.UNANSWERED;
            letters.put(letter.path, letter);
            Http.Answer a = finance.get(letter.path);
            if (a.status() != 200) {
                problems.add("statement " + letter.path + ": " + a.status());
                letters.remove(letter.path);
                continue;
            }
            letter.number = number(a.bytes());
            letter.state = State.ACKNOWLEDGED;
            acknowledged.countDown();
        }
    }

    private void approval(CountDownLatch acknowledged) throws IOException {
        Http.Answer draft = policy.post(KUBP_RULES + "/drafts", "{\"reason\":\"Uji crash: versi yang sama\"}");
        if (draft.status() != 201) {
            problems.add("rule-set draft: " + draft);
            return;
        }
        JsonObject body = draft.json().getJsonObject("version");
        Approval approval = new Approval();
        approval.version = body.getInt("number");
        long lock = body.getJsonNumber("lockVersion").longValue();
        approval.state = State.UNANSWERED;
        approvals.add(approval);
        Http.Answer a = supervisor.post(KUBP_RULES + "/versions/" + approval.version + "/approval",
                "{\"lockVersion\":" + lock + ",\"note\":\"Uji crash\"}");
        if (a.status() != 200) {
            problems.add("rule-set approval of version " + approval.version + ": " + a);
            approvals.remove(approval);
            return;
        }
        approval.state = State.ACKNOWLEDGED;
        acknowledged.countDown();
    }

    private int random(int bound) {
        synchronized (random) {
            return random.nextInt(bound);
        }
    }

    static String number(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Matcher m = STATEMENT_NUMBER.matcher(new PDFTextStripper().getText(document));
            if (!m.find()) {
                throw new IllegalStateException("no statement number in the PDF");
            }
            return m.group();
        }
    }

    /** After the restart: the writes whose answer the kill cut off, retried where a retry is safe. */
    private void retryUnanswered() throws IOException {
        for (Repayment r : repayments.values()) {
            if (r.state == State.UNANSWERED) {
                Http.Answer a = finance.post("api/kubp/loans/" + r.loanId + "/repayments", r.json(today), r.key);
                if (a.status() != 201) {
                    problems.add("retry of repayment " + r.receipt + ": " + a);
                    continue;
                }
                r.id = a.json().getJsonNumber("id").longValue();
                r.state = State.ACKNOWLEDGED;
            }
            if (r.reversal == State.UNANSWERED) {
                Http.Answer rev = finance.post("api/kubp/repayments/" + r.id + "/reversal", "{\"reason\":\"Salah input (uji crash)\"}");
                if (rev.status() == 201 || rev.status() == 409) {
                    // 409: the first attempt went through before the kill; the check below sees it once
                    r.reversal = State.ACKNOWLEDGED;
                } else {
                    problems.add("retry of reversal of " + r.receipt + ": " + rev);
                }
            }
        }
        for (Letter letter : letters.values()) {
            if (letter.state == State.UNANSWERED) {
                Http.Answer a = finance.get(letter.path);
                if (a.status() != 200) {
                    problems.add("retry of " + letter.path + ": " + a.status());
                    continue;
                }
                letter.number = number(a.bytes());
                letter.state = State.ACKNOWLEDGED;
            }
        }
    }

    private int acknowledgedCount() {
        int n = 0;
        for (Repayment r : repayments.values()) {
            n += (r.state == State.ACKNOWLEDGED ? 1 : 0) + (r.reversal == State.ACKNOWLEDGED ? 1 : 0);
        }
        for (Application a : applications.values()) {
            n += (a.state == State.ACKNOWLEDGED ? 1 : 0) + (a.decision == State.ACKNOWLEDGED ? 1 : 0);
        }
        for (Letter l : letters.values()) {
            n += l.state == State.ACKNOWLEDGED ? 1 : 0;
        }
        for (Approval a : approvals) {
            n += a.state == State.ACKNOWLEDGED ? 1 : 0;
        }
        return n;
    }

    // ---- the checks ----

    static final class Counts {
        final Map<String, Integer> acknowledged = new java.util.TreeMap<>();
        int lost;
        int doubled;

        void ack(String kind) {
            acknowledged.merge(kind, 1, Integer::sum);
        }
    }

    /** As finance staff would check: every acknowledged repayment and reversal on the loan, once; the ledger adds up. */
    private Counts checkThroughApi() throws IOException {
        Counts counts = new Counts();
        for (long loanId : loans) {
            Http.Answer list = expect(finance.get("api/kubp/loans/" + loanId + "/repayments"), 200, "repayments");
            Map<String, List<JsonObject>> byReceipt = new HashMap<>();
            long paid = 0;
            for (JsonValue v : list.array()) {
                JsonObject o = v.asJsonObject();
                byReceipt.computeIfAbsent(o.getString("receiptNo"), k -> new ArrayList<>()).add(o);
                if (!o.getBoolean("reversed")) {
                    paid += o.getJsonNumber("amount").longValue();
                }
            }
            for (Repayment r : repayments.values()) {
                if (r.loanId != loanId || r.state != State.ACKNOWLEDGED) {
                    continue;
                }
                counts.ack("repayment");
                List<JsonObject> stored = byReceipt.getOrDefault(r.receipt, List.of());
                if (stored.isEmpty()) {
                    counts.lost++;
                    problems.add("lost: repayment " + r.receipt + " (id " + r.id + ")");
                    continue;
                }
                if (stored.size() > 1) {
                    counts.doubled++;
                    problems.add("doubled: repayment " + r.receipt);
                }
                if (stored.get(0).getJsonNumber("id").longValue() != r.id || stored.get(0).getJsonNumber("amount").longValue() != r.amount) {
                    problems.add("repayment " + r.receipt + " is not the one acknowledged: " + stored.get(0));
                }
                if (r.reversal == State.ACKNOWLEDGED) {
                    counts.ack("reversal");
                    if (!stored.get(0).getBoolean("reversed")) {
                        counts.lost++;
                        problems.add("lost: reversal of repayment " + r.receipt);
                    }
                }
            }
            long ours = repayments.values().stream().filter(r -> r.loanId == loanId && r.state == State.ACKNOWLEDGED).count();
            if (list.array().size() != ours) {
                counts.doubled += Math.max(0, list.array().size() - (int) ours);
                problems.add("loan " + loanId + " holds " + list.array().size() + " repayments; " + ours + " were acknowledged");
            }
            JsonObject loan = expect(finance.get("api/kubp/loans/" + loanId + "?asOf=" + today), 200, "loan").json();
            long outstanding = loan.getJsonNumber("outstandingPrincipal").longValue();
            if (outstanding != principals.get(loanId) - paid) {
                problems.add("ledger of loan " + loanId + ": outstanding " + outstanding + ", but principal "
                        + principals.get(loanId) + " less stored repayments " + paid + " is " + (principals.get(loanId) - paid));
            }
            long schedulePaid = 0;
            for (JsonValue line : loan.getJsonArray("schedule")) {
                schedulePaid += line.asJsonObject().getJsonNumber("paid").longValue();
            }
            if (schedulePaid != paid) {
                problems.add("ledger of loan " + loanId + ": the schedule shows " + schedulePaid + " paid, the stored repayments " + paid);
            }
        }
        for (Application app : applications.values()) {
            if (app.state != State.ACKNOWLEDGED) {
                continue;
            }
            Http.Answer a = officer.get("api/wrse/applications/" + app.id);
            if (a.status() != 200) {
                problems.add("WRSE application " + app.id + " answers " + a.status());
            }
        }
        return counts;
    }

    /**
     * Exactly once, counted in the database (right after a kill, before the server touches it
     * again, and at the end): repayments by receipt, reversals, applications by NIK, decisions,
     * statement numbers (and their series without gap or double), rule-set approvals.
     */
    private Counts checkInDatabase(HarnessDatabase database) throws SQLException {
        Counts counts = new Counts();
        try (Connection c = database.connect()) {
            Map<String, Integer> receipts = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement(
                    "select receipt_no, count(*) from kubp_repayment where receipt_no like 'KW-CR-%' group by receipt_no");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    receipts.put(rs.getString(1), rs.getInt(2));
                }
            }
            Map<String, Integer> reversed = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("select r.receipt_no, count(*) from kubp_reversal v join kubp_repayment r "
                    + "on r.id = v.repayment_id where r.receipt_no like 'KW-CR-%' group by r.receipt_no");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    reversed.put(rs.getString(1), rs.getInt(2));
                }
            }
            for (Map.Entry<String, Integer> stored : receipts.entrySet()) {
                Repayment r = repayments.get(stored.getKey());
                if (r == null) {
                    counts.doubled++;
                    problems.add("a repayment nobody posted is stored: " + stored.getKey());
                } else if (stored.getValue() > 1) {
                    counts.doubled++;
                    problems.add("doubled: repayment " + r.receipt);
                }
            }
            for (Repayment r : repayments.values()) {
                if (r.state == State.ACKNOWLEDGED) {
                    counts.ack("repayment");
                    if (!receipts.containsKey(r.receipt)) {
                        counts.lost++;
                        problems.add("lost: repayment " + r.receipt + " (id " + r.id + ")");
                    }
                }
                int reversals = reversed.getOrDefault(r.receipt, 0);
                if (r.reversal == State.ACKNOWLEDGED) {
                    counts.ack("reversal");
                    if (reversals == 0) {
                        counts.lost++;
                        problems.add("lost: reversal of repayment " + r.receipt);
                    }
                } else if (r.reversal == null && reversals > 0) {
                    counts.doubled++;
                    problems.add("a reversal nobody asked for: repayment " + r.receipt);
                }
                if (reversals > 1) {
                    counts.doubled++;
                    problems.add("doubled: reversal of repayment " + r.receipt);
                }
            }
            for (Application app : applications.values()) {
                int stored = count(c, "select count(*) from wrse_application where nik = ?", app.nik);
                if (app.state == State.ACKNOWLEDGED) {
                    counts.ack("wrse application");
                    if (stored == 0) {
                        counts.lost++;
                        problems.add("lost: WRSE application " + app.nik);
                    }
                }
                if (stored > 1) {
                    counts.doubled++;
                    problems.add("doubled: WRSE application " + app.nik + " stored " + stored + " times");
                }
                if (app.decision == State.ACKNOWLEDGED) {
                    counts.ack("wrse decision");
                    if (count(c, "select count(*) from wrse_decision d join wrse_application a on a.id = d.application_id where a.nik = ?",
                            app.nik) == 0) {
                        counts.lost++;
                        problems.add("lost: decision on WRSE application " + app.nik);
                    }
                }
            }
            Map<String, Integer> numbers = new HashMap<>();
            Map<Integer, List<Integer>> sequences = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement(
                    "select letter_number, number_year, seq_no from letter where series_code = 'KUBP_REPAYMENT_STATEMENT'");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    numbers.merge(rs.getString(1), 1, Integer::sum);
                    sequences.computeIfAbsent(rs.getInt(2), y -> new ArrayList<>()).add(rs.getInt(3));
                }
            }
            for (Letter letter : letters.values()) {
                if (letter.state != State.ACKNOWLEDGED) {
                    continue;
                }
                counts.ack("letter");
                int stored = numbers.getOrDefault(letter.number, 0);
                if (stored == 0) {
                    counts.lost++;
                    problems.add("lost: letter " + letter.number + " (" + letter.path + ")");
                } else if (stored > 1) {
                    counts.doubled++;
                    problems.add("doubled: letter number " + letter.number);
                }
            }
            sequences.forEach((year, seqs) -> {
                Collections.sort(seqs);
                for (int i = 0; i < seqs.size(); i++) {
                    if (seqs.get(i) != i + 1) {
                        problems.add("statement numbers of " + year + " have a gap or a double at " + (i + 1) + ": " + seqs);
                        break;
                    }
                }
            });
            for (Approval approval : approvals) {
                int approved = count(c, "select count(*) from rule_set_version where kind = 'KUBP_TERMS' and version_number = ? "
                        + "and approved_by is not null", approval.version);
                int publications = count(c, "select count(*) from rule_set_activation a join rule_set_version v on v.id = a.version_id "
                        + "where v.kind = 'KUBP_TERMS' and v.version_number = ? and a.activation_type = 'PUBLICATION'", approval.version);
                if (approval.state == State.ACKNOWLEDGED) {
                    counts.ack("rule-set approval");
                    if (approved == 0 || publications == 0) {
                        counts.lost++;
                        problems.add("lost: approval of KUBP rule-set version " + approval.version);
                    }
                }
                if (publications > 1) {
                    counts.doubled++;
                    problems.add("doubled: approval of KUBP rule-set version " + approval.version);
                }
            }
        }
        return counts;
    }

    private static int count(Connection c, String sql, Object parameter) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, parameter);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private Figures figures(int rounds, Counts counts) {
        int acknowledged = counts.acknowledged.values().stream().mapToInt(Integer::intValue).sum();
        List<String> found;
        synchronized (problems) {
            found = List.copyOf(problems);
        }
        return new Figures(kind, rounds, acknowledged, counts.lost, counts.doubled, counts.acknowledged, found);
    }

    private static Http.Answer expect(Http.Answer answer, int status, String what) {
        if (answer.status() != status) {
            throw new IllegalStateException(what + ": expected " + status + ", got " + answer);
        }
        return answer;
    }

    /** {@code CrashHarness [h2,postgresql] [rounds] [port offset]}: prints the figures, exits 1 on a loss. */
    public static void main(String[] args) throws Exception {
        String[] kinds = (args.length > 0 ? args[0] : "h2,postgresql").split(",");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int offset = args.length > 2 ? Integer.parseInt(args[2]) : 350;
        Path target = Path.of(System.getProperty("crash.target", "ear/target")).toAbsolutePath();
        boolean passed = true;
        List<Figures> all = new ArrayList<>();
        for (String kind : kinds) {
            Figures f = run(kind.strip(), rounds, offset, target.resolve("server"), target.resolve("berdaya.ear"),
                    target.resolve("crash"), System.nanoTime());
            all.add(f);
            passed &= f.passed();
        }
        all.forEach(f -> System.out.println("[crash] " + f));
        System.exit(passed ? 0 : 1);
    }
}
