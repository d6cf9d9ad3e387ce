package id.berdaya.rules.authoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One WRSE test case as a row of a table: the applicant's inputs as fields a form edits (no JSON), the
 * expected decision, the expected outcome per criterion (only the criteria the case is about) and the
 * expected priority score (or null for "not checked").
 */
public class TestCaseRow {

    private String name;
    private String sex = "F";
    private String birthDate;
    private String maritalStatus = "MARRIED";
    private String regencyCode;
    private String applicationDate;
    /** Registry listings, e.g. {@code DTKS}, {@code P3KE:1} (name, colon, decile). */
    private List<String> registries = new ArrayList<>();
    private List<String> currentAid = new ArrayList<>();
    private List<String> circumstances = new ArrayList<>();
    private Integer priorWrseAidYear;
    private boolean hasBusiness;
    private String businessField;
    private boolean mainBreadwinner;
    private boolean priorSkillsTraining;
    private String expectedDecision;
    private Map<String, String> expectedCriteria = new LinkedHashMap<>();
    private Integer expectedScore;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSex() {
        return sex;
    }

    public void setSex(String sex) {
        this.sex = sex;
    }

    public String getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(String birthDate) {
        this.birthDate = birthDate;
    }

    public String getMaritalStatus() {
        return maritalStatus;
    }

    public void setMaritalStatus(String maritalStatus) {
        this.maritalStatus = maritalStatus;
    }

    public String getRegencyCode() {
        return regencyCode;
    }

    public void setRegencyCode(String regencyCode) {
        this.regencyCode = regencyCode;
    }

    public String getApplicationDate() {
        return applicationDate;
    }

    public void setApplicationDate(String applicationDate) {
        this.applicationDate = applicationDate;
    }

    public List<String> getRegistries() {
        return registries;
    }

    public void setRegistries(List<String> registries) {
        this.registries = new ArrayList<>(registries);
    }

    public List<String> getCurrentAid() {
        return currentAid;
    }

    public void setCurrentAid(List<String> currentAid) {
        this.currentAid = new ArrayList<>(currentAid);
    }

    public List<String> getCircumstances() {
        return circumstances;
    }

    public void setCircumstances(List<String> circumstances) {
        this.circumstances = new ArrayList<>(circumstances);
    }

    public Integer getPriorWrseAidYear() {
        return priorWrseAidYear;
    }

    public void setPriorWrseAidYear(Integer priorWrseAidYear) {
        this.priorWrseAidYear = priorWrseAidYear;
    }

    public boolean isHasBusiness() {
        return hasBusiness;
    }

    public void setHasBusiness(boolean hasBusiness) {
        this.hasBusiness = hasBusiness;
    }

    public String getBusinessField() {
        return businessField;
    }

    public void setBusinessField(String businessField) {
        this.businessField = businessField;
    }

    public boolean isMainBreadwinner() {
        return mainBreadwinner;
    }

    public void setMainBreadwinner(boolean mainBreadwinner) {
        this.mainBreadwinner = mainBreadwinner;
    }

    public boolean isPriorSkillsTraining() {
        return priorSkillsTraining;
    }

    public void setPriorSkillsTraining(boolean priorSkillsTraining) {
        this.priorSkillsTraining = priorSkillsTraining;
    }

    /** ELIGIBLE, NEEDS_REVIEW or INELIGIBLE. */
    public String getExpectedDecision() {
        return expectedDecision;
    }

    public void setExpectedDecision(String expectedDecision) {
        this.expectedDecision = expectedDecision;
    }

    /** Criterion code → PASS, REVIEW or FAIL. */
    public Map<String, String> getExpectedCriteria() {
        return expectedCriteria;
    }

    public void setExpectedCriteria(Map<String, String> expectedCriteria) {
        this.expectedCriteria = new LinkedHashMap<>(expectedCriteria);
    }

    public Integer getExpectedScore() {
        return expectedScore;
    }

    public void setExpectedScore(Integer expectedScore) {
        this.expectedScore = expectedScore;
    }
}
