package id.berdaya.domain.shared;

/** A value the user entered is not acceptable (HTTP 400, or a message on the form field). */
public class InvalidInputException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidInputException(String field, String messageEn, String messageId) {
        super(messageEn, messageId);
        this.field = field;
    }

    /** The input field at fault, as the API and the form name it (e.g. "nik", "members[2].birthDate"). */
    public String getField() {
        return field;
    }
}
