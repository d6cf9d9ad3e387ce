package id.berdaya.domain.wrse;

import id.berdaya.domain.shared.Nik;
import id.berdaya.rules.MaritalStatus;
import id.berdaya.rules.Sex;
import java.time.LocalDate;

/** Builds an {@link Applicant}, checking each field and how the fields agree; every refusal names its field. */
public final class ApplicantBuilder {

    private final Applicant a = new Applicant();

    ApplicantBuilder() {
    }

    public ApplicantBuilder nik(String nik) {
        a.nik = nik;
        return this;
    }

    public ApplicantBuilder kkNumber(String kkNumber) {
        a.kkNumber = kkNumber;
        return this;
    }

    public ApplicantBuilder fullName(String fullName) {
        a.fullName = fullName;
        return this;
    }

    public ApplicantBuilder sex(Sex sex) {
        a.sex = sex;
        return this;
    }

    public ApplicantBuilder birthDate(LocalDate birthDate) {
        a.birthDate = birthDate;
        return this;
    }

    public ApplicantBuilder maritalStatus(MaritalStatus maritalStatus) {
        a.maritalStatus = maritalStatus;
        return this;
    }

    public ApplicantBuilder domicile(String regencyCode, String districtCode, String village) {
        a.regencyCode = regencyCode;
        a.districtCode = districtCode;
        a.village = village;
        return this;
    }

    public ApplicantBuilder business(boolean hasBusiness, String field, String description) {
        a.hasBusiness = hasBusiness;
        a.businessField = field;
        a.businessDescription = description;
        return this;
    }

    public ApplicantBuilder household(boolean mainBreadwinner, boolean priorSkillsTraining) {
        a.mainBreadwinner = mainBreadwinner;
        a.priorSkillsTraining = priorSkillsTraining;
        return this;
    }

    public ApplicantBuilder declaredPriorAidYear(Integer year) {
        a.declaredPriorAidYear = year;
        return this;
    }

    public Applicant build() {
        Nik nik = Nik.of(a.nik);
        Inputs.digits("kkNumber", a.kkNumber, 16);
        a.fullName = Inputs.requiredText("fullName", a.fullName, 150);
        Inputs.required("sex", a.sex);
        Inputs.required("birthDate", a.birthDate);
        Inputs.required("maritalStatus", a.maritalStatus);
        nik.requireAgreesWith(a.birthDate, a.sex == Sex.F);
        Inputs.digits("regencyCode", a.regencyCode, 4);
        if (a.districtCode != null && !a.districtCode.isBlank()) {
            Inputs.digits("districtCode", a.districtCode, 6);
            Inputs.check(a.districtCode.startsWith(a.regencyCode), "districtCode",
                    "district " + a.districtCode + " is not in regency " + a.regencyCode,
                    "kecamatan " + a.districtCode + " tidak berada di kabupaten/kota " + a.regencyCode);
        } else {
            a.districtCode = null;
        }
        a.village = Inputs.text("village", a.village, 100);
        a.businessField = Inputs.text("businessField", a.businessField, 20);
        a.businessDescription = Inputs.text("businessDescription", a.businessDescription, 200);
        if ("OTHER".equals(a.businessField)) {
            Inputs.required("businessDescription", a.businessDescription);
        }
        Inputs.check(a.declaredPriorAidYear == null || a.declaredPriorAidYear >= 2000 && a.declaredPriorAidYear <= 2100,
                "priorWrseAidYear", "priorWrseAidYear must be a year between 2000 and 2100",
                "priorWrseAidYear harus tahun antara 2000 dan 2100");
        return a;
    }
}
