package id.berdaya.domain.shared;

import java.util.List;

/** The rules in force refuse the request (HTTP 422), with every broken rule's reason. */
public class RuleRefusalException extends DomainException {

    private static final long serialVersionUID = 1L;

    /**
     * One broken rule: its code and its reason in both languages. A NIK the rule names is masked
     * (6402********0001), whichever rule-set version wrote it: reasons are shown to every role,
     * answered by the API and logged (UU 27/2022).
     */
    public record Reason(String code, String reasonId, String reasonEn) implements java.io.Serializable {
        public Reason {
            reasonId = Nik.maskAll(reasonId);
            reasonEn = Nik.maskAll(reasonEn);
        }
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
