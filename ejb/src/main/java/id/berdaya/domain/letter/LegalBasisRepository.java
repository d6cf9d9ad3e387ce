package id.berdaya.domain.letter;

import id.berdaya.domain.rules.RuleSetKind;

/** The legal basis of the letters a rule set's decisions give rise to. */
public interface LegalBasisRepository {

    /** The rule set's name and decree, with the number of the version whose content id this is (if stored). */
    LegalBasis of(RuleSetKind kind, String contentId);
}
