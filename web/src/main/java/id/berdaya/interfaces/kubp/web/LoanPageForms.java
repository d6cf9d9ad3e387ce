package id.berdaya.interfaces.kubp.web;

import id.berdaya.application.kubp.KubpCalendar;
import id.berdaya.domain.kubp.loan.PaymentChannel;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What staff type into a loan's page. The repayment form carries an idempotency key made when
 * the form is shown, so a double click or a resubmitted page posts the payment only once.
 */
public class LoanPageForms implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long amount;
    private LocalDate valueDate = LocalDate.now(KubpCalendar.ZONE);
    private PaymentChannel channel = PaymentChannel.CASH;
    @Size(max = 40)
    private String receiptNo;
    private String idempotencyKey = UUID.randomUUID().toString();
    @Size(max = 500)
    private String reversalReason;
    private LocalDate disbursementDate = LocalDate.now(KubpCalendar.ZONE);
    private PaymentChannel disbursementChannel = PaymentChannel.BANK_TRANSFER;
    private LocalDate writeOffDate;
    @Size(max = 500)
    private String writeOffReason;
    private Integer rescheduleTenor;
    private LocalDate rescheduleFirstDue;
    private String rescheduleReason;

    void clearRepayment() {
        amount = null;
        receiptNo = null;
        idempotencyKey = UUID.randomUUID().toString();
    }

    public Long getAmount() { return amount; }
    public void setAmount(Long amount) { this.amount = amount; }
    public LocalDate getValueDate() { return valueDate; }
    public void setValueDate(LocalDate valueDate) { this.valueDate = valueDate; }
    public PaymentChannel getChannel() { return channel; }
    public void setChannel(PaymentChannel channel) { this.channel = channel; }
    public String getReceiptNo() { return receiptNo; }
    public void setReceiptNo(String receiptNo) { this.receiptNo = receiptNo; }
    public String getIdempotencyKey() { return idempotencyKey; }
    public String getReversalReason() { return reversalReason; }
    public void setReversalReason(String reversalReason) { this.reversalReason = reversalReason; }
    public LocalDate getDisbursementDate() { return disbursementDate; }
    public void setDisbursementDate(LocalDate disbursementDate) { this.disbursementDate = disbursementDate; }
    public PaymentChannel getDisbursementChannel() { return disbursementChannel; }
    public void setDisbursementChannel(PaymentChannel disbursementChannel) { this.disbursementChannel = disbursementChannel; }
    public LocalDate getWriteOffDate() { return writeOffDate; }
    public void setWriteOffDate(LocalDate writeOffDate) { this.writeOffDate = writeOffDate; }
    public String getWriteOffReason() { return writeOffReason; }
    public void setWriteOffReason(String writeOffReason) { this.writeOffReason = writeOffReason; }
    public Integer getRescheduleTenor() { return rescheduleTenor; }
    public void setRescheduleTenor(Integer rescheduleTenor) { this.rescheduleTenor = rescheduleTenor; }
    public LocalDate getRescheduleFirstDue() { return rescheduleFirstDue; }
    public void setRescheduleFirstDue(LocalDate rescheduleFirstDue) { this.rescheduleFirstDue = rescheduleFirstDue; }
    public String getRescheduleReason() { return rescheduleReason; }
    public void setRescheduleReason(String rescheduleReason) { this.rescheduleReason = rescheduleReason; }

    void clearRescheduling() {
        rescheduleTenor = null;
        rescheduleFirstDue = null;
        rescheduleReason = null;
    }
}
