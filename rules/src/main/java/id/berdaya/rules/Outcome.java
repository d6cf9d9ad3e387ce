package id.berdaya.rules;

/** The outcome of one criterion for one applicant. */
public enum Outcome {
    PASS,
    FAIL,
    /** Neither pass nor fail: an officer has to verify and decide. */
    REVIEW
}
