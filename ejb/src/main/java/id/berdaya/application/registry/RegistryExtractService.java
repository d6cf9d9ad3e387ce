package id.berdaya.application.registry;

import id.berdaya.domain.registry.CsvHeader;
import id.berdaya.domain.registry.Registry;
import id.berdaya.domain.security.Role;
import id.berdaya.domain.shared.InvalidInputException;
import id.berdaya.domain.shared.NotFoundException;
import id.berdaya.domain.wrse.WrseProgramme;
import id.berdaya.infrastructure.registry.ExtractStore;
import id.berdaya.infrastructure.registry.ExtractStore.ExtractRecord;
import id.berdaya.infrastructure.registry.StagedExtracts;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Registry extracts in: checks the whole file on arrival (registry, as-of date, size, text, header
 * columns), stages it and starts the restartable import job; reports each import's progress and
 * counts, stops and restarts it. Outside a transaction: the upload is long, and the job must only
 * start once its extract row is committed.
 */
@Stateless
@RolesAllowed({Role.Names.LOAN_OFFICER, Role.Names.SUPERVISOR})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RegistryExtractService {

    static final String JOB = "registry-import";
    private static final Logger LOG = Logger.getLogger(RegistryExtractService.class.getName());

    @Inject
    private StagedExtracts staging;

    @Inject
    private ExtractStore extracts;

    @Resource
    private SessionContext session;

    /** Checks, stages and starts an import; a refused file leaves nothing behind. */
    public ExtractView upload(String registryName, String asOfText, String contentType, Long declaredLength,
            InputStream body) {
        Registry registry = registry(registryName);
        LocalDate asOf = asOf(asOfText);
        requireCsvType(contentType);
        if (declaredLength != null && declaredLength > staging.maxBytes()) {
            throw new InvalidInputException("body", "The file is larger than " + staging.maxBytes() + " bytes",
                    "Berkas lebih besar dari " + staging.maxBytes() + " byte");
        }
        StagedExtracts.Staged staged = staging.stage(body);
        try {
            List<String> missing = CsvHeader.parse(staged.headerLine()).missing(registry.requiredColumns());
            if (!missing.isEmpty()) {
                throw new InvalidInputException("body", "Missing columns for " + registry + ": " + String.join(", ", missing),
                        "Kolom yang wajib tidak ada untuk " + registry + ": " + String.join(", ", missing));
            }
        } catch (RuntimeException e) {
            staging.discard(staged.file());
            throw e;
        }
        long id = extracts.create(registry, asOf, staged.file().toString(), staged.dataLines(),
                session.getCallerPrincipal().getName());
        Properties parameters = new Properties();
        parameters.setProperty("extractId", Long.toString(id));
        long execution = jobs().start(JOB, parameters);
        extracts.setJobExecution(id, execution);
        LOG.info(() -> "Import of " + registry + " as of " + asOf + " started: extract " + id + ", "
                + staged.dataLines() + " data lines");
        return view(extracts.find(id).orElseThrow());
    }

    public ExtractView status(long id) {
        return view(find(id));
    }

    public List<ExtractView> latest(int limit) {
        return extracts.latest(limit).stream().map(this::view).toList();
    }

    public void writeRejections(long id, Writer out) {
        find(id);
        extracts.writeRejections(id, out);
    }

    /** Asks the running import to stop after its current chunk; what is stored stays, a restart goes on. */
    public ExtractView stop(long id) {
        ExtractRecord extract = find(id);
        if (extract.jobExecution() != null && isRunning(extract.jobExecution())) {
            jobs().stop(extract.jobExecution());
        }
        return view(find(id));
    }

    /** Restarts a stopped, failed or crashed import from its last checkpoint. */
    public ExtractView restart(long id) {
        ExtractRecord extract = find(id);
        if (!"COMPLETED".equals(extract.status()) && extract.jobExecution() != null) {
            long execution = JobRestarts.restart(jobs(), extract.jobExecution(), "extractId", id);
            extracts.setJobExecution(id, execution);
        }
        return view(find(id));
    }

    private ExtractRecord find(long id) {
        return extracts.find(id).orElseThrow(() -> new NotFoundException("Extract", id));
    }

    private ExtractView view(ExtractRecord e) {
        String status = e.status();
        if (!"COMPLETED".equals(status) && e.jobExecution() != null) {
            status = JobRestarts.apiStatus(jobs().getJobExecution(e.jobExecution()).getBatchStatus());
            if ("COMPLETED".equals(status)) {
                // The job ended between reading the row and asking the job: the summary step wrote the
                // counts before the job was marked completed, so the row read again has them.
                e = find(e.id());
                status = "COMPLETED".equals(e.status()) ? "COMPLETED" : "FAILED";
            }
        }
        return new ExtractView(e.id(), e.registry().name(), e.asOf(), status, e.dataLines(), e.linesDone(),
                e.read(), e.accepted(), e.rejected(), e.unchanged(), e.uploadedBy(), e.uploadedAt(), e.finishedAt());
    }

    private boolean isRunning(long execution) {
        BatchStatus s = jobs().getJobExecution(execution).getBatchStatus();
        return s == BatchStatus.STARTING || s == BatchStatus.STARTED;
    }

    static JobOperator jobs() {
        return BatchRuntime.getJobOperator();
    }

    private static Registry registry(String name) {
        String upper = name == null ? "" : name.toUpperCase(Locale.ROOT);
        return Registry.named(upper).orElseThrow(() -> new InvalidInputException("name",
                "Unknown registry '" + name + "'; one of " + List.of(Registry.values()),
                "Registri '" + name + "' tidak dikenal; salah satu dari " + List.of(Registry.values())));
    }

    private static LocalDate asOf(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("asOf", "The extract's as-of date is required (YYYY-MM-DD)",
                    "Tanggal data ekstrak wajib diisi (YYYY-MM-DD)");
        }
        LocalDate asOf;
        try {
            asOf = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("asOf", "'" + text + "' is not a date in the form YYYY-MM-DD",
                    "'" + text + "' bukan tanggal berbentuk YYYY-MM-DD");
        }
        if (asOf.isAfter(WrseProgramme.today(Instant.now()))) {
            throw new InvalidInputException("asOf", "The as-of date " + asOf + " is in the future",
                    "Tanggal data " + asOf + " ada di masa depan");
        }
        if (asOf.isBefore(LocalDate.of(2000, 1, 1))) {
            throw new InvalidInputException("asOf", "The as-of date " + asOf + " is before 2000",
                    "Tanggal data " + asOf + " sebelum tahun 2000");
        }
        return asOf;
    }

    private static void requireCsvType(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).split(";")[0].trim();
        if (!List.of("text/csv", "text/plain", "application/csv", "application/vnd.ms-excel").contains(type)) {
            throw new InvalidInputException("Content-Type", "Send the extract as text/csv, not '" + contentType + "'",
                    "Kirim ekstrak sebagai text/csv, bukan '" + contentType + "'");
        }
    }
}
