package id.berdaya.domain.wrse.appeal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The stored appeals. */
public interface AppealRepository {

    Optional<Appeal> find(long id);

    /** The appeal against a decision letter, if one was lodged. */
    Optional<Appeal> findByDecisionLetter(long letterId);

    List<Appeal> ofApplication(long applicationId);

    /** Every appeal still waiting for a supervisor, the earliest deadline first. */
    List<Appeal> lodged();

    /** The appeals on a registry-error ground lodged between the two days, for the correction proposals. */
    List<Appeal> correctionProposals(LocalDate from, LocalDate to);

    void add(Appeal appeal);

    void flush();
}
