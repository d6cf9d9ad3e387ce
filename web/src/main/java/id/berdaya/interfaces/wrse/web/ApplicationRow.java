package id.berdaya.interfaces.wrse.web;

import id.berdaya.domain.wrse.WrseApplication;
import java.io.Serializable;
import java.time.LocalDate;

/** A list row with plain getters for the table; the NIK is masked. */
public class ApplicationRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String maskedNik;
    private final String fullName;
    private final String regencyCode;
    private final String districtCode;
    private final int programmeYear;
    private final LocalDate applicationDate;
    private final String status;
    private final String decision;
    private final Integer priorityScore;

    public ApplicationRow(WrseApplication a) {
        this.id = a.getId();
        this.maskedNik = a.getApplicant().getMaskedNik();
        this.fullName = a.getApplicant().getFullName();
        this.regencyCode = a.getApplicant().getRegencyCode();
        this.districtCode = a.getApplicant().getDistrictCode();
        this.programmeYear = a.getProgrammeYear();
        this.applicationDate = a.getApplicationDate();
        this.status = a.getStatus().name();
        this.decision = a.getCurrentDecision() == null ? null : a.getCurrentDecision().name();
        this.priorityScore = a.getPriorityScore();
    }

    public long getId() { return id; }
    public String getMaskedNik() { return maskedNik; }
    public String getFullName() { return fullName; }
    public String getRegencyCode() { return regencyCode; }
    public String getDistrictCode() { return districtCode; }
    public int getProgrammeYear() { return programmeYear; }
    public LocalDate getApplicationDate() { return applicationDate; }
    public String getStatus() { return status; }
    public String getDecision() { return decision; }
    public Integer getPriorityScore() { return priorityScore; }
}
