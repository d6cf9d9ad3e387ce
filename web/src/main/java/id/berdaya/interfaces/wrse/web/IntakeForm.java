package id.berdaya.interfaces.wrse.web;

import id.berdaya.application.wrse.ApplicantDetails;
import id.berdaya.domain.wrse.Applicant;
import id.berdaya.domain.wrse.RegistryEntry;
import id.berdaya.domain.wrse.WrseApplication;
import id.berdaya.rules.MaritalStatus;
import id.berdaya.rules.Sex;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The intake form's values, with getters and setters for the page to bind to. Registries are
 * ticked one by one (with a decile for the registries that rank households), as on the paper form.
 */
public class IntakeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String nik;
    private String kkNumber;
    private String fullName;
    private Sex sex = Sex.F;
    private LocalDate birthDate;
    private MaritalStatus maritalStatus;
    private String regencyCode = "6402";
    private String districtCode;
    private String village;
    private LocalDate applicationDate = LocalDate.now(id.berdaya.domain.wrse.WrseProgramme.ZONE);
    private boolean dtks;
    private boolean p3ke;
    private Integer p3keDecile;
    private boolean dtsen;
    private Integer dtsenDecile;
    private boolean regsosek;
    private List<String> currentAid = new ArrayList<>();
    private List<String> circumstances = new ArrayList<>();
    private Integer priorWrseAidYear;
    private boolean hasBusiness;
    private String businessField;
    private String businessDescription;
    private boolean mainBreadwinner;
    private boolean priorSkillsTraining;

    ApplicantDetails toDetails() {
        List<ApplicantDetails.Registry> registries = new ArrayList<>();
        if (dtks) {
            registries.add(new ApplicantDetails.Registry("DTKS", null, null));
        }
        if (p3ke) {
            registries.add(new ApplicantDetails.Registry("P3KE", p3keDecile, null));
        }
        if (dtsen) {
            registries.add(new ApplicantDetails.Registry("DTSEN", dtsenDecile, null));
        }
        if (regsosek) {
            registries.add(new ApplicantDetails.Registry("REGSOSEK", null, null));
        }
        return new ApplicantDetails(nik, kkNumber, fullName, sex, birthDate, maritalStatus, regencyCode, districtCode,
                village, applicationDate, registries, currentAid, priorWrseAidYear, hasBusiness, businessField,
                businessDescription, mainBreadwinner, priorSkillsTraining, circumstances);
    }

    /** Fills the form from a recorded application, for a correction. */
    static IntakeForm of(WrseApplication application) {
        Applicant a = application.getApplicant();
        IntakeForm f = new IntakeForm();
        f.nik = a.getNikValue();
        f.kkNumber = a.getKkNumber();
        f.fullName = a.getFullName();
        f.sex = a.getSex();
        f.birthDate = a.getBirthDate();
        f.maritalStatus = a.getMaritalStatus();
        f.regencyCode = a.getRegencyCode();
        f.districtCode = a.getDistrictCode();
        f.village = a.getVillage();
        f.applicationDate = application.getApplicationDate();
        for (RegistryEntry r : application.getRegistries()) {
            switch (r.getRegistry()) {
                case "DTKS" -> f.dtks = true;
                case "P3KE" -> { f.p3ke = true; f.p3keDecile = r.getDecile(); }
                case "DTSEN" -> { f.dtsen = true; f.dtsenDecile = r.getDecile(); }
                case "REGSOSEK" -> f.regsosek = true;
                default -> { }
            }
        }
        f.currentAid = new ArrayList<>(application.getCurrentAid());
        f.circumstances = new ArrayList<>(application.getCircumstances().stream().sorted().toList());
        f.priorWrseAidYear = a.getDeclaredPriorAidYear();
        f.hasBusiness = a.isHasBusiness();
        f.businessField = a.getBusinessField();
        f.businessDescription = a.getBusinessDescription();
        f.mainBreadwinner = a.isMainBreadwinner();
        f.priorSkillsTraining = a.isPriorSkillsTraining();
        return f;
    }

    // Getters and setters for the page.
    public String getNik() { return nik; }
    public void setNik(String nik) { this.nik = nik; }
    public String getKkNumber() { return kkNumber; }
    public void setKkNumber(String kkNumber) { this.kkNumber = kkNumber; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public Sex getSex() { return sex; }
    public void setSex(Sex sex) { this.sex = sex; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
    public MaritalStatus getMaritalStatus() { return maritalStatus; }
    public void setMaritalStatus(MaritalStatus maritalStatus) { this.maritalStatus = maritalStatus; }
    public String getRegencyCode() { return regencyCode; }
    public void setRegencyCode(String regencyCode) { this.regencyCode = regencyCode; }
    public String getDistrictCode() { return districtCode; }
    public void setDistrictCode(String districtCode) { this.districtCode = districtCode; }
    public String getVillage() { return village; }
    public void setVillage(String village) { this.village = village; }
    public LocalDate getApplicationDate() { return applicationDate; }
    public void setApplicationDate(LocalDate applicationDate) { this.applicationDate = applicationDate; }
    public boolean isDtks() { return dtks; }
    public void setDtks(boolean dtks) { this.dtks = dtks; }
    public boolean isP3ke() { return p3ke; }
    public void setP3ke(boolean p3ke) { this.p3ke = p3ke; }
    public Integer getP3keDecile() { return p3keDecile; }
    public void setP3keDecile(Integer p3keDecile) { this.p3keDecile = p3keDecile; }
    public boolean isDtsen() { return dtsen; }
    public void setDtsen(boolean dtsen) { this.dtsen = dtsen; }
    public Integer getDtsenDecile() { return dtsenDecile; }
    public void setDtsenDecile(Integer dtsenDecile) { this.dtsenDecile = dtsenDecile; }
    public boolean isRegsosek() { return regsosek; }
    public void setRegsosek(boolean regsosek) { this.regsosek = regsosek; }
    public List<String> getCurrentAid() { return currentAid; }
    public void setCurrentAid(List<String> currentAid) { this.currentAid = currentAid; }
    public List<String> getCircumstances() { return circumstances; }
    public void setCircumstances(List<String> circumstances) { this.circumstances = circumstances; }
    public Integer getPriorWrseAidYear() { return priorWrseAidYear; }
    public void setPriorWrseAidYear(Integer priorWrseAidYear) { this.priorWrseAidYear = priorWrseAidYear; }
    public boolean isHasBusiness() { return hasBusiness; }
    public void setHasBusiness(boolean hasBusiness) { this.hasBusiness = hasBusiness; }
    public String getBusinessField() { return businessField; }
    public void setBusinessField(String businessField) { this.businessField = businessField; }
    public String getBusinessDescription() { return businessDescription; }
    public void setBusinessDescription(String businessDescription) { this.businessDescription = businessDescription; }
    public boolean isMainBreadwinner() { return mainBreadwinner; }
    public void setMainBreadwinner(boolean mainBreadwinner) { this.mainBreadwinner = mainBreadwinner; }
    public boolean isPriorSkillsTraining() { return priorSkillsTraining; }
    public void setPriorSkillsTraining(boolean priorSkillsTraining) { this.priorSkillsTraining = priorSkillsTraining; }
}
