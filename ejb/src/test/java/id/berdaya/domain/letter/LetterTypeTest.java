package id.berdaya.domain.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LetterTypeTest {

    @Test
    void numbersReadAsIndonesianLetterNumbers() {
        assertThat(LetterType.WRSE_DECISION_LETTER.number(7, 2026)).isEqualTo("400.9/0007/DINSOS/2026");
        assertThat(LetterType.KUBP_APPROVAL_LETTER.number(12, 2026)).isEqualTo("500/0012/KUBP/2026");
        assertThat(LetterType.KUBP_REPAYMENT_STATEMENT.number(12345, 2027)).isEqualTo("500/12345/REK-KUBP/2027");
    }

    @Test
    void noTwoSeriesCanPrintTheSameNumber() {
        assertThat(Arrays.stream(LetterType.values()).map(type -> type.number(1, 2026)).distinct())
                .hasSize(LetterType.values().length);
    }
}
