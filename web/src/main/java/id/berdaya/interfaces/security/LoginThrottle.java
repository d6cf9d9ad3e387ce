package id.berdaya.interfaces.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Failed logins counted per username (whether or not it exists) and per client address: past the
 * limit, further attempts are refused for the lock time, even with the right password. A success
 * clears the username's count; the address keeps its count until its window ends.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final int MAX_TRACKED = 100_000;

    private final int maxPerUser = Integer.getInteger("berdaya.login.maxFailuresPerUser", 5);
    private final int maxPerAddress = Integer.getInteger("berdaya.login.maxFailuresPerAddress", 30);
    private final Duration lockTime = Duration.ofMinutes(Long.getLong("berdaya.login.lockMinutes", 15));
    private final ConcurrentMap<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    /** The time until attempts are accepted again, or zero when they are. */
    public Duration lockedFor(String username, String address) {
        Instant now = clock.instant();
        Duration user = remaining(userKey(username), maxPerUser, now);
        Duration addr = remaining(addressKey(address), maxPerAddress, now);
        return user.compareTo(addr) >= 0 ? user : addr;
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        if (failures.size() > MAX_TRACKED) {
            failures.values().removeIf(f -> f.expired(now));
        }
        failures.compute(userKey(username), (k, f) -> Failures.add(f, now, lockTime));
        failures.compute(addressKey(address), (k, f) -> Failures.add(f, now, lockTime));
    }

    public void succeeded(String username) {
        failures.remove(userKey(username));
    }

    private Duration remaining(String key, int limit, Instant now) {
        Failures f = failures.get(key);
        if (f == null || f.count < limit || f.expired(now)) {
            return Duration.ZERO;
        }
        return Duration.between(now, f.until);
    }

    private static String userKey(String username) {
        return "u:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "a:" + address;
    }

    /** A count of failures in a window that ends a lock time after the latest failure. */
    private record Failures(int count, Instant until) {

        static Failures add(Failures previous, Instant now, Duration lockTime) {
            int count = previous == null || previous.expired(now) ? 1 : previous.count + 1;
            return new Failures(count, now.plus(lockTime));
        }

        boolean expired(Instant now) {
            return !now.isBefore(until);
        }
    }
}
