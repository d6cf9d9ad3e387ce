package id.berdaya.domain.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LetterSubjectTest {

    @Test
    void keyNamesTypeRecordAndDate() {
        assertThat(LetterSubject.of(LetterType.WRSE_DECISION_LETTER, 42L).key()).isEqualTo("WRSE_DECISION_LETTER:42");
        assertThat(LetterSubject.asOf(LetterType.KUBP_REPAYMENT_STATEMENT, 7L, LocalDate.of(2026, 11, 22)).key())
                .isEqualTo("KUBP_REPAYMENT_STATEMENT:7:2026-11-22");
    }

    @Test
    void refusesASubjectWithoutRecord() {
        assertThatThrownBy(() -> LetterSubject.of(LetterType.WRSE_DECISION_LETTER, " "))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
