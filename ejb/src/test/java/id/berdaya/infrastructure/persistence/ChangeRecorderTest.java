package id.berdaya.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChangeRecorderTest {

    @Test
    void hashesTokensAndSecretsAreWrittenWithoutTheirValueButFlagsAndDatesWithIt() {
        assertThat(ChangeRecorder.secret("passwordHash")).isTrue();
        assertThat(ChangeRecorder.secret("tokenHash")).isTrue();
        assertThat(ChangeRecorder.secret("password")).isTrue();
        assertThat(ChangeRecorder.secret("clientSecret")).isTrue();
        assertThat(ChangeRecorder.secret("passwordMustChange")).as("a flag an administrator sets").isFalse();
        assertThat(ChangeRecorder.secret("credentialsChangedAt")).as("a time, not a credential").isFalse();
        assertThat(ChangeRecorder.secret("fullName")).isFalse();
    }
}
