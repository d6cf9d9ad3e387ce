import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;

/**
 * The province benchmark of issue 16 (not part of the test run). Generates a synthetic province
 * (DTSEN listing and PKH recipients: half women, ages 0–90, deciles 1–10, 1 % broken rows), starts
 * the provisioned WildFly on a fresh PostgreSQL database with -Xmx1g, and prints:
 *   - PostgreSQL's own COPY of the DTSEN file into a bare table (the limit), rows/s;
 *   - Berdaya's import of the same file over the API, rows/s, and the ratio to COPY;
 *   - optionally a kill -9 in the middle of an import, a restart, and whether the counts are exact;
 *   - the targeting run over every person of the regency, screenings/s;
 *   - the largest heap in use seen by jstat once a second during all of it.
 * Run from the repository root after `./mvnw -B -pl ear -am package -DskipTests`, e.g.
 *   java -cp ~/.m2/repository/org/postgresql/postgresql/42.7.8/postgresql-42.7.8.jar \
 *        ear/src/bench/ProvinceBenchmark.java --rows 1000000 --pkh 200000 --kill
 * Options: --rows N (DTSEN rows, default 20000), --pkh N (default rows/5), --kill, --copy-only (generate
 * and measure COPY only, no server), --offset N
 * (port offset, default 400), --db URL (PostgreSQL server, default jdbc:postgresql://127.0.0.1:5432/).
 */
public class ProvinceBenchmark {

    static final String REGENCY = "6402";
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    static final String[] MARITAL = {"BELUM_KAWIN", "KAWIN", "CERAI_HIDUP", "CERAI_MATI"};

    static int rows = 20_000;
    static int pkhRows = -1;
    static boolean kill;
    static boolean copyOnly;
    static int offset = 400;
    static String pgServer = "jdbc:postgresql://127.0.0.1:5432/";
    static final String DB = "berdaya_bench";
    static final Path WORK = Path.of("ear/target/bench");
    static final AtomicLong maxHeapKb = new AtomicLong();
    static Process server;

    public static void main(String[] args) throws Exception {
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rows" -> rows = Integer.parseInt(args[++i]);
                case "--pkh" -> pkhRows = Integer.parseInt(args[++i]);
                case "--kill" -> kill = true;
                case "--copy-only" -> copyOnly = true;
                case "--offset" -> offset = Integer.parseInt(args[++i]);
                case "--db" -> pgServer = args[++i];
                default -> throw new IllegalArgumentException(args[i]);
            }
        }
        if (pkhRows < 0) {
            pkhRows = rows / 5;
        }
        Files.createDirectories(WORK);
        Path dtsen = WORK.resolve("dtsen.csv");
        Path pkh = WORK.resolve("pkh.csv");
        long t0 = System.nanoTime();
        long[] dtsenBroken = new long[1];
        List<String> women = generateDtsen(dtsen, dtsenBroken);
        long pkhBroken = generatePkh(pkh, women);
        System.out.printf("generated %,d DTSEN rows (%,d broken) and %,d PKH rows (%,d broken) in %.1f s, %,d MB%n",
                rows, dtsenBroken[0], pkhRows, pkhBroken, secs(t0), Files.size(dtsen) / 1_000_000);

        recreateDatabase();
        double copyRate = copyBaseline(dtsen);
        if (copyOnly) {
            System.out.printf("LOAD %s%n", Files.readString(Path.of("/proc/loadavg")).trim());
            return;
        }

        startServer();
        try {
            String base = "http://127.0.0.1:" + (8080 + offset) + "/berdaya/api/";
            if (kill) {
                killAndRestart(base, dtsen, rows - dtsenBroken[0], dtsenBroken[0]);
            }
            long start = System.nanoTime();
            long id = upload(base, "DTSEN", dtsen);
            String done = await(base + "registries/extracts/" + id, "status", 1.0);
            double importSecs = secs(start);
            System.out.println("import result: " + done);
            double importRate = rows / importSecs;
            System.out.printf("IMPORT  DTSEN %,d rows in %.1f s = %,.0f rows/s; COPY %,.0f rows/s; import/COPY = %.3f (1/%.1f)%n",
                    rows, importSecs, importRate, copyRate, importRate / copyRate, copyRate / importRate);
            start = System.nanoTime();
            long pkhId = upload(base, "PKH", pkh);
            System.out.println("PKH import result: " + await(base + "registries/extracts/" + pkhId, "status", 1.0));
            System.out.printf("IMPORT  PKH %,d rows in %.1f s = %,.0f rows/s%n", pkhRows, secs(start), pkhRows / secs(start));

            start = System.nanoTime();
            String run = post(base + "wrse/targeting-runs", "application/json",
                    HttpRequest.BodyPublishers.ofString("{\"regencyCode\":\"" + REGENCY + "\",\"applicationDate\":\"2026-12-01\"}"));
            long runId = Long.parseLong(field(run, "id"));
            String result = await(base + "wrse/targeting-runs/" + runId, "status", 1.0);
            double runSecs = secs(start);
            long screened = Long.parseLong(field(result, "screened"));
            System.out.println("targeting result: " + result);
            System.out.printf("TARGETING %,d people screened in %.1f s = %,.0f screenings/s%n", screened, runSecs, screened / runSecs);
            System.out.printf("HEAP max used %,d MB (server -Xmx1g)%n", maxHeapKb.get() / 1024);
            System.out.printf("LOAD %s%n", Files.readString(Path.of("/proc/loadavg")).trim());
        } finally {
            server.destroy();
        }
    }

    static List<String> generateDtsen(Path file, long[] broken) throws IOException {
        Random random = new Random(16);
        Map<String, Integer> serials = new HashMap<>();
        List<String> women = new ArrayList<>();
        String previousNik = null;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("NIK,NO_KK,NAMA,JENIS_KELAMIN,TANGGAL_LAHIR,STATUS_KAWIN,HUBUNGAN_KK,KODE_KAB,KODE_KEC,KODE_DESA,DESIL\n");
            for (int i = 0; i < rows; i++) {
                boolean female = random.nextBoolean();
                LocalDate birth = AS_OF.minusDays(random.nextInt(90 * 365));
                String district = REGENCY + String.format("%02d", 1 + random.nextInt(20));
                String prefix = district + String.format("%02d%02d%02d", birth.getDayOfMonth() + (female ? 40 : 0),
                        birth.getMonthValue(), birth.getYear() % 100);
                int serial = serials.merge(prefix, 1, Integer::sum);
                String nik = prefix + String.format("%04d", serial);
                int age = AS_OF.getYear() - birth.getYear();
                String marital = age < 18 ? "BELUM_KAWIN" : MARITAL[random.nextInt(4)];
                String relation = age < 18 ? "ANAK" : female ? (random.nextInt(4) == 0 ? "KEPALA_KELUARGA" : "ISTRI")
                        : "KEPALA_KELUARGA";
                String[] v = {nik, district + "1203150002", "Warga " + i, female ? "P" : "L", birth.toString(), marital,
                        relation, REGENCY, district, district + String.format("%04d", 1 + random.nextInt(20)),
                        Integer.toString(1 + random.nextInt(10))};
                if (random.nextInt(100) == 0) {
                    broken[0]++;
                    switch (random.nextInt(6)) {
                        case 0 -> v[0] = nik.substring(1);
                        case 1 -> v[3] = "X";
                        case 2 -> v[4] = "31-02-1990";
                        case 3 -> v[10] = "11";
                        case 4 -> v[8] = "640299";
                        default -> v[0] = previousNik == null ? "12" : previousNik;
                    }
                } else if (female) {
                    women.add(nik);
                }
                previousNik = nik;
                out.write(String.join(",", v));
                out.write('\n');
            }
        }
        return women;
    }

    static long generatePkh(Path file, List<String> women) throws IOException {
        Random random = new Random(61);
        long broken = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("NIK,NAMA,PROGRAM,TAHUN\n");
            for (int i = 0; i < pkhRows; i++) {
                String nik = women.get(random.nextInt(women.size()));
                String year = random.nextInt(3) == 0 ? "2025" : "2026";
                String programme = "PKH";
                if (random.nextInt(100) == 0) {
                    broken++;
                    programme = "ZAKAT";
                }
                out.write(nik + ",Penerima " + i + "," + programme + "," + year + "\n");
            }
        }
        return broken; // plus duplicates of (NIK, year), which the import rejects and reports
    }

    static void recreateDatabase() throws Exception {
        try (Connection c = DriverManager.getConnection(pgServer + "postgres", "postgres", "postgres");
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DB + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + DB);
        }
    }

    static double copyBaseline(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection(pgServer + DB, "postgres", "postgres")) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE bench_copy (nik text, no_kk text, nama text, jenis_kelamin text, tanggal_lahir text,"
                        + " status_kawin text, hubungan_kk text, kode_kab text, kode_kec text, kode_desa text, desil text)");
            }
            long start = System.nanoTime();
            long copied;
            try (InputStream in = Files.newInputStream(file)) {
                copied = c.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("COPY bench_copy FROM STDIN WITH (FORMAT csv, HEADER true)", in);
            }
            double rate = copied / secs(start);
            System.out.printf("COPY    %,d rows in %.1f s = %,.0f rows/s (PostgreSQL's own bulk load, the limit)%n",
                    copied, secs(start), rate);
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE bench_copy");
            }
            return rate;
        }
    }

    static void startServer() throws Exception {
        // A copy of the provisioned server: the deployment it keeps must not reach the tests' server.
        Path home = WORK.resolve("server").toAbsolutePath();
        if (!Files.exists(home)) {
            run("cp -r ear/target/server " + home);
        }
        Path ear = Path.of("ear/target/berdaya.ear").toAbsolutePath();
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/standalone.sh").toString(),
                "-Djboss.socket.binding.port-offset=" + offset)
                .redirectErrorStream(true).redirectOutput(WORK.resolve("server.out").toFile());
        pb.environment().put("JAVA_OPTS", "-Xms256m -Xmx1g -Djava.net.preferIPv4Stack=true -Dberdaya.demo=true");
        pb.environment().put("BERDAYA_DB_DRIVER", "postgresql");
        pb.environment().put("BERDAYA_DB_URL", pgServer + DB);
        pb.environment().put("BERDAYA_DB_USER", "postgres");
        pb.environment().put("BERDAYA_DB_PASSWORD", "postgres");
        server = pb.start();
        String cli = home.resolve("bin/jboss-cli.sh") + " --connect --controller=127.0.0.1:" + (9990 + offset);
        waitFor(() -> run(cli + " '--command=:read-attribute(name=server-state)'").contains("running"), "server start");
        if (!run(cli + " --command=deployment-info").contains("berdaya.ear")) {
            run(cli + " '--command=deploy " + ear + " --force'");
        }
        waitFor(() -> httpStatus("http://127.0.0.1:" + (8080 + offset) + "/berdaya/api/me") == 200, "deployment");
        long pid = javaPid();
        Thread heap = new Thread(() -> watchHeap(pid));
        heap.setDaemon(true);
        heap.start();
    }

    /** Kills the server with -9 in the middle of an import, starts it again, restarts the job, checks the counts. */
    static void killAndRestart(String base, Path file, long expectedAccepted, long broken) throws Exception {
        long id = upload(base, "DTSEN", file);
        waitFor(() -> {
            String s = get(base + "registries/extracts/" + id);
            return Long.parseLong(field(s, "linesDone")) > rows / 3;
        }, "a third of the import");
        long pid = javaPid();
        new ProcessBuilder("kill", "-9", Long.toString(pid)).start().waitFor();
        server.waitFor();
        System.out.println("KILL -9 server (pid " + pid + ") at " + field(get0(base + "registries/extracts/" + id), "linesDone")
                + " lines");
        startServer();
        post(base + "registries/extracts/" + id + "/restart", "application/json", HttpRequest.BodyPublishers.noBody());
        String done = await(base + "registries/extracts/" + id, "status", 1.0);
        long accepted = Long.parseLong(field(done, "accepted"));
        long rejected = Long.parseLong(field(done, "rejected"));
        System.out.printf("RESTART after kill -9: %s; accepted %,d (expected %,d), rejected %,d (expected %,d): %s%n",
                field(done, "status"), accepted, expectedAccepted, rejected, broken,
                accepted == expectedAccepted && rejected == broken ? "EXACT" : "MISMATCH");
    }

    static String get0(String url) {
        try {
            return get(url);
        } catch (Exception e) {
            return "{\"linesDone\":\"?\"}";
        }
    }

    static long javaPid() throws Exception {
        Process p = new ProcessBuilder("pgrep", "-P", Long.toString(server.pid()), "java").start();
        String out = new String(p.getInputStream().readAllBytes()).trim();
        return out.isEmpty() ? server.pid() : Long.parseLong(out.split("\\s+")[0]);
    }

    static void watchHeap(long pid) {
        try {
            Process p = new ProcessBuilder("jstat", "-gc", Long.toString(pid), "1000").start();
            var reader = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream()));
            String header = reader.readLine();
            List<String> cols = List.of(header.trim().split("\\s+"));
            String line;
            while ((line = reader.readLine()) != null) {
                String[] v = line.trim().split("\\s+");
                if (v.length != cols.size() || v[0].equals(cols.get(0))) {
                    continue;
                }
                double used = 0;
                for (String c : List.of("S0U", "S1U", "EU", "OU")) {
                    used += Double.parseDouble(v[cols.indexOf(c)]);
                }
                long kb = (long) used;
                maxHeapKb.accumulateAndGet(kb, Math::max);
            }
        } catch (Exception e) {
            System.out.println("jstat: " + e);
        }
    }

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static final String AUTH = "Basic " + Base64.getEncoder().encodeToString("petugas:demo".getBytes(StandardCharsets.UTF_8));

    static long upload(String base, String registry, Path file) throws Exception {
        String answer = post(base + "registries/" + registry + "/extracts?asOf=" + AS_OF, "text/csv",
                HttpRequest.BodyPublishers.ofFile(file));
        return Long.parseLong(field(answer, "id"));
    }

    static String post(String url, String type, HttpRequest.BodyPublisher body) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", AUTH)
                .header("Content-Type", type).header("Accept", "application/json").timeout(Duration.ofMinutes(10))
                .POST(body).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 202) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    static String get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", AUTH)
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    static int httpStatus(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", AUTH).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    static String await(String url, String field, double pollSeconds) throws Exception {
        while (true) {
            String s = get(url);
            if (!"STARTED".equals(field(s, field))) {
                return s;
            }
            Thread.sleep((long) (pollSeconds * 1000));
        }
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",}]*)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }

    interface Check {
        boolean ok() throws Exception;
    }

    static void waitFor(Check check, String what) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (check.ok()) {
                    return;
                }
            } catch (Exception retry) {
                // not there yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("timed out waiting for " + what);
    }

    static String run(String command) {
        try {
            Process p = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            p.waitFor();
            return out;
        } catch (Exception e) {
            return "";
        }
    }

    static double secs(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
