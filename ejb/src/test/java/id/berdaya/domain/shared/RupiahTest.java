package id.berdaya.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RupiahTest {

    @ParameterizedTest
    @CsvSource({
        "0, Rp 0",
        "7, Rp 7",
        "999, Rp 999",
        "1000, Rp 1.000",
        "826000, Rp 826.000",
        "3000000, Rp 3.000.000",
        "88351878472, Rp 88.351.878.472",
        "9223372036854775807, Rp 9.223.372.036.854.775.807"
    })
    void formatsWithIndonesianDotGrouping(long amount, String expected) {
        assertThat(Rupiah.of(amount)).hasToString(expected);
    }

    @Test
    void addsAndSubtractsWholeRupiah() {
        Rupiah sum = Rupiah.of(834_000).plus(Rupiah.of(826_000));

        assertThat(sum).isEqualTo(Rupiah.of(1_660_000));
        assertThat(sum.minus(Rupiah.of(1_660_000))).isEqualTo(Rupiah.ZERO);
    }

    @Test
    void refusesNegativeAmounts() {
        assertThatThrownBy(() -> Rupiah.of(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot be negative");
    }

    @Test
    void refusesSubtractingMoreThanThereIs() {
        assertThatThrownBy(() -> Rupiah.of(1_000).minus(Rupiah.of(1_001)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot subtract Rp 1.001 from Rp 1.000: the result would be negative");
    }

    @Test
    void refusesSumsBeyondTheLongRange() {
        assertThatThrownBy(() -> Rupiah.of(Long.MAX_VALUE).plus(Rupiah.of(1)))
                .isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("overflows");
    }

    @Test
    void comparesByAmount() {
        Rupiah small = Rupiah.of(500_000);
        Rupiah large = Rupiah.of(834_000);

        assertThat(small.min(large)).isSameAs(small);
        assertThat(small.max(large)).isSameAs(large);
        assertThat(small).isLessThan(large);
        assertThat(small.isLessThan(large)).isTrue();
        assertThat(large.isGreaterThan(small)).isTrue();
        assertThat(small.compareTo(Rupiah.of(500_000))).isZero();
    }

    @Test
    void knowsZeroFromPositive() {
        assertThat(Rupiah.of(0).isZero()).isTrue();
        assertThat(Rupiah.of(0).isPositive()).isFalse();
        assertThat(Rupiah.of(1).isPositive()).isTrue();
        assertThat(Rupiah.of(0)).isSameAs(Rupiah.ZERO);
    }

    @Test
    void equalAmountsAreEqualValues() {
        assertThat(Rupiah.of(1_000))
                .isEqualTo(new Rupiah(1_000))
                .hasSameHashCodeAs(Rupiah.of(1_000));
    }
}
