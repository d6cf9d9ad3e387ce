package id.berdaya.interfaces.wrse.web;

import id.berdaya.domain.wrse.WrseRanking;
import java.time.LocalDate;

/** A ranking row with plain getters for the table; the NIK is masked. */
public class RankRow {

    private final int rank;
    private final long id;
    private final String maskedNik;
    private final String fullName;
    private final String districtCode;
    private final int priorityScore;
    private final LocalDate applicationDate;
    private final String status;
    private final boolean withinQuota;

    RankRow(WrseRanking.Place place) {
        var a = place.application();
        this.rank = place.rank();
        this.id = a.getId();
        this.maskedNik = a.getApplicant().getMaskedNik();
        this.fullName = a.getApplicant().getFullName();
        this.districtCode = a.getApplicant().getDistrictCode();
        this.priorityScore = a.getPriorityScore() == null ? 0 : a.getPriorityScore();
        this.applicationDate = a.getApplicationDate();
        this.status = a.getStatus().name();
        this.withinQuota = place.withinQuota();
    }

    public int getRank() { return rank; }
    public long getId() { return id; }
    public String getMaskedNik() { return maskedNik; }
    public String getFullName() { return fullName; }
    public String getDistrictCode() { return districtCode; }
    public int getPriorityScore() { return priorityScore; }
    public LocalDate getApplicationDate() { return applicationDate; }
    public String getStatus() { return status; }
    public boolean isWithinQuota() { return withinQuota; }
}
