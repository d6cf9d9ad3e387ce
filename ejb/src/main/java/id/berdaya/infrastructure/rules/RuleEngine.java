package id.berdaya.infrastructure.rules;

import id.berdaya.domain.kubp.ledger.ArrearsLadder;
import id.berdaya.domain.rules.EligibilityRules;
import id.berdaya.domain.rules.InForceMark;
import id.berdaya.domain.rules.LoanTermRules;
import id.berdaya.domain.rules.RuleSetKind;
import id.berdaya.domain.rules.RuleSetRepository;
import id.berdaya.domain.rules.RuleSetRevision;
import id.berdaya.infrastructure.rules.programme.KubpTermsInForce;
import id.berdaya.infrastructure.rules.programme.RuleSetProgramme;
import id.berdaya.infrastructure.rules.programme.RuleSetProgrammes;
import id.berdaya.rules.ProgrammeParameters;
import id.berdaya.rules.RuleCompilationException;
import id.berdaya.rules.RuleSource;
import id.berdaya.rules.kubp.KubpLoanRequest;
import id.berdaya.rules.wrse.WrseApplicant;
import id.berdaya.rules.wrse.WrseScreener;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The Drools adapter. Builds each rule set's KieBase once (at start, the version the database holds
 * in force), keeps it, and evaluates every request against the version in force at that moment.
 * {@link #putInForce} swaps a version atomically: a request already running keeps the version it
 * started with, the next one gets the new version, and nobody waits.
 * <p>
 * The rule set in force is the database's: every second ({@link #FOLLOW}) each node reads which version is in force
 * ({@link RuleSetRepository#inForceMarks}, two short rows) and, when another node approved or rolled
 * back a version, compiles the stored one and swaps it in. So every node of a cluster follows a
 * commit within about two seconds plus a compile; the node that committed has swapped already.
 * <p>
 * What differs between the programmes (shipped files, the evaluator on a KieBase) comes from each
 * one's {@link RuleSetProgramme}; the programmes' use cases reach it through the domain ports
 * {@link EligibilityRules} and {@link LoanTermRules}. The no-interface view stays for the rule-set
 * services, which compile and swap versions.
 */
@Singleton
@Startup
@DependsOn("RuleSetBootstrap")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@Local({EligibilityRules.class, LoanTermRules.class})
@LocalBean
public class RuleEngine implements EligibilityRules, LoanTermRules {

    private static final Logger LOG = Logger.getLogger(RuleEngine.class.getName());

    /** How often each node reads the database's versions in force. */
    static final Duration FOLLOW = Duration.ofSeconds(1);

    @Inject
    private RuleSetRepository stored;

    /** What a request evaluates against: a version and the evaluator its programme builds on its KieBase. */
    private record Loaded<E extends AutoCloseable>(RuleSetVersion version, E evaluator) {
    }

    /** One rule set's version in force, swapped atomically. */
    private static final class InForce<E extends AutoCloseable> {

        private final RuleSetProgramme<E> programme;
        private final AtomicReference<Loaded<E>> loaded = new AtomicReference<>();

        private InForce(RuleSetProgramme<E> programme) {
            this.programme = programme;
        }

        static <E extends AutoCloseable> InForce<E> of(RuleSetProgramme<E> programme) {
            return new InForce<>(programme);
        }

        Loaded<E> get() {
            return loaded.get();
        }

        /** Puts the version in force; returns the one it replaced (null at start). */
        RuleSetVersion swap(RuleSetVersion version) {
            Loaded<E> previous = loaded.getAndSet(new Loaded<>(version, programme.evaluator(version.kieBase())));
            return previous == null ? null : previous.version();
        }
    }

    private final Map<RuleSetKind, InForce<?>> inForce = new EnumMap<>(RuleSetKind.class);

    @Resource
    private ManagedScheduledExecutorService executor;

    @Resource
    private SessionContext context;

    private ScheduledFuture<?> following;

    /** The database's in-force row each kind was last brought in line with. */
    private final Map<RuleSetKind, InForceMark> followed = new ConcurrentHashMap<>();

    /** Earlier WRSE versions an appeal re-screened with, by content id (few: one per version appealed against). */
    private final Map<String, WrseScreener> earlier = new ConcurrentHashMap<>();

    private final Map<String, ProgrammeParameters> wrseParameters = new ConcurrentHashMap<>();

    @PostConstruct
    void loadInForce() {
        // Read before loading: a version put in force meanwhile by another node differs, and is followed.
        stored.inForceMarks().forEach(mark -> followed.put(mark.kind(), mark));
        for (RuleSetKind kind : RuleSetKind.values()) {
            inForce.put(kind, InForce.of(RuleSetProgrammes.of(kind)));
            putInForce(storedInForce(kind));
        }
        RuleEngine self = context.getBusinessObject(RuleEngine.class);
        following = executor.scheduleWithFixedDelay(() -> {
            try {
                self.followDatabase();
            } catch (RuntimeException e) {
                // A failed read must not end the schedule (an executor drops a task that throws).
                LOG.log(Level.FINE, "Following the rule sets in force failed", e);
            }
        }, FOLLOW.toMillis(), FOLLOW.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stopFollowing() {
        if (following != null) {
            following.cancel(false);
        }
    }

    /**
     * Follows the database: a version approved or rolled back on another node (or by any path that
     * did not swap here) goes into force on this node too. Called each second by this node's own
     * executor through the bean (for a transaction); never two at once, a compile delays the next.
     */
    public void followDatabase() {
        try {
            for (InForceMark mark : stored.inForceMarks()) {
                if (mark.equals(followed.get(mark.kind()))) {
                    continue;
                }
                RuleSetVersion loaded = versionInForce(mark.kind());
                if (!loaded.versionId().equals(mark.contentId())) {
                    LOG.info(() -> "Rule set " + mark.kind() + ": the database has " + mark.contentId()
                            + " in force since " + mark.inForceSince() + "; following it");
                    putInForce(storedInForce(mark.kind()));
                }
                followed.put(mark.kind(), mark);
            }
        } catch (RuntimeException e) {
            // A database that is briefly away: the next second tries again.
            LOG.log(Level.FINE, "Reading the rule sets in force failed", e);
        }
    }

    /**
     * The version the database holds in force. Should it no longer compile (a release changed the
     * fact classes under it), the shipped defaults serve instead, loudly: a rule set in force is never
     * left broken, and policy staff see the mismatch in the log and on the rule-set page.
     */
    private RuleSetVersion storedInForce(RuleSetKind kind) {
        Optional<RuleSetRevision> revision = stored.inForce(kind);
        if (revision.isEmpty()) {
            LOG.warning(() -> "No stored " + kind + " version in force; using the shipped defaults");
            return compile(kind, RuleSetProgrammes.of(kind).shippedFiles());
        }
        List<RuleSource> sources = revision.get().getFiles().stream()
                .map(f -> new RuleSource(f.getPath(), f.getContent())).toList();
        try {
            return compile(kind, sources);
        } catch (RuleCompilationException e) {
            LOG.log(Level.SEVERE, "Stored " + kind + " version " + revision.get().getNumber()
                    + " no longer compiles; the shipped defaults are in force instead", e);
            return compile(kind, RuleSetProgrammes.of(kind).shippedFiles());
        }
    }


    /** Compiles sources into a version; throws RuleCompilationException with each error's position. */
    public RuleSetVersion compile(RuleSetKind kind, List<RuleSource> sources) {
        return RuleSetVersion.compile(kind, sources);
    }

    /** Makes a compiled version the one in force; returns the version it replaced (null at start). */
    public RuleSetVersion putInForce(RuleSetVersion version) {
        long start = System.nanoTime();
        // The replaced evaluator is not closed here: requests may still be running on it, and its
        // pooled sessions go with its KieBase once nothing refers to it.
        RuleSetVersion previous = inForce.get(version.kind()).swap(version);
        long swapMicros = (System.nanoTime() - start) / 1_000;
        LOG.info(() -> String.format("Rule set %s version %s in force (%d rule files, compiled in %d ms, swapped in %d µs)",
                version.kind(), version.versionId(), version.sources().size(), version.compileMillis(), swapMicros));
        return previous;
    }

    public RuleSetVersion versionInForce(RuleSetKind kind) {
        return inForce.get(kind).get().version();
    }

    /** The version in force of a programme, with its evaluator. */
    @SuppressWarnings("unchecked") // each kind's holder was built from that kind's one descriptor
    private <E extends AutoCloseable> Loaded<E> loaded(RuleSetProgramme<E> programme) {
        return ((InForce<E>) inForce.get(programme.kind())).get();
    }

    @Override
    public Screening screen(WrseApplicant applicant) {
        Loaded<WrseScreener> loaded = loaded(RuleSetProgrammes.WRSE);
        return new Screening(loaded.evaluator().screen(applicant), loaded.version().versionId());
    }

    @Override
    public TermsEvaluation evaluateTerms(KubpLoanRequest request) {
        Loaded<KubpTermsInForce> loaded = loaded(RuleSetProgrammes.KUBP);
        return new TermsEvaluation(loaded.evaluator().evaluate(request), loaded.version().versionId());
    }

    @Override
    public ArrearsLadder arrearsLadder() {
        return loaded(RuleSetProgrammes.KUBP).evaluator().ladder();
    }

    /**
     * The version in force if it is that, else the stored revision with those files (or the shipped
     * defaults), compiled once and kept.
     */
    @Override
    public Optional<Screening> screenWith(String versionId, WrseApplicant applicant) {
        Loaded<WrseScreener> loaded = loaded(RuleSetProgrammes.WRSE);
        if (loaded.version().versionId().equals(versionId)) {
            return Optional.of(new Screening(loaded.evaluator().screen(applicant), versionId));
        }
        WrseScreener screener = earlier.computeIfAbsent(versionId, this::earlierScreener);
        return screener == null ? Optional.empty() : Optional.of(new Screening(screener.screen(applicant), versionId));
    }

    private WrseScreener earlierScreener(String versionId) {
        RuleSetProgramme<WrseScreener> wrse = RuleSetProgrammes.WRSE;
        List<RuleSource> sources = stored.withContentId(wrse.kind(), versionId).stream().findFirst()
                .map(r -> r.getFiles().stream().map(f -> new RuleSource(f.getPath(), f.getContent())).toList())
                .orElse(null);
        if (sources == null) {
            List<RuleSource> shipped = wrse.shippedFiles();
            sources = RuleSetVersion.contentId(wrse.kind(), shipped).equals(versionId) ? shipped : null;
        }
        return sources == null ? null : wrse.evaluator(compile(wrse.kind(), sources).kieBase());
    }

    @Override
    public String versionIdInForce() {
        return loaded(RuleSetProgrammes.WRSE).version().versionId();
    }

    @Override
    public ProgrammeParameters parameters() {
        RuleSetVersion version = loaded(RuleSetProgrammes.WRSE).version();
        return wrseParameters.computeIfAbsent(version.versionId(), id -> ProgrammeParameters.of(version.kieBase()));
    }
}
