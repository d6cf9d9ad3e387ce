package id.berdaya.domain.wrse;

import id.berdaya.rules.wrse.WrseDecision;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Orders a regency's eligible applicants for one year: verified (and later) ones first, then proposed,
 * then submitted; within each by priority score; ties go to the earlier
 * application date, then the lower application number. Marks who fits the quota: the first ranks
 * while both the number of recipients and the budget (at the standard aid value each) allow.
 */
public final class WrseRanking {

    /** One place in the ranking. */
    public record Place(int rank, WrseApplication application, boolean withinQuota) {
    }

    /**
     * Applications the province has verified (and those trained or already given their aid) hold their
     * places in the quota first, then proposed ones, then those only submitted: a later, higher score
     * never pushes a verified recipient out.
     */
    static int commitment(WrseApplication a) {
        return switch (a.getStatus()) {
            case VERIFIED, TRAINED, AID_DELIVERED -> 0;
            case PROPOSED -> 1;
            default -> 2;
        };
    }

    static final Comparator<WrseApplication> ORDER = Comparator.comparingInt(WrseRanking::commitment)
            .thenComparing(Comparator.comparing((WrseApplication a) -> a.getPriorityScore() == null ? 0 : a.getPriorityScore())
                    .reversed())
            .thenComparing(WrseApplication::getApplicationDate)
            .thenComparing(WrseApplication::getId);

    private WrseRanking() {
    }

    /** Ranks the eligible, not rejected applications among those given; quota may be null (nobody fits). */
    public static List<Place> rank(List<WrseApplication> applications, RegencyQuota quota) {
        List<WrseApplication> eligible = applications.stream()
                .filter(WrseRanking::isCandidate)
                .sorted(ORDER)
                .toList();
        List<Place> places = new ArrayList<>();
        for (int i = 0; i < eligible.size(); i++) {
            int rank = i + 1;
            boolean fits = quota != null && quota.fits(rank, WrseProgramme.STANDARD_AID_VALUE);
            places.add(new Place(rank, eligible.get(i), fits));
        }
        return places;
    }

    static boolean isCandidate(WrseApplication a) {
        return a.getCurrentDecision() == WrseDecision.ELIGIBLE && a.getStatus() != ApplicationStatus.DRAFT
                && a.getStatus() != ApplicationStatus.REJECTED;
    }
}
