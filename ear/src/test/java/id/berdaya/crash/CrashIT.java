package id.berdaya.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The crash harness as CI runs it: a few SIGKILL rounds (crash.rounds, 3 by default) on the
 * database of this integration-test pass (crash.databases: h2 in the README's Test command,
 * postgresql in CI's PostgreSQL pass). The full 20 rounds on both: see the README.
 */
class CrashIT {

    static List<String> databases() {
        String configured = System.getProperty("crash.databases", "");
        if (configured.isBlank()) {
            configured = System.getProperty("it.db.driver", "h2");
        }
        return Arrays.stream(configured.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static Path target() {
        return Path.of(System.getProperty("jboss.home")).getParent();
    }

    static int offset() {
        return Integer.getInteger("crash.port.offset", 350);
    }

    @Test
    void everyAcknowledgedWriteSurvivesSigkillExactlyOnce() throws Exception {
        int rounds = Integer.getInteger("crash.rounds", 3);
        for (String database : databases()) {
            CrashHarness.Figures figures = CrashHarness.run(database, rounds, offset(), Path.of(System.getProperty("jboss.home")),
                    Path.of(System.getProperty("berdaya.ear")), target().resolve("crash"), System.nanoTime());
            System.out.println("[crash] " + figures);
            assertThat(figures.rounds()).isEqualTo(rounds);
            assertThat(figures.acknowledged()).as("writes acknowledged").isGreaterThan(rounds * 10);
            assertThat(figures.acknowledgedByKind()).containsKeys("repayment", "wrse application", "wrse decision", "letter",
                    "rule-set approval");
            assertThat(figures.lost()).as("acknowledged writes lost: " + figures.problems()).isZero();
            assertThat(figures.doubled()).as("acknowledged writes doubled: " + figures.problems()).isZero();
            assertThat(figures.problems()).isEmpty();
        }
    }
}
