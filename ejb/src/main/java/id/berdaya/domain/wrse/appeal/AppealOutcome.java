package id.berdaya.domain.wrse.appeal;

import id.berdaya.rules.wrse.WrseDecision;

/** What the re-screening with the corrected facts gave: upheld (now eligible), dismissed, or sent to review. */
public enum AppealOutcome {
    UPHELD,
    DISMISSED,
    REFERRED_FOR_REVIEW;

    static AppealOutcome of(WrseDecision decision) {
        return switch (decision) {
            case ELIGIBLE -> UPHELD;
            case INELIGIBLE -> DISMISSED;
            case NEEDS_REVIEW -> REFERRED_FOR_REVIEW;
        };
    }
}
