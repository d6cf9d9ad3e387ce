package id.berdaya.infrastructure.rules;

import id.berdaya.domain.rules.RuleFile;
import id.berdaya.domain.rules.RuleSetActivation;
import id.berdaya.domain.rules.RuleSetKind;
import id.berdaya.domain.rules.RuleSetRepository;
import id.berdaya.domain.rules.RuleSetRevision;
import id.berdaya.domain.rules.TestCase;
import id.berdaya.infrastructure.rules.programme.RuleSetProgramme;
import id.berdaya.infrastructure.rules.programme.RuleSetProgrammes;
import id.berdaya.rules.RuleSource;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Seeds the stored rule sets from the defaults shipped in the rules module, before the rule engine
 * loads what is in force. A rule set with no versions gets version 1 = the shipped rules and their
 * test cases, in force. Later, when a release ships different defaults, they are offered as a draft
 * (authored by "system") rather than put into force behind policy staff's backs.
 * <p>
 * Runs as the system at start: it uses the repository, not the secured services.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class RuleSetBootstrap {

    private static final Logger LOG = Logger.getLogger(RuleSetBootstrap.class.getName());

    @Inject
    private RuleSetRepository ruleSets;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void seed() {
        for (RuleSetKind kind : RuleSetKind.values()) {
            RuleSetProgramme<?> programme = RuleSetProgrammes.of(kind);
            List<RuleSource> sources = programme.shippedFiles();
            List<RuleFile> files = sources.stream().map(s -> new RuleFile(s.getPath(), s.getText())).toList();
            List<TestCase> testCases = programme.shippedTestCases().stream()
                    .map(c -> new TestCase(c.getName(), c.getInput(), c.getExpected())).toList();
            String contentId = RuleSetVersion.contentId(kind, sources);
            Instant now = Instant.now();
            if (ruleSets.count(kind) == 0) {
                RuleSetRevision first = RuleSetRevision.shipped(kind, files, testCases, contentId, now);
                ruleSets.add(first);
                ruleSets.add(RuleSetActivation.shipped(first, now));
                LOG.info(() -> "Rule set " + kind + ": version 1 (" + contentId + ") seeded from the shipped defaults, "
                        + testCases.size() + " test cases");
            } else if (ruleSets.withContentId(kind, contentId).isEmpty()) {
                int number = ruleSets.nextNumber(kind);
                ruleSets.add(RuleSetRevision.shippedDraft(kind, number, files, testCases, contentId, now));
                LOG.warning(() -> "Rule set " + kind + ": this release ships different defaults (" + contentId
                        + "); they wait as draft version " + number + " for policy staff to review and approve");
            }
        }
    }
}
