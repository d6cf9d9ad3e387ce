package id.berdaya.domain.kubp.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.berdaya.domain.shared.Rupiah;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ScheduleParametersTest {

    private static final LocalDate FIRST_DUE = LocalDate.of(2027, 1, 31);

    @Test
    void roundsToWholeThousandsByDefault() {
        ScheduleParameters parameters = ScheduleParameters.of(Rupiah.of(10_000_000), 12, FIRST_DUE);

        assertThat(parameters.roundingMultiple()).isEqualTo(1_000);
    }

    @Test
    void refusesAMissingPrincipal() {
        InvalidScheduleException refusal =
                refusal(() -> ScheduleParameters.of(null, 12, FIRST_DUE));

        assertThat(refusal.field()).isEqualTo("principal");
        assertThat(refusal.messageId()).isEqualTo("schedule.principal.required");
        assertThat(refusal).hasMessage("principal: is required");
        assertThat(refusal.indonesianMessage()).isEqualTo("Pokok pinjaman wajib diisi.");
    }

    @Test
    void refusesAZeroPrincipal() {
        InvalidScheduleException refusal =
                refusal(() -> ScheduleParameters.of(Rupiah.ZERO, 12, FIRST_DUE));

        assertThat(refusal.field()).isEqualTo("principal");
        assertThat(refusal).hasMessage("principal: must be more than Rp 0, was Rp 0");
        assertThat(refusal.indonesianMessage())
                .isEqualTo("Pokok pinjaman harus lebih dari Rp 0, tertulis Rp 0.");
    }

    @Test
    void refusesFewerThanOneInstallment() {
        InvalidScheduleException refusal =
                refusal(() -> ScheduleParameters.of(Rupiah.of(1_000_000), 0, FIRST_DUE));

        assertThat(refusal.field()).isEqualTo("installments");
        assertThat(refusal.messageId()).isEqualTo("schedule.installments.tooFew");
        assertThat(refusal).hasMessage("installments: must be at least 1, was 0");
        assertThat(refusal.indonesianMessage())
                .isEqualTo("Jumlah angsuran paling sedikit 1, tertulis 0.");
    }

    @Test
    void refusesAbsurdlyManyInstallments() {
        InvalidScheduleException refusal =
                refusal(() -> ScheduleParameters.of(Rupiah.of(100_000_000), 361, FIRST_DUE));

        assertThat(refusal.messageId()).isEqualTo("schedule.installments.tooMany");
        assertThat(refusal).hasMessage("installments: must be at most 360, was 361");
    }

    @Test
    void refusesAMissingFirstDueDate() {
        InvalidScheduleException refusal =
                refusal(() -> ScheduleParameters.of(Rupiah.of(1_000_000), 6, null));

        assertThat(refusal.field()).isEqualTo("firstDueDate");
        assertThat(refusal.messageId()).isEqualTo("schedule.firstDueDate.required");
    }

    @Test
    void refusesARoundingMultipleBelowOneRupiah() {
        InvalidScheduleException refusal = refusal(
                () -> new ScheduleParameters(Rupiah.of(1_000_000), 6, FIRST_DUE, 0));

        assertThat(refusal.field()).isEqualTo("roundingMultiple");
        assertThat(refusal).hasMessage("roundingMultiple: must be at least Rp 1, was 0");
    }

    @Test
    void refusesParametersThatMakeTheLastInstallmentNegative() {
        InvalidScheduleException refusal =
                refusal(() -> ScheduleParameters.of(Rupiah.of(1_000), 12, FIRST_DUE));

        assertThat(refusal.field()).isEqualTo("installments");
        assertThat(refusal.messageId()).isEqualTo("schedule.lastInstallment.notPositive");
        assertThat(refusal).hasMessage("installments: the first 11 installments of Rp 1.000 each "
                + "add up to Rp 11.000, more than the principal Rp 1.000, so the last installment "
                + "would be Rp 10.000 below zero; use fewer installments or a smaller rounding "
                + "multiple");
        assertThat(refusal.indonesianMessage()).isEqualTo("11 angsuran pertama masing-masing "
                + "Rp 1.000 berjumlah Rp 11.000, melebihi pokok Rp 1.000, sehingga angsuran "
                + "terakhir menjadi minus Rp 10.000. Kurangi jumlah angsuran atau kelipatan "
                + "pembulatan.");
    }

    @Test
    void refusesParametersThatMakeTheLastInstallmentZero() {
        // 11,000 / 12 rounds up to 1,000, and eleven of those are the whole principal.
        InvalidScheduleException refusal =
                refusal(() -> ScheduleParameters.of(Rupiah.of(11_000), 12, FIRST_DUE));

        assertThat(refusal).hasMessageContaining("add up to Rp 11.000, equal to the principal "
                + "Rp 11.000, so the last installment would be Rp 0");
        assertThat(refusal.indonesianMessage()).contains("sama dengan pokok Rp 11.000")
                .contains("angsuran terakhir menjadi Rp 0.");
    }

    @Test
    void refusesARoundingMultipleSoLargeThatTheRegularInstallmentsPassThePrincipal() {
        InvalidScheduleException refusal = refusal(() -> new ScheduleParameters(
                Rupiah.of(1_000_000), 3, FIRST_DUE, 500_000));

        assertThat(refusal.messageId()).isEqualTo("schedule.lastInstallment.notPositive");
        assertThat(refusal).hasMessageContaining("the first 2 installments of Rp 500.000 each "
                + "add up to Rp 1.000.000, equal to the principal");
    }

    @Test
    void refusesWithoutOverflowWhenTheMultipleIsNearTheLongLimit() {
        InvalidScheduleException refusal = refusal(() -> new ScheduleParameters(
                Rupiah.of(1_000_000), 3, FIRST_DUE, Long.MAX_VALUE));

        assertThat(refusal).hasMessageContaining("add up to far more than the principal");
        assertThat(refusal.indonesianMessage()).contains("jauh melebihi pokok Rp 1.000.000");
    }

    @Test
    void acceptsAnyMultipleForASingleInstallment() {
        ScheduleParameters parameters =
                new ScheduleParameters(Rupiah.of(1_000), 1, FIRST_DUE, Long.MAX_VALUE);

        assertThat(parameters.installments()).isEqualTo(1);
    }

    private static InvalidScheduleException refusal(Runnable construction) {
        InvalidScheduleException refusal =
                catchThrowableOfType(InvalidScheduleException.class, construction::run);
        assertThat(refusal).as("refusal").isNotNull();
        return refusal;
    }
}
