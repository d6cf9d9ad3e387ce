package id.berdaya.rules.kubp;

import java.util.Objects;

/** A loan term the request breaks, inserted by a rule; about one member when memberNik is set. */
public final class TermViolation {

    private final String code;
    private final String memberNik;
    private final String reasonId;
    private final String reasonEn;

    public TermViolation(String code, String memberNik, String reasonId, String reasonEn) {
        this.code = Objects.requireNonNull(code, "code");
        this.memberNik = memberNik;
        this.reasonId = Objects.requireNonNull(reasonId, "reasonId");
        this.reasonEn = Objects.requireNonNull(reasonEn, "reasonEn");
    }

    public String getCode() {
        return code;
    }

    /** The NIK of the member at fault, or null when the violation is about the whole group or loan. */
    public String getMemberNik() {
        return memberNik;
    }

    public String getReasonId() {
        return reasonId;
    }

    public String getReasonEn() {
        return reasonEn;
    }

    @Override
    public String toString() {
        // Masked: a violation may reach a log line (UU 27/2022).
        return code + (memberNik == null || memberNik.length() != 16 ? "" : " " + memberNik.substring(0, 4) + "********"
                + memberNik.substring(12)) + ": " + reasonEn.replaceAll("(?<![0-9])([0-9]{4})[0-9]{8}([0-9]{4})(?![0-9])", "$1********$2");
    }
}
