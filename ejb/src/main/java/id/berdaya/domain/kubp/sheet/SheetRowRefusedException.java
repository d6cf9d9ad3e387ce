package id.berdaya.domain.kubp.sheet;

import id.berdaya.domain.shared.StateConflictException;

/**
 * A sheet row that conflicts with what is recorded (more than the loan still owes, a receipt
 * number already used, the row already posted differently): 409, naming the row's field, and
 * nothing of the submission is posted.
 */
public class SheetRowRefusedException extends StateConflictException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public SheetRowRefusedException(String field, String messageEn, String messageId) {
        super(messageEn, messageId);
        this.field = field;
    }

    /** e.g. "rows[3].amount". */
    public String getField() {
        return field;
    }
}
