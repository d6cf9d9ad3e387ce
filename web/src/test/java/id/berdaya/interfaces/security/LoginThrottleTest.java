package id.berdaya.interfaces.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final LoginThrottle throttle = new LoginThrottle();

    @Test
    void fiveFailuresLockTheUsernameWhetherOrNotItExists() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("Nobody", "10.0.0.1");
        }
        assertThat(throttle.lockedFor("nobody", "10.0.0.2")).isZero();
        throttle.failed("nobody", "10.0.0.1");
        assertThat(throttle.lockedFor("NOBODY", "10.0.0.2")).isPositive();
        assertThat(throttle.lockedFor("someone-else", "10.0.0.2")).isZero();
    }

    @Test
    void aSuccessClearsTheUsernamesCount() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("petugas", "10.0.0.1");
        }
        throttle.succeeded("petugas");
        throttle.failed("petugas", "10.0.0.1");
        assertThat(throttle.lockedFor("petugas", "10.0.0.3")).isZero();
    }

    @Test
    void thirtyFailuresFromOneAddressLockThatAddressForEveryUsername() {
        for (int i = 0; i < 30; i++) {
            throttle.failed("guess" + i, "10.0.0.9");
        }
        assertThat(throttle.lockedFor("petugas", "10.0.0.9")).isPositive();
        assertThat(throttle.lockedFor("petugas", "10.0.0.10")).isZero();
    }
}
