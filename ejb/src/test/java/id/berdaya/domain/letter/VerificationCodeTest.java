package id.berdaya.domain.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerificationCodeTest {

    @Test
    void codesAreWellFormedAndDoNotRepeat() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = VerificationCode.random();
            assertThat(VerificationCode.isWellFormed(code)).as(code).isTrue();
            codes.add(code);
        }
        assertThat(codes).hasSize(10_000);
    }

    @Test
    void refusesAnythingElseBeforeTheDatabaseSeesIt() {
        assertThat(VerificationCode.isWellFormed(null)).isFalse();
        assertThat(VerificationCode.isWellFormed("abc")).isFalse();
        assertThat(VerificationCode.isWellFormed("0123456789ABCDEFGHJI")).as("I is not in the alphabet").isFalse();
        assertThat(VerificationCode.isWellFormed("' OR 1=1 --0123456789")).isFalse();
    }
}
