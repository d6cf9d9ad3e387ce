package id.berdaya.interfaces.security;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Staff are authenticated against the app_user table; their roles are their groups. Unlike the
 * built-in database store, an unknown or inactive user costs one PBKDF2 verification too (against
 * a dummy hash of the same strength), so answers do not tell by their timing which usernames exist.
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    private static final String CALLER_QUERY = "select password_hash from app_user where username = ? and active = true";
    private static final String GROUPS_QUERY =
            "select r.role from app_user_role r join app_user u on u.id = r.user_id where u.username = ?";

    @Resource(lookup = "java:jboss/datasources/BerdayaDS")
    private DataSource dataSource;

    @Inject
    private Pbkdf2PasswordHash pbkdf2;

    private String dummyHash;

    @PostConstruct
    void prepareDummy() {
        // The same parameters as PasswordHasher, so a dummy verification costs what a real one does.
        pbkdf2.initialize(Map.of("Pbkdf2PasswordHash.Iterations", "30000",
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32"));
        dummyHash = pbkdf2.generate("no-such-user-no-such-password".toCharArray());
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String username = login.getCaller();
        String stored = storedHash(username);
        boolean matches = pbkdf2.verify(login.getPassword().getValue(), stored == null ? dummyHash : stored);
        if (stored == null || !matches) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(username, groups(username));
    }

    /** A dummy verification, for answers that must cost what a real check costs (a locked login). */
    void spendOneVerification(char[] password) {
        pbkdf2.verify(password, dummyHash);
    }

    @Override
    public Set<ValidationType> validationTypes() {
        // Both: the handler keeps the groups of a validating store only if it also provides groups.
        return Set.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
    }

    @Override
    public Set<String> getCallerGroups(CredentialValidationResult result) {
        return groups(result.getCallerPrincipal().getName());
    }

    private String storedHash(String username) {
        if (username == null || username.length() > 50) {
            return null;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(CALLER_QUERY)) {
            s.setString(1, username);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read staff accounts", e);
        }
    }

    private Set<String> groups(String username) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(GROUPS_QUERY)) {
            s.setString(1, username);
            Set<String> groups = new HashSet<>();
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    groups.add(rows.getString(1));
                }
            }
            return groups;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read staff roles", e);
        }
    }
}
