package id.berdaya.domain.kubp.loan;

import id.berdaya.domain.shared.InvalidInputException;
import id.berdaya.domain.shared.Rupiah;
import java.time.LocalDate;

/** A repayment as finance staff enter it from the receipt; the key is the client's, or null. */
public record RepaymentDetails(Rupiah amount, LocalDate valueDate, PaymentChannel channel, String receiptNo,
        String idempotencyKey) {

    /** Builds the details from raw input, refusing a zero or negative amount as bad input. */
    public static RepaymentDetails of(long amount, LocalDate valueDate, PaymentChannel channel, String receiptNo,
            String idempotencyKey) {
        if (amount <= 0) {
            throw new InvalidInputException("amount", "amount must be more than Rp 0, was " + amount,
                    "Jumlah pembayaran harus lebih dari Rp 0");
        }
        if (valueDate == null) {
            throw new InvalidInputException("valueDate", "valueDate is required", "Tanggal valuta wajib diisi");
        }
        if (channel == null) {
            throw new InvalidInputException("channel", "channel is required", "Cara bayar wajib diisi");
        }
        if (receiptNo == null || receiptNo.isBlank()) {
            throw new InvalidInputException("receiptNo", "receiptNo is required", "Nomor kuitansi wajib diisi");
        }
        return new RepaymentDetails(Rupiah.of(amount), valueDate, channel, receiptNo, idempotencyKey);
    }
}
