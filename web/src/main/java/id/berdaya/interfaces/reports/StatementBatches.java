package id.berdaya.interfaces.reports;

import id.berdaya.application.reports.KubpDocuments;
import id.berdaya.domain.security.Role;
import id.berdaya.reports.PdfMerge;
import id.berdaya.reports.kubp.RepaymentStatement;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Prints the statements of every loan on the books of a district (or of all) in the background.
 * The work runs on the server's managed executor, which carries the caller's identity, so each
 * statement goes through {@link KubpDocuments} with its role checks and its own transaction (and
 * its own letter number). Results are temporary files; the last {@link #KEPT} batches are kept.
 */
@ApplicationScoped
public class StatementBatches {

    static final int KEPT = 20;
    private static final Logger LOG = Logger.getLogger(StatementBatches.class.getName());

    private final Map<String, StatementBatch> batches = new ConcurrentHashMap<>();

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private KubpDocuments documents;

    @Inject
    private PdfRendering rendering;

    public StatementBatch start(String owner, String districtCode, LocalDate asOf, StatementBatch.Format format,
            String verifyBase) {
        StatementBatch batch = new StatementBatch(UUID.randomUUID().toString(), owner,
                districtCode == null || districtCode.isBlank() ? null : districtCode, asOf, format);
        batches.put(batch.getId(), batch);
        forgetOld();
        executor.submit(() -> run(batch, verifyBase));
        return batch;
    }

    public Optional<StatementBatch> find(String id) {
        return Optional.ofNullable(id).map(batches::get);
    }

    /**
     * A batch as its caller may see it: its owner, and supervisors (who oversee every district's
     * books); to anyone else it does not exist (404, nothing to learn from its id).
     */
    public Optional<StatementBatch> find(String id, String caller, Predicate<String> callerInRole) {
        return find(id).filter(batch -> visible(batch, caller, callerInRole));
    }

    /** Newest first, only those the caller may see. */
    public List<StatementBatch> recent(String caller, Predicate<String> callerInRole) {
        return recent().stream().filter(batch -> visible(batch, caller, callerInRole)).toList();
    }

    static boolean visible(StatementBatch batch, String caller, Predicate<String> callerInRole) {
        return caller != null && (caller.equals(batch.getOwner()) || callerInRole.test(Role.Names.SUPERVISOR));
    }

    /** Newest first. */
    public List<StatementBatch> recent() {
        return batches.values().stream().sorted(Comparator.comparing(StatementBatch::getStartedAt).reversed()).toList();
    }

    public byte[] result(StatementBatch batch) {
        try {
            return Files.readAllBytes(batch.file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void run(StatementBatch batch, String verifyBase) {
        try {
            List<Long> loans = documents.loansOnBooks(batch.getDistrictCode(), batch.getAsOf());
            batch.start(loans.size());
            if (loans.isEmpty()) {
                batch.failed("Tidak ada pinjaman berjalan pada tanggal itu (no loans on the books on that date)");
                return;
            }
            Path file = Files.createTempFile("berdaya-statements-", "." + batch.getFormat().name().toLowerCase());
            if (batch.getFormat() == StatementBatch.Format.PDF) {
                // Each statement is a registered letter: its stored PDF goes into the batch as it is.
                List<byte[]> statements = new java.util.ArrayList<>(loans.size());
                for (long loan : loans) {
                    statements.add(rendering.pdf(documents.statement(loan, batch.getAsOf(), verifyBase)));
                    batch.printed();
                }
                Files.write(file, PdfMerge.of(statements));
            } else {
                zip(batch, loans, file, verifyBase);
            }
            batch.finished(file);
            LOG.info(() -> "Statement batch " + batch.getId() + ": " + loans.size() + " statements, " + batch.getFormat());
        } catch (RuntimeException | IOException | LinkageError e) {
            // A missing or broken library is a failed batch too, never one that says "running" for ever.
            LOG.log(Level.WARNING, "Statement batch " + batch.getId() + " failed", e);
            batch.failed(e.getMessage());
        }
    }

    private void zip(StatementBatch batch, List<Long> loans, Path file, String verifyBase) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (long loan : loans) {
                RepaymentStatement statement = documents.statement(loan, batch.getAsOf(), verifyBase);
                zip.putNextEntry(new ZipEntry("angsuran-kubp-" + loan + "-" + batch.getAsOf() + ".pdf"));
                zip.write(rendering.pdf(statement));
                zip.closeEntry();
                batch.printed();
            }
        }
    }

    private void forgetOld() {
        List<StatementBatch> all = recent();
        all.stream().skip(KEPT).filter(b -> b.getState() != StatementBatch.State.RUNNING).forEach(this::forget);
    }

    private void forget(StatementBatch batch) {
        batches.remove(batch.getId());
        Optional.ofNullable(batch.file()).ifPresent(StatementBatches::delete);
    }

    @PreDestroy
    void cleanUp() {
        batches.values().forEach(this::forget);
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.fine(() -> "Cannot delete " + file + ": " + e.getMessage());
        }
    }
}
