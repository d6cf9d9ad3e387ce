package id.berdaya.interfaces.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a username and password: refused while the login is throttled, then answered from a
 * short-lived cache of verified credentials, then by the identity store (one PBKDF2 verification,
 * ~10 ms). The cache is keyed by an HMAC-SHA256 of username and password under a random key made
 * at start and held only in memory: it stores neither passwords nor reusable hashes, and an entry
 * is found only by presenting the same password again within its lifetime.
 */
@ApplicationScoped
public class CredentialCheck {

    private static final Logger LOG = Logger.getLogger(CredentialCheck.class.getName());
    private static final int MAX_CACHED = 10_000;

    /** What a check decided. */
    public enum Outcome { VALID, INVALID, THROTTLED }

    public record Result(Outcome outcome, String caller, Set<String> groups, Duration retryAfter) {
    }

    private final Duration cacheLifetime = Duration.ofSeconds(Long.getLong("berdaya.login.cacheSeconds", 120));
    private final ConcurrentMap<String, Verified> verified = new ConcurrentHashMap<>();
    private SecretKeySpec cacheKey;

    @Inject
    private IdentityStoreHandler identityStore;

    @Inject
    private StaffIdentityStore staff;

    @Inject
    private LoginThrottle throttle;

    @Inject
    private AccountStanding standing;

    @PostConstruct
    void makeKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        cacheKey = new SecretKeySpec(key, "HmacSHA256");
    }

    public Result check(UsernamePasswordCredential credential, String address) {
        String caller = credential.getCaller();
        Duration locked = throttle.lockedFor(caller, address);
        if (!locked.isZero()) {
            staff.spendOneVerification(credential.getPassword().getValue());
            LOG.warning(() -> "Login refused while throttled: user '" + printable(caller) + "' from " + address);
            return new Result(Outcome.THROTTLED, null, Set.of(), locked);
        }
        String key = cacheKey(caller, credential.getPassword().getValue());
        long now = System.nanoTime();
        Verified hit = verified.get(key);
        if (hit != null && now - hit.at < cacheLifetime.toNanos() && standing.stands(hit.caller, hit.verifiedAt)) {
            return new Result(Outcome.VALID, hit.caller, hit.groups, Duration.ZERO);
        }
        CredentialValidationResult result = identityStore.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            throttle.failed(caller, address);
            LOG.info(() -> "Login failed: user '" + printable(caller) + "' from " + address);
            return new Result(Outcome.INVALID, null, Set.of(), Duration.ZERO);
        }
        throttle.succeeded(caller);
        if (verified.size() >= MAX_CACHED) {
            verified.values().removeIf(v -> now - v.at >= cacheLifetime.toNanos());
        }
        if (verified.size() < MAX_CACHED) {
            verified.put(key, new Verified(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups()), now,
                    java.time.Instant.now()));
        }
        return new Result(Outcome.VALID, result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups()),
                Duration.ZERO);
    }

    /** Forgets every verified credential, e.g. after a change to staff accounts. */
    public void forgetAll() {
        verified.clear();
    }

    private String cacheKey(String caller, char[] password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(cacheKey);
            mac.update(caller.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(new String(password).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A username as typed, safe for one log line (no control characters, bounded length). */
    static String printable(String s) {
        if (s == null) {
            return "";
        }
        String cut = s.length() > 50 ? s.substring(0, 50) + "…" : s;
        return cut.codePoints().map(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private record Verified(String caller, Set<String> groups, long at, java.time.Instant verifiedAt) {
    }
}
