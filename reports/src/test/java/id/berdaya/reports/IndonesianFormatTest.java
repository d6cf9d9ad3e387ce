package id.berdaya.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IndonesianFormatTest {

    @Test
    void rupiahUsesDotsBetweenThousandsAndANoBreakSpaceAfterRp() {
        assertThat(IndonesianFormat.rupiah(3_000_000)).isEqualTo("Rp\u00a03.000.000");
        assertThat(IndonesianFormat.rupiah(0)).isEqualTo("Rp\u00a00");
        assertThat(IndonesianFormat.rupiah(834_000)).isEqualTo("Rp\u00a0834.000");
        assertThat(IndonesianFormat.rupiah(-834_000)).isEqualTo("-Rp\u00a0834.000");
    }

    @Test
    void datesAreWrittenWithIndonesianMonthNames() {
        assertThat(IndonesianFormat.longDate(LocalDate.of(2026, 11, 22))).isEqualTo("22 November 2026");
        assertThat(IndonesianFormat.longDate(LocalDate.of(2027, 2, 1))).isEqualTo("1 Februari 2027");
        assertThat(IndonesianFormat.longDate(LocalDate.of(2027, 8, 17))).isEqualTo("17 Agustus 2027");
    }

    @Test
    void dayNamesAndPercentagesAreIndonesian() {
        assertThat(IndonesianFormat.dayName(LocalDate.of(2026, 11, 23))).isEqualTo("Senin");
        assertThat(IndonesianFormat.dayName(LocalDate.of(2026, 11, 22))).isEqualTo("Minggu");
        assertThat(IndonesianFormat.percent(0.1234)).isEqualTo("12,34 %");
        assertThat(IndonesianFormat.percent(0)).isEqualTo("0,00 %");
    }
}
