package id.berdaya.infrastructure.rules;

import id.berdaya.domain.rules.RuleSetKind;
import id.berdaya.rules.RuleSetCompiler;
import id.berdaya.rules.RuleSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.kie.api.KieBase;

/**
 * One compiled version of a rule set: its id, its sources and the KieBase built from them. The
 * rule set in force is a value of this type held by {@link RuleEngine}, never a static, so that a
 * newer version can replace it in the running server.
 */
public record RuleSetVersion(RuleSetKind kind, String versionId, List<RuleSource> sources, KieBase kieBase,
        Instant compiledAt, long compileMillis) {

    /**
     * Compiles sources into a version, timing it. A plain method, not an EJB call: a compile error is
     * an answer to show (RuleCompilationException with each error's place), not a system failure.
     */
    public static RuleSetVersion compile(RuleSetKind kind, List<RuleSource> sources) {
        long start = System.nanoTime();
        KieBase kieBase = RuleSetCompiler.compile(sources);
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new RuleSetVersion(kind, contentId(kind, sources), List.copyOf(sources), kieBase, Instant.now(), millis);
    }

    /** A version id derived from the sources: the same files always give the same id. */
    public static String contentId(RuleSetKind kind, List<RuleSource> sources) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (RuleSource source : sources) {
                sha.update(source.getPath().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(source.getDrl().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return kind.programme().toLowerCase(Locale.ROOT) + "-" + HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
