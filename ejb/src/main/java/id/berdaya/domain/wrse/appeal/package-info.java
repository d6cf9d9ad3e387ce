/**
 * Appeals (sanggah) against a WRSE decision letter: lodged within the period policy staff set, handled
 * by a supervisor who took no part in the decision before the handling deadline, re-screened with the
 * corrected facts under the rule set the supervisor chooses. Domain only: no persistence or rule-engine
 * calls beyond JPA mapping; the application layer screens and stores.
 */
package id.berdaya.domain.wrse.appeal;
