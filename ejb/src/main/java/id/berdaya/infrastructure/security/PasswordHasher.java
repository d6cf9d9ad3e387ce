package id.berdaya.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes passwords the way the identity store verifies them (Jakarta Security's PBKDF2 format,
 * which records algorithm, iterations and salt in the hash, so older hashes stay verifiable).
 */
@ApplicationScoped
public class PasswordHasher {

    @Inject
    private Pbkdf2PasswordHash pbkdf2;

    public synchronized String hash(char[] password) {
        // ~30 ms a hash here: slow enough to hurt guessing, fast enough for HTTP Basic on every API call.
        pbkdf2.initialize(Map.of("Pbkdf2PasswordHash.Iterations", "30000",
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32"));
        return pbkdf2.generate(password);
    }

    /** Whether the password matches a stored hash (whose parameters it carries). */
    public synchronized boolean verify(char[] password, String hash) {
        return pbkdf2.verify(password, hash);
    }
}
