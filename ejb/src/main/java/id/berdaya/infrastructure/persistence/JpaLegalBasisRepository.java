package id.berdaya.infrastructure.persistence;

import id.berdaya.domain.letter.LegalBasis;
import id.berdaya.domain.letter.LegalBasisRepository;
import id.berdaya.domain.rules.RuleSetKind;
import id.berdaya.domain.rules.RuleSetRepository;
import id.berdaya.domain.rules.RuleSetRevision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;

/** Reads {@code rule_set_legal_basis} (migration V17_1) and the rule-set versions. */
@ApplicationScoped
public class JpaLegalBasisRepository implements LegalBasisRepository {

    @PersistenceContext(unitName = "berdaya")
    private EntityManager em;

    @Inject
    private RuleSetRepository ruleSets;

    @Override
    public LegalBasis of(RuleSetKind kind, String contentId) {
        List<?> rows = em.createNativeQuery("select name, decree from rule_set_legal_basis where kind = ?1")
                .setParameter(1, kind.name()).getResultList();
        if (rows.isEmpty()) {
            throw new IllegalStateException("No legal basis for rule set " + kind + " in rule_set_legal_basis");
        }
        Object[] row = (Object[]) rows.get(0);
        // The same content may have been approved more than once: the first version that had it decided.
        Integer version = contentId == null ? null : ruleSets.withContentId(kind, contentId).stream()
                .map(RuleSetRevision::getNumber).min(Comparator.naturalOrder()).orElse(null);
        return new LegalBasis((String) row[0], version, (String) row[1]);
    }
}
