package id.berdaya.domain.wrse;

import static id.berdaya.domain.wrse.WrseFixtures.NOW;
import static id.berdaya.domain.wrse.WrseFixtures.OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import id.berdaya.domain.shared.Rupiah;
import id.berdaya.rules.wrse.WrseDecision;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WrseRankingTest {

    private static WrseApplication applicant(long id, String nik, LocalDate birth, LocalDate applied, WrseDecision decision,
            int score) {
        Applicant a = WrseFixtures.siti().nik(nik).birthDate(birth).build();
        WrseApplication application = new WrseApplication(a, applied, List.of(), List.of(), OFFICER, NOW);
        application.submit(WrseFixtures.result(decision, score), "wrse-test", "{}", OFFICER, NOW);
        return WrseFixtures.withId(application, id);
    }

    private static final LocalDate BORN = LocalDate.of(1985, 7, 5);
    private static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);
    private static final LocalDate NOV_2 = LocalDate.of(2026, 11, 2);

    @Test
    void ordersByScoreThenEarlierApplicationDateThenLowerNumber() {
        WrseApplication high = applicant(7, "6402054507850001", BORN, NOV_2, WrseDecision.ELIGIBLE, 90);
        WrseApplication tieLater = applicant(3, "6402054507850002", BORN, NOV_2, WrseDecision.ELIGIBLE, 50);
        WrseApplication tieEarlier = applicant(9, "6402054507850003", BORN, NOV_1, WrseDecision.ELIGIBLE, 50);
        WrseApplication tieSameDayHigherNumber = applicant(4, "6402054507850004", BORN, NOV_2, WrseDecision.ELIGIBLE, 50);

        List<WrseRanking.Place> places = WrseRanking.rank(List.of(tieLater, tieSameDayHigherNumber, high, tieEarlier), null);

        assertThat(places).extracting(p -> p.application().getId()).containsExactly(7L, 9L, 3L, 4L);
        assertThat(places).extracting(WrseRanking.Place::rank).containsExactly(1, 2, 3, 4);
    }

    @Test
    void leavesOutWhoIsNotEligibleOrWasRejected() {
        WrseApplication eligible = applicant(1, "6402054507850001", BORN, NOV_1, WrseDecision.ELIGIBLE, 40);
        WrseApplication review = applicant(2, "6402054507850002", BORN, NOV_1, WrseDecision.NEEDS_REVIEW, 90);
        WrseApplication rejected = applicant(3, "6402054507850003", BORN, NOV_1, WrseDecision.ELIGIBLE, 90);
        rejected.propose(OFFICER, NOW);
        rejected.reject("Data ganda di kabupaten", "provinsi", NOW);

        assertThat(WrseRanking.rank(List.of(eligible, review, rejected), null))
                .extracting(p -> p.application().getId()).containsExactly(1L);
    }

    @Test
    void marksWhoFitsBothTheNumberOfRecipientsAndTheBudget() {
        List<WrseApplication> five = List.of(
                applicant(1, "6402054507850001", BORN, NOV_1, WrseDecision.ELIGIBLE, 90),
                applicant(2, "6402054507850002", BORN, NOV_1, WrseDecision.ELIGIBLE, 80),
                applicant(3, "6402054507850003", BORN, NOV_1, WrseDecision.ELIGIBLE, 70),
                applicant(4, "6402054507850004", BORN, NOV_1, WrseDecision.ELIGIBLE, 60),
                applicant(5, "6402054507850005", BORN, NOV_1, WrseDecision.ELIGIBLE, 50));

        RegencyQuota fourPeopleButBudgetForThree = new RegencyQuota("6402", 2026, 4, Rupiah.of(9_000_000), OFFICER, NOW);
        assertThat(WrseRanking.rank(five, fourPeopleButBudgetForThree)).extracting(WrseRanking.Place::withinQuota)
                .containsExactly(true, true, true, false, false);

        RegencyQuota twoPeople = new RegencyQuota("6402", 2026, 2, Rupiah.of(60_000_000), OFFICER, NOW);
        assertThat(WrseRanking.rank(five, twoPeople)).extracting(WrseRanking.Place::withinQuota)
                .containsExactly(true, true, false, false, false);
    }

    @Test
    void deliveredAndVerifiedApplicationsCountAgainstTheQuotaBeforeMerelySubmittedOnes() {
        WrseApplication submittedHigh = applicant(1, "6402054507850001", BORN, NOV_1, WrseDecision.ELIGIBLE, 95);
        WrseApplication verified = applicant(2, "6402054507850002", BORN, NOV_1, WrseDecision.ELIGIBLE, 60);
        verified.propose(OFFICER, NOW);
        WrseFixtures.receiveAllDocuments(verified);
        verified.verify("provinsi", NOW);
        WrseApplication proposed = applicant(3, "6402054507850003", BORN, NOV_1, WrseDecision.ELIGIBLE, 50);
        proposed.propose(OFFICER, NOW);

        RegencyQuota twoPeople = new RegencyQuota("6402", 2026, 2, Rupiah.of(60_000_000), OFFICER, NOW);
        List<WrseRanking.Place> places = WrseRanking.rank(List.of(submittedHigh, proposed, verified), twoPeople);

        assertThat(places).extracting(p -> p.application().getId()).containsExactly(2L, 3L, 1L);
        assertThat(places).extracting(WrseRanking.Place::withinQuota).containsExactly(true, true, false);
    }

    @Test
    void withoutAQuotaNobodyIsMarkedAsFitting() {
        WrseApplication eligible = applicant(1, "6402054507850001", BORN, NOV_1, WrseDecision.ELIGIBLE, 40);

        assertThat(WrseRanking.rank(List.of(eligible), null)).extracting(WrseRanking.Place::withinQuota)
                .containsExactly(false);
    }
}
