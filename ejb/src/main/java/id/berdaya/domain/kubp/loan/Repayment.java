package id.berdaya.domain.kubp.loan;

import id.berdaya.domain.shared.KeepsHistory;
import id.berdaya.domain.kubp.ledger.LedgerEntry;
import id.berdaya.domain.shared.Rupiah;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A repayment in a loan's ledger. Every column is written once: a mistake is undone by a
 * {@link Reversal}, a row of its own, so the ledger shows both and nothing is edited or deleted.
 */
@KeepsHistory
@Entity
@Table(name = "kubp_repayment")
public class Repayment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "loan_id", nullable = false, updatable = false)
    private Loan loan;

    @Column(nullable = false, updatable = false)
    private long amount;

    @Column(name = "value_date", nullable = false, updatable = false)
    private LocalDate valueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 15, updatable = false)
    private PaymentChannel channel;

    @Column(name = "receipt_no", nullable = false, length = 40, updatable = false)
    private String receiptNo;

    @Column(name = "idempotency_key", length = 100, updatable = false)
    private String idempotencyKey;

    @Column(name = "posted_by", nullable = false, length = 50, updatable = false)
    private String postedBy;

    @Column(name = "posted_at", nullable = false, updatable = false)
    private Instant postedAt;

    protected Repayment() {
        // for JPA
    }

    Repayment(Loan loan, RepaymentDetails details, String postedBy, Instant postedAt) {
        this.loan = loan;
        this.amount = details.amount().amount();
        this.valueDate = details.valueDate();
        this.channel = details.channel();
        this.receiptNo = details.receiptNo().strip();
        this.idempotencyKey = details.idempotencyKey();
        this.postedBy = Objects.requireNonNull(postedBy, "postedBy");
        this.postedAt = postedAt;
    }

    /** The arithmetic's view; a payment not yet stored sorts after every stored one of its day. */
    LedgerEntry toLedgerEntry(boolean reversed) {
        return new LedgerEntry(id == null ? Long.MAX_VALUE : id, Rupiah.of(amount), valueDate, reversed);
    }

    /** Whether a retried post carries the same payment, so that returning this one is right. */
    public boolean sameAs(long loanId, RepaymentDetails details) {
        return loan.getId() == loanId && amount == details.amount().amount()
                && valueDate.equals(details.valueDate()) && channel == details.channel()
                && receiptNo.equals(details.receiptNo().strip());
    }

    public Long getId() {
        return id;
    }

    public Loan getLoan() {
        return loan;
    }

    public Rupiah getAmount() {
        return Rupiah.of(amount);
    }

    public LocalDate getValueDate() {
        return valueDate;
    }

    public PaymentChannel getChannel() {
        return channel;
    }

    public String getReceiptNo() {
        return receiptNo;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public String getPostedBy() {
        return postedBy;
    }

    public Instant getPostedAt() {
        return postedAt;
    }
}
