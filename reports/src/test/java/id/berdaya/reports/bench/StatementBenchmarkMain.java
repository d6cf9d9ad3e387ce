package id.berdaya.reports.bench;

import id.berdaya.reports.PdfRenderer;
import id.berdaya.reports.SampleDocuments;
import id.berdaya.reports.kubp.RepaymentStatement;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How many two-page repayment statements a second one renderer turns into PDF, as batch printing
 * uses it: one PDF per statement on 1 thread and on every core, and one merged PDF of many
 * statements. Run with {@code ./mvnw -B -pl reports -am verify -Pbench} (seconds per run: -Dbench.args=10).
 */
public final class StatementBenchmarkMain {

    private StatementBenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int cores = Runtime.getRuntime().availableProcessors();
        PdfRenderer renderer = new PdfRenderer();
        RepaymentStatement statement = SampleDocuments.repaymentStatement();
        long start = System.nanoTime();
        renderer.warmUp();
        System.out.printf("Templates compiled in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        System.out.printf("One statement: %d pages, %d bytes%n", 2, renderer.render(statement).length);

        perSecond("warm-up (discarded)", renderer, statement, cores, Math.max(3, seconds / 2));
        List<Double> single = new ArrayList<>();
        List<Double> parallel = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            single.add(perSecond("1 thread, one PDF each", renderer, statement, 1, seconds));
            parallel.add(perSecond(cores + " threads, one PDF each", renderer, statement, cores, seconds));
        }
        double merged = mergedPerSecond(renderer, statement, 200);
        List<Double> frozen = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            frozen.add(frozenBatchPerSecond(renderer, statement, cores, 200));
        }
        System.out.printf("%nRESULT on %d cores: %.1f statements/s on 1 thread, %.1f statements/s on %d threads "
                + "(median of 3 runs of %d s), %.1f statements/s into one merged PDF of 200; "
                + "frozen-letter batch (each PDF/A rendered, hashed, then merged): %.1f statements/s on %d threads "
                + "(median of 3 batches of 200) = %.2f x the one-PDF-each rate of the same run%n",
                cores, median(single), median(parallel), cores, seconds, merged, median(frozen), cores,
                median(frozen) / median(parallel));
        System.out.printf("Load average at the end: %.2f (other processes on this machine slow the figures down)%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static double perSecond(String label, PdfRenderer renderer, RepaymentStatement statement, int threads,
            int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong count = new AtomicLong();
        long bytes = 0;
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long begin = System.nanoTime();
        long cpuBefore = cpuNanos();
        List<Future<Long>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                long written = 0;
                while (System.nanoTime() < end) {
                    written += renderer.render(statement).length;
                    count.incrementAndGet();
                }
                return written;
            }));
        }
        for (Future<Long> worker : workers) {
            bytes += worker.get();
        }
        pool.shutdown();
        double elapsed = (System.nanoTime() - begin) / 1e9;
        double rate = count.get() / elapsed;
        double cpu = (cpuNanos() - cpuBefore) / 1e9;
        System.out.printf("%-28s %6d statements in %.1f s = %6.1f statements/s (%.0f KB each; %.1f CPU-s used, "
                + "%.1f statements per CPU-second)%n", label, count.get(), elapsed, rate,
                bytes / 1024.0 / Math.max(1, count.get()), cpu, count.get() / cpu);
        return rate;
    }

    private static double mergedPerSecond(PdfRenderer renderer, RepaymentStatement statement, int count) {
        List<RepaymentStatement> batch = Collections.nCopies(count, statement);
        long begin = System.nanoTime();
        byte[] pdf = renderer.renderMerged(batch);
        double elapsed = (System.nanoTime() - begin) / 1e9;
        System.out.printf("%-28s %6d statements in %.1f s = %6.1f statements/s (%d KB)%n", "merged PDF, 1 thread",
                count, elapsed, count / elapsed, pdf.length / 1024);
        return count / elapsed;
    }

    /**
     * What batch printing does since letters are frozen: each statement is its own PDF (stored with
     * its SHA-256 on first issue), and the batch file joins the stored PDFs unchanged.
     */
    private static double frozenBatchPerSecond(PdfRenderer renderer, RepaymentStatement statement, int threads,
            int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long begin = System.nanoTime();
        List<Future<byte[]>> pdfs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            pdfs.add(pool.submit(() -> {
                byte[] pdf = renderer.render(statement);
                java.security.MessageDigest.getInstance("SHA-256").digest(pdf);
                return pdf;
            }));
        }
        List<byte[]> stored = new ArrayList<>();
        for (Future<byte[]> pdf : pdfs) {
            stored.add(pdf.get());
        }
        pool.shutdown();
        byte[] merged = id.berdaya.reports.PdfMerge.of(stored);
        double elapsed = (System.nanoTime() - begin) / 1e9;
        System.out.printf("%-28s %6d statements in %.1f s = %6.1f statements/s (%d KB merged)%n",
                "frozen batch, " + threads + " threads", count, elapsed, count / elapsed, merged.length / 1024);
        return count / elapsed;
    }

    /** CPU time of this JVM: with other work on the machine, wall-clock rates understate what the code can do. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
