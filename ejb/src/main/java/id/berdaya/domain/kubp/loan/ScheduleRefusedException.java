package id.berdaya.domain.kubp.loan;

import id.berdaya.domain.kubp.schedule.InvalidScheduleException;
import id.berdaya.domain.shared.InvalidInputException;

/**
 * Schedule parameters no rounding can honour, as bad input naming its field (400). The schedule
 * arithmetic stays container-free; this is how its refusal crosses the EJB boundary unwrapped.
 */
public class ScheduleRefusedException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    public ScheduleRefusedException(InvalidScheduleException cause) {
        super(cause.field(), cause.getMessage(), cause.indonesianMessage());
        initCause(cause);
    }
}
