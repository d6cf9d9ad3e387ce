package id.berdaya.interfaces.reports;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One batch of repayment statements, as read from the database: who asked, for which district
 * (null: all) and date, as one merged PDF or a ZIP of one PDF per loan, and how far it has come.
 * Any node reads the same, so a reload (on whichever node) finds it again.
 */
public final class StatementBatch {

    public enum Format { PDF, ZIP }

    /** RUNNING; DONE (the file can be fetched); FAILED or STOPPED (it can be restarted). */
    public enum State { RUNNING, DONE, FAILED, STOPPED }

    private final StatementBatchStore.Row row;
    private final State state;
    private final String message;

    StatementBatch(StatementBatchStore.Row row, State state, String message) {
        this.row = row;
        this.state = state;
        this.message = message;
    }

    public String getId() {
        return row.id();
    }

    public String getOwner() {
        return row.owner();
    }

    public String getDistrictCode() {
        return row.districtCode();
    }

    public LocalDate getAsOf() {
        return row.asOf();
    }

    public Format getFormat() {
        return row.format();
    }

    public Instant getStartedAt() {
        return row.createdAt();
    }

    /** "22-11-2026 13:05" in East Kalimantan's time, for the page. */
    public String getStartedText() {
        return java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm")
                .format(row.createdAt().atZone(java.time.ZoneId.of("Asia/Makassar")));
    }

    public Instant getFinishedAt() {
        return state == State.RUNNING ? null : row.finishedAt();
    }

    public int getDone() {
        return row.done();
    }

    /** Loans to print; -1 while they are still being counted. */
    public int getTotal() {
        return row.total();
    }

    /** 0–100, for the progress bar. */
    public int getPercent() {
        int all = row.total();
        return state == State.DONE ? 100 : all <= 0 ? 0 : Math.min(99, row.done() * 100 / all);
    }

    public State getState() {
        return state;
    }

    public String getMessage() {
        return message;
    }

    /** Stopped or failed (its node may have died): it can go on from its last checkpoint. */
    public boolean isRestartable() {
        return (state == State.FAILED || state == State.STOPPED) && row.jobExecution() != null && row.total() != 0;
    }

    Long jobExecution() {
        return row.jobExecution();
    }

    /** "angsuran-kubp-640207-2026-11-22.pdf". */
    public String fileName() {
        return "angsuran-kubp-" + (row.districtCode() == null ? "semua" : row.districtCode()) + "-" + row.asOf() + "."
                + row.format().name().toLowerCase();
    }
}
