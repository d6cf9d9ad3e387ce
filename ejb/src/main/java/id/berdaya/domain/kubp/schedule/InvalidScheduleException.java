package id.berdaya.domain.kubp.schedule;

import id.berdaya.domain.shared.Rupiah;

/**
 * Schedule parameters that the arithmetic cannot honour. Names the offending field and says why
 * in English ({@link #getMessage()}) and in Indonesian ({@link #indonesianMessage()}), the latter
 * for the API to show to staff; {@link #messageId()} is stable for clients that translate.
 */
public final class InvalidScheduleException extends IllegalArgumentException {

    private final String field;
    private final String messageId;
    private final String indonesianMessage;

    private InvalidScheduleException(
            String field, String messageId, String englishReason, String indonesianMessage) {
        super(field + ": " + englishReason);
        this.field = field;
        this.messageId = messageId;
        this.indonesianMessage = indonesianMessage;
    }

    public String field() {
        return field;
    }

    public String messageId() {
        return messageId;
    }

    public String indonesianMessage() {
        return indonesianMessage;
    }

    static InvalidScheduleException required(String field, String indonesianName) {
        return new InvalidScheduleException(field, "schedule." + field + ".required",
                "is required", indonesianName + " wajib diisi.");
    }

    static InvalidScheduleException principalNotPositive(Rupiah principal) {
        return new InvalidScheduleException("principal", "schedule.principal.notPositive",
                "must be more than Rp 0, was " + principal,
                "Pokok pinjaman harus lebih dari Rp 0, tertulis " + principal + ".");
    }

    static InvalidScheduleException tooFewInstallments(int installments) {
        return new InvalidScheduleException("installments", "schedule.installments.tooFew",
                "must be at least 1, was " + installments,
                "Jumlah angsuran paling sedikit 1, tertulis " + installments + ".");
    }

    static InvalidScheduleException tooManyInstallments(int installments, int maximum) {
        return new InvalidScheduleException("installments", "schedule.installments.tooMany",
                "must be at most " + maximum + ", was " + installments,
                "Jumlah angsuran paling banyak " + maximum + ", tertulis " + installments + ".");
    }

    static InvalidScheduleException roundingMultipleTooSmall(long roundingMultiple) {
        return new InvalidScheduleException("roundingMultiple",
                "schedule.roundingMultiple.tooSmall",
                "must be at least Rp 1, was " + roundingMultiple,
                "Kelipatan pembulatan paling sedikit Rp 1, tertulis " + roundingMultiple + ".");
    }

    /**
     * The regular installments alone reach or pass the principal. Filed under "installments"
     * because fewer installments (or a smaller rounding multiple) is the fix.
     */
    static InvalidScheduleException lastInstallmentNotPositive(
            Rupiah principal, int installments, Rupiah regular) {
        int others = installments - 1;
        String english;
        String indonesian;
        try {
            Rupiah regularTotal = Rupiah.of(Math.multiplyExact(regular.amount(), (long) others));
            boolean zero = regularTotal.equals(principal);
            String shortfall = zero ? "Rp 0" : regularTotal.minus(principal).toString();
            english = String.format("the first %d installments of %s each add up to %s, %s the "
                    + "principal %s, so the last installment would be %s", others, regular,
                    regularTotal, zero ? "equal to" : "more than", principal,
                    zero ? "Rp 0" : shortfall + " below zero");
            indonesian = String.format("%d angsuran pertama masing-masing %s berjumlah %s, %s "
                    + "pokok %s, sehingga angsuran terakhir menjadi %s.", others, regular,
                    regularTotal, zero ? "sama dengan" : "melebihi", principal,
                    zero ? "Rp 0" : "minus " + shortfall);
        } catch (ArithmeticException beyondLongRange) {
            english = String.format("the first %d installments of %s each add up to far more "
                    + "than the principal %s, so the last installment would be below zero",
                    others, regular, principal);
            indonesian = String.format("%d angsuran pertama masing-masing %s berjumlah jauh "
                    + "melebihi pokok %s, sehingga angsuran terakhir menjadi minus.",
                    others, regular, principal);
        }
        return new InvalidScheduleException("installments",
                "schedule.lastInstallment.notPositive",
                english + "; use fewer installments or a smaller rounding multiple",
                indonesian + " Kurangi jumlah angsuran atau kelipatan pembulatan.");
    }
}
