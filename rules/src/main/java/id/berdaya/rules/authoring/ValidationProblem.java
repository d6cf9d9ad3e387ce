package id.berdaya.rules.authoring;

/**
 * One problem with what a policy officer entered, naming the field it belongs on (e.g.
 * {@code criteria[1].arguments.max}, {@code parameters.AGE_MAX}, {@code reasons[AGE.FAIL_OLD].textId}),
 * with its message in Indonesian and English. A model with any problem is never saved in force.
 */
public final class ValidationProblem {

    private final String field;
    private final String messageId;
    private final String messageEn;

    public ValidationProblem(String field, String messageId, String messageEn) {
        this.field = field;
        this.messageId = messageId;
        this.messageEn = messageEn;
    }

    public String getField() {
        return field;
    }

    public String getMessageId() {
        return messageId;
    }

    public String getMessageEn() {
        return messageEn;
    }

    @Override
    public String toString() {
        return field + ": " + messageEn;
    }
}
