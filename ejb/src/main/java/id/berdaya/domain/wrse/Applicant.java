package id.berdaya.domain.wrse;

import id.berdaya.domain.shared.Nik;
import id.berdaya.rules.MaritalStatus;
import id.berdaya.rules.Sex;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/**
 * The applicant as entered: identity (NIK, family card), domicile from the family card, and what
 * she declares about her business and household. Built only through {@link ApplicantBuilder},
 * which refuses values that contradict each other (a NIK whose date part disagrees with her birth
 * date and sex, a district outside her regency).
 */
@Embeddable
public class Applicant {

    @Column(name = "nik", nullable = false, length = 16)
    String nik;
    @Column(name = "kk_number", nullable = false, length = 16)
    String kkNumber;
    @Column(name = "full_name", nullable = false, length = 150)
    String fullName;
    @Enumerated(EnumType.STRING)
    @Column(name = "sex", nullable = false, length = 1)
    Sex sex;
    @Column(name = "birth_date", nullable = false)
    LocalDate birthDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "marital_status", nullable = false, length = 20)
    MaritalStatus maritalStatus;
    @Column(name = "regency_code", nullable = false, length = 4)
    String regencyCode;
    @Column(name = "district_code", length = 6)
    String districtCode;
    @Column(name = "village", length = 100)
    String village;
    @Column(name = "has_business", nullable = false)
    boolean hasBusiness;
    @Column(name = "business_field", length = 20)
    String businessField;
    @Column(name = "business_description", length = 200)
    String businessDescription;
    @Column(name = "main_breadwinner", nullable = false)
    boolean mainBreadwinner;
    @Column(name = "prior_skills_training", nullable = false)
    boolean priorSkillsTraining;
    /** The year of earlier WRSE aid as she declared it; the records are searched by NIK as well. */
    @Column(name = "declared_prior_aid_year")
    Integer declaredPriorAidYear;

    protected Applicant() {
        // for JPA and the builder
    }

    public static ApplicantBuilder builder() {
        return new ApplicantBuilder();
    }

    public Nik getNik() {
        return Nik.of(nik);
    }

    public String getNikValue() {
        return nik;
    }

    /** As lists show it: 6402********0001. */
    public String getMaskedNik() {
        return getNik().masked();
    }

    public String getKkNumber() {
        return kkNumber;
    }

    public String getFullName() {
        return fullName;
    }

    public Sex getSex() {
        return sex;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public MaritalStatus getMaritalStatus() {
        return maritalStatus;
    }

    public String getRegencyCode() {
        return regencyCode;
    }

    public String getDistrictCode() {
        return districtCode;
    }

    public String getVillage() {
        return village;
    }

    public boolean isHasBusiness() {
        return hasBusiness;
    }

    public String getBusinessField() {
        return businessField;
    }

    public String getBusinessDescription() {
        return businessDescription;
    }

    public boolean isMainBreadwinner() {
        return mainBreadwinner;
    }

    public boolean isPriorSkillsTraining() {
        return priorSkillsTraining;
    }

    public Integer getDeclaredPriorAidYear() {
        return declaredPriorAidYear;
    }
}
