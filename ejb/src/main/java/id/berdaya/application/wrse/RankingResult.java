package id.berdaya.application.wrse;

import id.berdaya.domain.wrse.RegencyQuota;
import id.berdaya.domain.wrse.WrseRanking;
import java.util.List;

/** A regency's ranking for a year, with its quota (null if none has been set). */
public record RankingResult(String regencyCode, String regencyName, int year, RegencyQuota quota,
        List<WrseRanking.Place> places) {

    public long withinQuota() {
        return places.stream().filter(WrseRanking.Place::withinQuota).count();
    }
}
