package id.berdaya.crash;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * One WildFly of the crash harness: its own copy of the provisioned server (ear/target/server),
 * its own port offset and data directory, the real EAR deployed by the deployment scanner and demo
 * data on. It never touches the server the README's Run command or the Arquillian tests use.
 */
final class HarnessServer implements AutoCloseable {

    private final Path home;
    private final int offset;
    private final Map<String, String> environment;
    private final Path log;
    private Process process;
    private final List<String> arguments = new ArrayList<>();

    private HarnessServer(Path home, int offset, Map<String, String> environment) {
        this.home = home;
        this.offset = offset;
        this.environment = environment;
        this.log = home.resolve("harness-console.log");
    }

    /**
     * Copies the provisioned server to {@code target} (replacing an earlier copy), leaves out its
     * runtime state and any deployment the Run command registered, and puts the EAR in its
     * deployments directory.
     */
    static HarnessServer prepare(Path provisioned, Path ear, Path target, int offset, Map<String, String> environment)
            throws IOException {
        if (!Files.isRegularFile(provisioned.resolve("jboss-modules.jar"))) {
            throw new IllegalStateException("No provisioned server at " + provisioned + ": run ./mvnw -B package -DskipTests first");
        }
        if (ear != null && !Files.isRegularFile(ear)) {
            throw new IllegalStateException("No EAR at " + ear + ": run ./mvnw -B package -DskipTests first");
        }
        deleteTree(target);
        Files.createDirectories(target);
        try (Stream<Path> files = Files.walk(provisioned)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path relative = provisioned.relativize(source);
                String name = relative.toString().replace('\\', '/');
                if (name.startsWith("standalone/data") || name.startsWith("standalone/tmp")
                        || name.startsWith("standalone/log") || name.startsWith("standalone/deployments/")
                        || name.startsWith("standalone/configuration/standalone_xml_history")) {
                    continue;
                }
                Path copy = target.resolve(relative);
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        if (ear == null) { // a server without the application (the cluster's balancer)
            return new HarnessServer(target.toAbsolutePath(), offset, new LinkedHashMap<>(environment));
        }
        Path config = target.resolve("standalone/configuration/standalone.xml");
        String xml = Files.readString(config);
        if (!xml.contains("deployment-scanner")) {
            throw new IllegalStateException("The provisioned server has no deployment scanner: " + config);
        }
        Files.writeString(config, xml.replaceAll("(?s)\\s*<deployments>.*?</deployments>", ""));
        Files.createDirectories(target.resolve("standalone/deployments"));
        Files.copy(ear, target.resolve("standalone/deployments/berdaya.ear"));
        return new HarnessServer(target.toAbsolutePath(), offset, new LinkedHashMap<>(environment));
    }

    /** System properties for every start from now on (a cluster node's name and peers). */
    HarnessServer withArguments(List<String> more) {
        arguments.addAll(more);
        return this;
    }

    boolean isRunning() {
        return process != null && process.isAlive();
    }

    Path home() {
        return home;
    }

    int httpPort() {
        return 8080 + offset;
    }

    String appUrl() {
        return "http://127.0.0.1:" + httpPort() + "/berdaya/";
    }

    /** Starts the server and waits until it says it has started (deployments included). */
    void start() throws IOException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("already running");
        }
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/standalone.sh").toString(),
                "-Djboss.socket.binding.port-offset=" + offset, "-Djboss.bind.address=127.0.0.1",
                "-Djboss.bind.address.management=127.0.0.1", "-Dberdaya.demo=true"));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        builder.environment().put("JBOSS_HOME", home.toString());
        builder.environment().put("JAVA_OPTS", "-Xms64m -Xmx768m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Djava.net.preferIPv4Stack=true"
                + " -Djboss.as.management.blocking.timeout=1200");
        builder.environment().remove("JBOSS_BASE_DIR");
        process = builder.start();
        CompletableFuture<String> started = new CompletableFuture<>();
        Process own = process;
        Thread pump = new Thread(() -> pump(own, started), "harness-server-log-" + offset);
        pump.setDaemon(true);
        pump.start();
        String line;
        try {
            line = started.get(20, TimeUnit.MINUTES);
        } catch (TimeoutException e) {
            kill();
            throw new IllegalStateException("The server did not start within 20 minutes; see " + log);
        } catch (Exception e) {
            throw new IllegalStateException("The server did not start; see " + log, e);
        }
        if (!line.contains("WFLYSRV0025")) {
            throw new IllegalStateException("The server started with errors (" + line + "); see " + log);
        }
    }

    private void pump(Process own, CompletableFuture<String> started) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(own.getInputStream(), StandardCharsets.UTF_8));
                PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND), true)) {
            String line;
            while ((line = reader.readLine()) != null) {
                out.println(line);
                if (line.contains("WFLYSRV0025") || line.contains("WFLYSRV0026")) {
                    started.complete(line);
                }
            }
            started.completeExceptionally(new IllegalStateException("the server exited"));
        } catch (IOException e) {
            started.completeExceptionally(e);
        }
    }

    /** SIGKILL: the server's JVM (and the start script) die at once, as with {@code kill -9}. */
    void kill() {
        if (process == null) {
            return;
        }
        List<ProcessHandle> all = new ArrayList<>();
        process.toHandle().descendants().forEach(all::add);
        all.add(process.toHandle());
        all.sort(Comparator.comparing(ProcessHandle::pid).reversed());
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle handle : all) {
            handle.onExit().join();
        }
        process = null;
    }

    /** A normal shutdown (SIGTERM to the JVM), waiting for it to end. */
    void stop() {
        if (process == null) {
            return;
        }
        List<ProcessHandle> javas = process.toHandle().descendants().toList();
        if (javas.isEmpty()) {
            process.destroy();
        } else {
            javas.forEach(ProcessHandle::destroy);
        }
        try {
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
        process = null;
    }

    @Override
    public void close() {
        kill();
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
