package id.berdaya.interfaces.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Short-lived bearer tokens for API clients that sign in once (the field app): 32 random bytes,
 * handed to the client once; the database keeps only their SHA-256, the user and the expiry, so a
 * token works on every node of a cluster and a copy of the table lets nobody in. Checking one costs
 * a hash and one indexed query, no PBKDF2; a deactivated account stops working at once.
 */
@ApplicationScoped
public class ApiTokens {

    private static final Logger LOG = Logger.getLogger(ApiTokens.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String INSERT =
            "insert into api_token (token_hash, username, client, created_at, expires_at) values (?, ?, ?, ?, ?)";
    private static final String LOOKUP = "select u.username, r.role from api_token t"
            + " join app_user u on u.username = t.username left join app_user_role r on r.user_id = u.id"
            + " where t.token_hash = ? and t.expires_at > ? and u.active = true"
            // A new password or other roles since the token was made end it, as they end page sessions.
            + " and (u.credentials_changed_at is null or u.credentials_changed_at < t.created_at)";
    private static final String PURGE = "delete from api_token where expires_at <= ?";
    private static final String REVOKE = "delete from api_token where token_hash = ?";

    /** A token as handed to the client, and when it stops working. */
    public record Issued(String token, Instant expiresAt) {
    }

    /** Whose token it is. */
    public record Holder(String username, Set<String> groups) {
    }

    private final Duration lifetime = Duration.ofMinutes(Long.getLong("berdaya.api.tokenMinutes", 8 * 60));

    @Resource(lookup = "java:jboss/datasources/BerdayaDS")
    private DataSource dataSource;

    public Issued issue(String username, String client) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant expires = now.plus(lifetime);
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement purge = c.prepareStatement(PURGE)) {
                purge.setTimestamp(1, Timestamp.from(now));
                purge.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(INSERT)) {
                s.setString(1, hash(token));
                s.setString(2, username);
                s.setString(3, client);
                s.setTimestamp(4, Timestamp.from(now));
                s.setTimestamp(5, Timestamp.from(expires));
                s.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store an API token", e);
        }
        LOG.info(() -> "API token issued to '" + CredentialCheck.printable(username) + "' for " + client
                + ", valid until " + expires);
        return new Issued(token, expires);
    }

    /** The holder of a token that is known, unexpired and of an active account. */
    public Optional<Holder> holder(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(LOOKUP)) {
            s.setString(1, hash(token));
            s.setTimestamp(2, Timestamp.from(Instant.now()));
            String username = null;
            Set<String> groups = new HashSet<>();
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    username = rows.getString(1);
                    if (rows.getString(2) != null) {
                        groups.add(rows.getString(2));
                    }
                }
            }
            return username == null ? Optional.empty() : Optional.of(new Holder(username, Set.copyOf(groups)));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read API tokens", e);
        }
    }

    /** Ends a token before its time (signing out). */
    public void revoke(String token) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(REVOKE)) {
            s.setString(1, hash(token));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot revoke an API token", e);
        }
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
