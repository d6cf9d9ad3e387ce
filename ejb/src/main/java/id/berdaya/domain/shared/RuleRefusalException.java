package id.berdaya.domain.shared;

import java.util.List;

/** The rules in force refuse the request (HTTP 422), with every broken rule's reason. */
public class RuleRefusalException extends DomainException {

    private static final long serialVersionUID = 1L;

    /** One broken rule: its code and its reason in both languages. */
    public record Reason(String code, String reasonId, String reasonEn) implements java.io.Serializable {
    }

    private final List<Reason> reasons;

    public RuleRefusalException(String messageEn, String messageId, List<Reason> reasons) {
        super(messageEn, messageId);
        this.reasons = List.copyOf(reasons);
    }

    public List<Reason> getReasons() {
        return reasons;
    }
}
