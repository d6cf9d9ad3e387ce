package id.berdaya.interfaces.reports;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One batch of repayment statements being printed in the background: who asked, for which district
 * (null: all) and date, as one merged PDF or a ZIP of one PDF per loan, and how far it has come.
 * Held by the application, not the page, so a reload finds it again.
 */
public final class StatementBatch {

    public enum Format { PDF, ZIP }

    public enum State { RUNNING, DONE, FAILED }

    private final String id;
    private final String owner;
    private final String districtCode;
    private final LocalDate asOf;
    private final Format format;
    private final Instant startedAt = Instant.now();
    private final AtomicInteger done = new AtomicInteger();
    private volatile int total = -1;
    private volatile State state = State.RUNNING;
    private volatile String message;
    private volatile Path file;
    private volatile Instant finishedAt;

    StatementBatch(String id, String owner, String districtCode, LocalDate asOf, Format format) {
        this.id = id;
        this.owner = owner;
        this.districtCode = districtCode;
        this.asOf = asOf;
        this.format = format;
    }

    void start(int loans) {
        total = loans;
    }

    void printed() {
        done.incrementAndGet();
    }

    void finished(Path result) {
        file = result;
        finishedAt = Instant.now();
        state = State.DONE;
    }

    void failed(String why) {
        message = why;
        finishedAt = Instant.now();
        state = State.FAILED;
    }

    public String getId() {
        return id;
    }

    public String getOwner() {
        return owner;
    }

    public String getDistrictCode() {
        return districtCode;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public Format getFormat() {
        return format;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    /** "22-11-2026 13:05" in East Kalimantan's time, for the page. */
    public String getStartedText() {
        return java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm")
                .format(startedAt.atZone(java.time.ZoneId.of("Asia/Makassar")));
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public int getDone() {
        return done.get();
    }

    /** Loans to print; -1 while they are still being counted. */
    public int getTotal() {
        return total;
    }

    /** 0–100, for the progress bar. */
    public int getPercent() {
        int all = total;
        return state == State.DONE ? 100 : all <= 0 ? 0 : Math.min(99, done.get() * 100 / all);
    }

    public State getState() {
        return state;
    }

    public String getMessage() {
        return message;
    }

    Path file() {
        return file;
    }

    /** "angsuran-kubp-640207-2026-11-22.pdf". */
    public String fileName() {
        return "angsuran-kubp-" + (districtCode == null ? "semua" : districtCode) + "-" + asOf + "."
                + format.name().toLowerCase();
    }
}
