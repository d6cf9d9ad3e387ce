package id.berdaya.interfaces.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.sql.DataSource;

/**
 * Whether a login made at some instant still stands: the account is active and its password and
 * roles have not changed since. Read from the database (so it holds on every node) and remembered
 * for {@value #CACHE_SECONDS} seconds per account, so that a page or API request costs no query;
 * an administrator's change therefore ends the account's sessions within that time.
 */
@ApplicationScoped
public class AccountStanding {

    static final int CACHE_SECONDS = 5;
    private static final String QUERY = "select active, credentials_changed_at, password_must_change from app_user where username = ?";
    private static final int MAX_CACHED = 10_000;

    private final ConcurrentMap<String, Standing> cache = new ConcurrentHashMap<>();

    @Resource(lookup = "java:jboss/datasources/BerdayaDS")
    private DataSource dataSource;

    public boolean stands(String username, Instant loggedInAt) {
        Standing standing = standing(username);
        return standing.active && (standing.changedAt == null || loggedInAt.isAfter(standing.changedAt));
    }

    private Standing standing(String username) {
        long now = System.nanoTime();
        Standing standing = cache.get(username);
        if (standing == null || now - standing.readAt > Duration.ofSeconds(CACHE_SECONDS).toNanos()) {
            standing = read(username, now);
            if (cache.size() >= MAX_CACHED) {
                cache.clear();
            }
            cache.put(username, standing);
        }
        return standing;
    }

    /** Whether she must choose her own password before anything else (an administrator set it). */
    public boolean mustChangePassword(String username) {
        return standing(username).mustChange;
    }

    /** Forgets what was read, e.g. after this node changed an account. */
    public void forget(String username) {
        cache.remove(username);
    }

    private Standing read(String username, long now) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(QUERY)) {
            s.setString(1, username);
            try (ResultSet rows = s.executeQuery()) {
                if (!rows.next()) {
                    return new Standing(false, null, false, now);
                }
                Timestamp changed = rows.getTimestamp(2);
                return new Standing(rows.getBoolean(1), changed == null ? null : changed.toInstant(), rows.getBoolean(3), now);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read staff accounts", e);
        }
    }

    private record Standing(boolean active, Instant changedAt, boolean mustChange, long readAt) {
    }
}
