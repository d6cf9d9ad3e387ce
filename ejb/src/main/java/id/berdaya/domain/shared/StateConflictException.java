package id.berdaya.domain.shared;

/** The record is not in a state that allows this (HTTP 409), e.g. repaying an undisbursed loan. */
public class StateConflictException extends DomainException {

    private static final long serialVersionUID = 1L;

    public StateConflictException(String messageEn, String messageId) {
        super(messageEn, messageId);
    }
}
