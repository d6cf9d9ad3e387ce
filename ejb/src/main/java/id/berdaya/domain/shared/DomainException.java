package id.berdaya.domain.shared;

import jakarta.ejb.ApplicationException;

/**
 * A refusal the user can act on, with an English message and an Indonesian one. It passes through
 * the EJB container unwrapped and rolls the transaction back, so nothing is half-saved.
 */
@ApplicationException(rollback = true)
public abstract class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageId;

    protected DomainException(String messageEn, String messageId) {
        super(messageEn);
        this.messageId = messageId;
    }

    /** The message in Bahasa Indonesia. */
    public String getMessageId() {
        return messageId;
    }
}
