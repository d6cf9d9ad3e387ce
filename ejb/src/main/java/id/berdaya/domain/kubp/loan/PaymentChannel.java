package id.berdaya.domain.kubp.loan;

/** How money moved, for disbursements and repayments alike. */
public enum PaymentChannel {
    CASH,
    BANK_TRANSFER
}
