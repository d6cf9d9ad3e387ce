package id.berdaya.crash;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Backup and restore as an office runs them: an online backup while a clerk keeps posting, then
 * more changes, then the server stopped, {@code bin/BerdayaRestore.java} run on the archive, and
 * the server started again: it must show the state of the backup, with a ledger that adds up.
 */
final class BackupRestoreCheck {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Makassar"));

    record Outcome(String database, String backupFile, int repaymentsAtBackup, int repaymentsAfterRestore,
            List<String> problems) {
        boolean passed() {
            return problems.isEmpty();
        }
    }

    /** {@code BackupRestoreCheck [h2,postgresql] [port offset]}, from ear/: the check by hand. */
    public static void main(String[] args) throws Exception {
        Path target = Path.of(System.getProperty("crash.target", "ear/target")).toAbsolutePath();
        boolean passed = true;
        for (String kind : (args.length > 0 ? args[0] : "h2,postgresql").split(",")) {
            Outcome outcome = run(kind.strip(), args.length > 1 ? Integer.parseInt(args[1]) : 360, target.resolve("server"),
                    target.resolve("berdaya.ear"), target.resolve("crash"));
            System.out.println("[backup] " + outcome);
            passed &= outcome.passed();
        }
        System.exit(passed ? 0 : 1);
    }

    private final List<String> problems = new ArrayList<>();
    private final AtomicInteger serial = new AtomicInteger(7000);

    static Outcome run(String kind, int offset, Path provisioned, Path ear, Path work) throws Exception {
        return new BackupRestoreCheck().check(kind, offset, provisioned, ear, work.resolve("backup-" + kind));
    }

    private Outcome check(String kind, int offset, Path provisioned, Path ear, Path work) throws Exception {
        Files.createDirectories(work);
        try (HarnessDatabase database = HarnessDatabase.of(kind, work);
                HarnessServer server = HarnessServer.prepare(provisioned, ear, work.resolve("server"), offset, database.environment())) {
            server.start();
            Http officer = new Http(server.appUrl(), "petugas");
            Http supervisor = new Http(server.appUrl(), "penyelia");
            Http finance = new Http(server.appUrl(), "keuangan");
            long loan = loan(officer, supervisor, finance);
            List<Long> before = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                before.add(repay(finance, loan, 10_000));
            }
            Path documents = database.dataDir().resolve("documents");
            Files.createDirectories(documents.resolve("letters"));
            Files.writeString(documents.resolve("letters/kept.txt"), "in the backup", StandardCharsets.UTF_8);

            // The backup is taken while a clerk keeps posting repayments: it must still be one consistent moment.
            AtomicBoolean stop = new AtomicBoolean();
            CountDownLatch posting = new CountDownLatch(3);
            Thread clerk = new Thread(() -> {
                try {
                    while (!stop.get()) {
                        repay(finance, loan, 1_000);
                        posting.countDown();
                    }
                } catch (IOException | RuntimeException e) {
                    problems.add("posting during the backup: " + e);
                }
            }, "backup-clerk");
            clerk.start();
            posting.await(2, TimeUnit.MINUTES);
            Http.Answer made = supervisor.post("api/backups", "");
            stop.set(true);
            clerk.join(TimeUnit.MINUTES.toMillis(1));
            if (made.status() != 201) {
                problems.add("POST api/backups answered " + made);
                return new Outcome(kind, null, 0, 0, problems);
            }
            String file = made.json().getString("fileName");
            JsonObject listed = supervisor.get("api/backups").json();
            if (listed.getJsonArray("backups").isEmpty()
                    || !file.equals(listed.getJsonArray("backups").getJsonObject(0).getString("fileName"))) {
                problems.add("GET api/backups does not show " + file + " as the last backup: " + listed);
            }
            if (new Http(server.appUrl(), "keuangan").post("api/backups", "").status() != 403) {
                problems.add("finance staff could make a backup");
            }
            int atBackupMin = before.size();
            int atBackupMax = repayments(finance, loan).size();

            // Changes after the backup: a repayment, a reversal, a document added and one removed.
            long afterwards = repay(finance, loan, 20_000);
            Http.Answer reversal = finance.post("api/kubp/repayments/" + before.get(0) + "/reversal", "{\"reason\":\"Salah input\"}");
            if (reversal.status() != 201) {
                problems.add("reversal after the backup: " + reversal);
            }
            Files.delete(documents.resolve("letters/kept.txt"));
            Files.writeString(documents.resolve("letters/new.txt"), "after the backup", StandardCharsets.UTF_8);

            Path archive = database.dataDir().resolve("backups").resolve(file);
            RestoreRun refused = restore(server, database, archive);
            if (refused.exit() == 0) {
                problems.add("the restore ran while the server was running: " + refused.output());
            }
            server.stop();
            RestoreRun restored = restore(server, database, archive);
            if (restored.exit() != 0) {
                problems.add("the restore failed (" + restored.exit() + "): " + restored.output());
                return new Outcome(kind, file, atBackupMax, -1, problems);
            }
            server.start();

            List<JsonObject> stored = repayments(finance, loan);
            if (stored.size() < atBackupMin || stored.size() > atBackupMax) {
                problems.add("after the restore the loan holds " + stored.size() + " repayments; at the backup it held "
                        + atBackupMin + " to " + atBackupMax);
            }
            long paid = 0;
            for (JsonObject r : stored) {
                if (r.getJsonNumber("id").longValue() == afterwards) {
                    problems.add("the repayment posted after the backup is still there");
                }
                if (r.getBoolean("reversed")) {
                    problems.add("repayment " + r.getJsonNumber("id") + " is reversed, but was reversed only after the backup");
                } else {
                    paid += r.getJsonNumber("amount").longValue();
                }
            }
            for (long id : before) {
                if (stored.stream().noneMatch(r -> r.getJsonNumber("id").longValue() == id)) {
                    problems.add("repayment " + id + " from before the backup is missing");
                }
            }
            JsonObject view = finance.get("api/kubp/loans/" + loan + "?asOf=" + TODAY).json();
            if (view.getJsonNumber("outstandingPrincipal").longValue() != 6_000_000L - paid) {
                problems.add("ledger after the restore: outstanding " + view.getJsonNumber("outstandingPrincipal")
                        + ", principal less stored repayments " + (6_000_000L - paid));
            }
            if (!Files.exists(documents.resolve("letters/kept.txt")) || Files.exists(documents.resolve("letters/new.txt"))) {
                problems.add("the stored documents are not those of the backup");
            }
            return new Outcome(kind, file, atBackupMax, stored.size(), problems);
        }
    }

    record RestoreRun(int exit, String output) {
    }

    private static RestoreRun restore(HarnessServer server, HarnessDatabase database, Path archive) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), server.home().resolve("bin/BerdayaRestore.java").toString(),
                archive.toString()).redirectErrorStream(true);
        for (Map.Entry<String, String> e : database.environment().entrySet()) {
            builder.environment().put(e.getKey(), e.getValue());
        }
        Process p = builder.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new RestoreRun(p.waitFor(), output);
    }

    private long loan(Http officer, Http supervisor, Http finance) throws IOException {
        List<String> members = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int n = serial.incrementAndGet();
            LocalDate birth = LocalDate.of(1981, 1, 1).plusDays(n * 11L % 3000);
            String nik = String.format("640206%02d%02d%02d%04d", birth.getDayOfMonth() + 40, birth.getMonthValue(),
                    birth.getYear() % 100, n);
            members.add(String.format("{\"nik\":\"%s\",\"fullName\":\"Anggota %d\",\"sex\":\"F\",\"birthDate\":\"%s\","
                    + "\"maritalStatus\":\"MARRIED\",\"role\":\"%s\"}", nik, n, birth, i == 0 ? "CHAIR" : "MEMBER"));
        }
        String group = String.format("{\"name\":\"KUBP Uji Cadangan\",\"districtCode\":\"640204\",\"village\":\"Desa Uji\","
                + "\"businessField\":\"CULINARY\",\"foundedOn\":\"2014-03-01\",\"members\":[%s]}", String.join(",", members));
        long groupId = expect(officer.post("api/kubp/groups", group), 201).json().getJsonNumber("id").longValue();
        LocalDate disbursed = TODAY.minusDays(40);
        long id = expect(officer.post("api/kubp/loans", String.format("{\"groupId\":%d,\"principal\":6000000,\"installments\":6,"
                + "\"disbursementDate\":\"%s\",\"firstDueDate\":\"%s\",\"purpose\":\"Modal usaha\"}", groupId, disbursed,
                disbursed.plusMonths(1))), 201).json().getJsonNumber("id").longValue();
        expect(supervisor.post("api/kubp/loans/" + id + "/approval", ""), 200);
        expect(finance.post("api/kubp/loans/" + id + "/disbursement", "{\"date\":\"" + disbursed + "\",\"channel\":\"BANK_TRANSFER\"}"), 200);
        return id;
    }

    private long repay(Http finance, long loan, long amount) throws IOException {
        String json = String.format("{\"amount\":%d,\"valueDate\":\"%s\",\"channel\":\"CASH\",\"receiptNo\":\"KW-BR-%d\"}",
                amount, TODAY, serial.incrementAndGet());
        return expect(finance.post("api/kubp/loans/" + loan + "/repayments", json), 201).json().getJsonNumber("id").longValue();
    }

    private static List<JsonObject> repayments(Http finance, long loan) throws IOException {
        List<JsonObject> all = new ArrayList<>();
        for (JsonValue v : expect(finance.get("api/kubp/loans/" + loan + "/repayments"), 200).array()) {
            all.add(v.asJsonObject());
        }
        return all;
    }

    private static Http.Answer expect(Http.Answer answer, int status) {
        if (answer.status() != status) {
            throw new IllegalStateException("expected " + status + ", got " + answer);
        }
        return answer;
    }
}
