package id.berdaya.domain.kubp.loan;

import id.berdaya.domain.shared.KeepsHistory;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The undoing of one repayment, kept beside it. It takes effect from the reversed payment's value
 * date (figures for any date treat that payment as never made) but keeps its own author, time
 * and reason, so the history shows both entries.
 */
@KeepsHistory
@Entity
@Table(name = "kubp_reversal")
public class Reversal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "repayment_id", nullable = false, updatable = false, unique = true)
    private Repayment repayment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "loan_id", nullable = false, updatable = false)
    private Loan loan;

    @Column(nullable = false, length = 500, updatable = false)
    private String reason;

    @Column(name = "reversed_by", nullable = false, length = 50, updatable = false)
    private String reversedBy;

    @Column(name = "reversed_at", nullable = false, updatable = false)
    private Instant reversedAt;

    protected Reversal() {
        // for JPA
    }

    Reversal(Loan loan, Repayment repayment, String reason, String reversedBy, Instant reversedAt) {
        this.loan = loan;
        this.repayment = repayment;
        this.reason = reason.strip();
        this.reversedBy = reversedBy;
        this.reversedAt = reversedAt;
    }

    public Long getId() {
        return id;
    }

    public Repayment getRepayment() {
        return repayment;
    }

    /** Read without loading the repayment: the id is the foreign key Hibernate already holds. */
    public Long getRepaymentId() {
        return repayment.getId();
    }

    /** By identity before the rows are stored (ids are given on insert), by id after. */
    boolean reverses(Repayment other) {
        return repayment == other || (other.getId() != null && other.getId().equals(getRepaymentId()));
    }

    public String getReason() {
        return reason;
    }

    public String getReversedBy() {
        return reversedBy;
    }

    public Instant getReversedAt() {
        return reversedAt;
    }
}
