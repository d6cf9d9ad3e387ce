package id.berdaya.interfaces.reports;

import id.berdaya.application.registry.JobRestarts;
import id.berdaya.domain.security.Role;
import id.berdaya.domain.shared.StateConflictException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.logging.Logger;

/**
 * Prints the statements of every loan on the books of a district (or of all) in the background, as
 * the Jakarta Batch job {@code statement-batch} (META-INF/batch-jobs): its progress, its printed
 * statements and its result are in the database (migration V21_70) and its checkpoints in JBeret's
 * job repository there, so any node of a cluster shows it, serves its file and restarts it after its
 * node died. A job has no caller: the starter's roles are checked here, when she starts or restarts
 * it, and the job prints through {@code StatementBatchPrinting}. The newest {@link #KEPT} batches are kept.
 */
@ApplicationScoped
public class StatementBatches {

    static final String JOB = "statement-batch";
    static final int KEPT = 20;
    /** A running batch whose job has not written for this long lost its node: it reads as failed. */
    static final Duration SILENT = Duration.ofMinutes(3);
    /** The roles that print KUBP statements ({@code KubpDocuments}). */
    static final List<String> PRINTING_ROLES = List.of(Role.Names.LOAN_OFFICER, Role.Names.FINANCE_STAFF,
            Role.Names.SUPERVISOR, Role.Names.POLICY_STAFF);
    private static final Logger LOG = Logger.getLogger(StatementBatches.class.getName());

    @Inject
    private StatementBatchStore store;

    public StatementBatch start(String owner, Predicate<String> ownerInRole, String districtCode, LocalDate asOf,
            StatementBatch.Format format, String verifyBase) {
        requirePrinting(ownerInRole);
        id.berdaya.application.reports.LetterIssues.notFuture(asOf, "asOf");
        String id = UUID.randomUUID().toString();
        store.create(id, owner, districtCode == null || districtCode.isBlank() ? null : districtCode, asOf, format,
                verifyBase);
        store.forgetBeyond(KEPT, Instant.now().minus(Duration.ofDays(1)));
        Properties parameters = new Properties();
        parameters.setProperty("batchId", id);
        long execution = jobs().start(JOB, parameters);
        store.running(id, execution);
        LOG.info(() -> "Statement batch " + id + " started by " + owner + ": execution " + execution);
        return find(id).orElseThrow();
    }

    /** Restarts a stopped, failed or orphaned batch from its last checkpoint; its printed statements stay. */
    public StatementBatch restart(String id, String caller, Predicate<String> callerInRole) {
        requirePrinting(callerInRole);
        StatementBatch batch = find(id, caller, callerInRole).orElseThrow(() -> notFound(id));
        if (batch.getState() == StatementBatch.State.DONE) {
            return batch;
        }
        if (batch.jobExecution() == null) {
            throw new StateConflictException("Batch " + id + " has no job to restart yet",
                    "Pencetakan " + id + " belum punya pekerjaan untuk dilanjutkan");
        }
        long execution = JobRestarts.restart(jobs(), batch.jobExecution(), "batchId", id);
        store.running(id, execution);
        LOG.info(() -> "Statement batch " + id + " restarted by " + caller + ": execution " + execution);
        return find(id).orElseThrow();
    }

    /** Asks the running job to stop after its current chunk; a restart goes on from there. */
    public StatementBatch stop(String id, String caller, Predicate<String> callerInRole) {
        StatementBatch batch = find(id, caller, callerInRole).orElseThrow(() -> notFound(id));
        if (batch.getState() == StatementBatch.State.RUNNING && batch.jobExecution() != null) {
            BatchStatus status = jobs().getJobExecution(batch.jobExecution()).getBatchStatus();
            if (status == BatchStatus.STARTING || status == BatchStatus.STARTED) {
                jobs().stop(batch.jobExecution());
            }
        }
        return find(id).orElseThrow();
    }

    public Optional<StatementBatch> find(String id) {
        return Optional.ofNullable(id).flatMap(store::find).map(this::view);
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
        return store.recent(KEPT).stream().map(this::view).toList();
    }

    /** The merged PDF or the ZIP of a batch that is done. */
    public byte[] result(StatementBatch batch) {
        return store.file(batch.getId()).orElseThrow(() -> new StateConflictException(
                "Batch " + batch.getId() + " has no file", "Pencetakan " + batch.getId() + " belum punya berkas"));
    }

    /**
     * The state a person should read: the stored one once the batch ended; while it runs, the job's, and
     * FAILED for a job that says STARTED but has written nothing for {@link #SILENT} (its node died).
     */
    private StatementBatch view(StatementBatchStore.Row row) {
        if (!"RUNNING".equals(row.status())) {
            return new StatementBatch(row, StatementBatch.State.valueOf(row.status()), row.message());
        }
        if (row.jobExecution() == null) {
            return silent(row) ? orphaned(row) : new StatementBatch(row, StatementBatch.State.RUNNING, null);
        }
        BatchStatus job = jobs().getJobExecution(row.jobExecution()).getBatchStatus();
        // A job asked to stop still prints its current chunk: running until it has stopped (then restartable).
        String status = job == BatchStatus.STOPPING ? "STARTED" : JobRestarts.apiStatus(job);
        return switch (status) {
            case "STARTED" -> silent(row) ? orphaned(row) : new StatementBatch(row, StatementBatch.State.RUNNING, null);
            case "STOPPED" -> new StatementBatch(row, StatementBatch.State.STOPPED, null);
            case "COMPLETED" -> {
                // The job ended between reading the row and asking the job: its last step wrote the row first.
                StatementBatchStore.Row again = store.find(row.id()).orElse(row);
                yield new StatementBatch(again, "DONE".equals(again.status()) ? StatementBatch.State.DONE
                        : StatementBatch.State.FAILED, again.message());
            }
            default -> new StatementBatch(row, StatementBatch.State.FAILED, row.message());
        };
    }

    private static boolean silent(StatementBatchStore.Row row) {
        return row.updatedAt().isBefore(Instant.now().minus(SILENT));
    }

    private static StatementBatch orphaned(StatementBatchStore.Row row) {
        return new StatementBatch(row, StatementBatch.State.FAILED,
                "Server yang menjalankannya berhenti; lanjutkan pencetakan (the server running it stopped; restart it)");
    }

    private static void requirePrinting(Predicate<String> inRole) {
        if (PRINTING_ROLES.stream().noneMatch(inRole)) {
            throw new EJBAccessException("Printing statements needs one of the roles " + PRINTING_ROLES);
        }
    }

    private static id.berdaya.domain.shared.NotFoundException notFound(String id) {
        return new id.berdaya.domain.shared.NotFoundException("Statement batch", id);
    }

    static JobOperator jobs() {
        return BatchRuntime.getJobOperator();
    }
}
