package id.berdaya.rules;

import java.util.ArrayList;
import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * Runs a KieBase over a few facts and hands back every fact in working memory afterwards. Sessions
 * come from a pool owned by this runner and go back to it (reset) when disposed, so one runner can
 * be shared by many threads and a run pays no session set-up. The rule set's programme parameters
 * are read once, here, and given to every run as the global {@code parameters}. The KieBase keeps every pooled
 * session registered until {@link #close()}: make one runner per KieBase, not one per run.
 */
public final class RuleRunner implements AutoCloseable {

    private final KieSessionsPool sessions;
    private final ProgrammeParameters parameters;

    public RuleRunner(KieBase kieBase) {
        this.parameters = ProgrammeParameters.isReadBy(kieBase) ? ProgrammeParameters.of(kieBase) : null;
        this.sessions = kieBase.newKieSessionsPool(1);
    }

    /** Inserts the facts, fires all rules and returns what working memory then holds. */
    public WorkingMemoryFacts run(Object... facts) {
        KieSession session = sessions.newKieSession();
        try {
            if (parameters != null) {
                session.setGlobal(ProgrammeParameters.GLOBAL, parameters);
            }
            for (Object fact : facts) {
                session.insert(fact);
            }
            session.fireAllRules();
            return new WorkingMemoryFacts(new ArrayList<>(session.getObjects()));
        } finally {
            session.dispose();
        }
    }

    /** Disposes the pooled sessions; call it only when no run is in progress. */
    @Override
    public void close() {
        sessions.shutdown();
    }

    /** The facts left in working memory after a run, filtered by type. */
    public static final class WorkingMemoryFacts {

        private final List<Object> facts;

        WorkingMemoryFacts(List<Object> facts) {
            this.facts = facts;
        }

        /** Every fact, in working memory's order. */
        public void forEach(java.util.function.Consumer<Object> action) {
            facts.forEach(action);
        }

        public <T> List<T> all(Class<T> type) {
            List<T> matching = new ArrayList<>();
            for (Object fact : facts) {
                if (type.isInstance(fact)) {
                    matching.add(type.cast(fact));
                }
            }
            return matching;
        }

        /** @throws IllegalStateException unless the rules produced exactly one fact of this type */
        public <T> T single(Class<T> type) {
            List<T> matching = all(type);
            if (matching.size() != 1) {
                throw new IllegalStateException("The rule set produced " + matching.size() + " "
                        + type.getSimpleName() + " facts; it must produce exactly one");
            }
            return matching.get(0);
        }
    }
}
