package id.berdaya.domain.wrse;

import id.berdaya.rules.wrse.WrseDecision;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Orders a regency's eligible applicants for one year by priority score; ties go to the earlier
 * application date, then the lower application number. Marks who fits the quota: the first ranks
 * while both the number of recipients and the budget (at the standard aid value each) allow.
 */
public final class WrseRanking {

    /** One place in the ranking. */
    public record Place(int rank, WrseApplication application, boolean withinQuota) {
    }

    static final Comparator<WrseApplication> ORDER = Comparator
            .comparing((WrseApplication a) -> a.getPriorityScore() == null ? 0 : a.getPriorityScore()).reversed()
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
