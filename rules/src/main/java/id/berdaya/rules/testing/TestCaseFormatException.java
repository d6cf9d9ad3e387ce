package id.berdaya.rules.testing;

/** A test case's JSON is not in the expected shape; {@link #getField()} names the bad field. */
public class TestCaseFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public TestCaseFormatException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    /** The bad field's path, e.g. {@code input.birthDate} or {@code expected.criteria.AGE}. */
    public String getField() {
        return field;
    }

    /** The message without the field. */
    public String getProblem() {
        return getMessage().substring(field.length() + 2);
    }
}
