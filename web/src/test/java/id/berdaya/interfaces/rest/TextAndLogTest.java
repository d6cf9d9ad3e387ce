package id.berdaya.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextAndLogTest {

    @Test
    void onlyAsciiDigitsCountAsDigits() {
        assertThat(RequestGuard.asciiDigitsOnly("kubp/loans/12/approval")).isTrue();
        assertThat(RequestGuard.asciiDigitsOnly("kubp/loans/\u0661\u0662/approval")).isFalse();
        assertThat(RequestGuard.asciiDigitsOnly("kubp/loans/\u0967/approval")).isFalse();
        assertThat(RequestGuard.asciiDigitsOnly("kubp/loans/\uFF11\uFF12")).isFalse();
    }

    @Test
    void textChecksNameTheProblem() {
        assertThat(TextChecks.problem("Siti Aminah", false)).isNull();
        assertThat(TextChecks.problem("Désa Ñ 😀", false)).isNull();
        assertThat(TextChecks.problem("a\nb", false)).contains("line breaks");
        assertThat(TextChecks.problem("a\nb", true)).isNull();
        assertThat(TextChecks.problem("a\u0000b", true)).contains("U+0000");
        assertThat(TextChecks.problem("a\u202Eb", true)).contains("U+202E");
        assertThat(TextChecks.problem("a\u2066b", false)).contains("U+2066");
        assertThat(TextChecks.problem("A".repeat(10_001), false)).contains("longer than 10000");
        assertThat(TextChecks.problem("A".repeat(10_001), true)).isNull();
    }

    @Test
    void logsKeepOnlyTheEndsOfSixteenDigitNumbers() {
        assertThat(LogMasking.mask("Unique index violation: VALUES ('6402015501900001', 7)"))
                .isEqualTo("Unique index violation: VALUES ('6402********0001', 7)");
        assertThat(LogMasking.mask("loan 12 of 2024, 12345678901234567 digits")).isEqualTo("loan 12 of 2024, 12345678901234567 digits");
    }
}
