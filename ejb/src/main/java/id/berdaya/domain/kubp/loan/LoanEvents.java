package id.berdaya.domain.kubp.loan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Who moved a loan through its life and when. Business dates (disbursed on, written off on) are
 * kept apart from the moments they were entered, since back-dated loans have both.
 */
@Embeddable
public class LoanEvents {

    @Column(name = "applied_by", nullable = false, length = 50, updatable = false)
    private String appliedBy;

    @Column(name = "applied_at", nullable = false, updatable = false)
    private Instant appliedAt;

    @Column(name = "approved_by", length = 50)
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "disbursed_on")
    private LocalDate disbursedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "disbursement_channel", length = 15)
    private PaymentChannel disbursementChannel;

    @Column(name = "disbursed_by", length = 50)
    private String disbursedBy;

    @Column(name = "disbursed_at")
    private Instant disbursedAt;

    @Column(name = "written_off_on")
    private LocalDate writtenOffOn;

    @Column(name = "write_off_reason", length = 500)
    private String writeOffReason;

    @Column(name = "written_off_by", length = 50)
    private String writtenOffBy;

    @Column(name = "written_off_at")
    private Instant writtenOffAt;

    void applied(String by, Instant at) {
        this.appliedBy = by;
        this.appliedAt = at;
    }

    void approved(String by, Instant at) {
        this.approvedBy = by;
        this.approvedAt = at;
    }

    void disbursed(LocalDate on, PaymentChannel channel, String by, Instant at) {
        this.disbursedOn = on;
        this.disbursementChannel = channel;
        this.disbursedBy = by;
        this.disbursedAt = at;
    }

    void writtenOff(LocalDate on, String reason, String by, Instant at) {
        this.writtenOffOn = on;
        this.writeOffReason = reason;
        this.writtenOffBy = by;
        this.writtenOffAt = at;
    }

    public String getAppliedBy() {
        return appliedBy;
    }

    public Instant getAppliedAt() {
        return appliedAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public LocalDate getDisbursedOn() {
        return disbursedOn;
    }

    public PaymentChannel getDisbursementChannel() {
        return disbursementChannel;
    }

    public String getDisbursedBy() {
        return disbursedBy;
    }

    public Instant getDisbursedAt() {
        return disbursedAt;
    }

    public LocalDate getWrittenOffOn() {
        return writtenOffOn;
    }

    public String getWriteOffReason() {
        return writeOffReason;
    }

    public String getWrittenOffBy() {
        return writtenOffBy;
    }

    public Instant getWrittenOffAt() {
        return writtenOffAt;
    }
}
