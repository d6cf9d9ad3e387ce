package id.berdaya.domain.rules;

import java.time.Instant;
import java.util.List;

/** Stored versions for tests, without a database. */
public final class RuleSetFixtures {

    public static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

    private RuleSetFixtures() {
    }

    public static RuleSetRevision shipped() {
        return RuleSetRevision.shipped(RuleSetKind.WRSE_ELIGIBILITY,
                List.of(new RuleFile("id/berdaya/rules/wrse/registry.drl", "package id.berdaya.rules.wrse;\n")),
                List.of(new TestCase("a case", "{}", "{\"decision\": \"ELIGIBLE\"}")), "wrse-000000000001", NOW);
    }

    public static RuleSetRevision draftBy(String author) {
        return RuleSetRevision.draftFrom(shipped(), 2, author, "Inpres 4/2025: DTSEN", NOW);
    }
}
