package id.berdaya.rules.kubp;

import id.berdaya.rules.MaritalStatus;
import id.berdaya.rules.Sex;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/** A member of a KUBP group as she stands when the group applies. */
public final class KubpMember {

    private final String nik;
    private final Sex sex;
    private final LocalDate birthDate;
    private final MaritalStatus maritalStatus;
    private final String districtCode;
    private final boolean hasOtherActiveLoanGroup;

    /**
     * @param districtCode the district (kecamatan) of her domicile, or null if not recorded
     * @param hasOtherActiveLoanGroup whether she is in another group whose loan is still active
     */
    public KubpMember(String nik, Sex sex, LocalDate birthDate, MaritalStatus maritalStatus, String districtCode,
            boolean hasOtherActiveLoanGroup) {
        this.nik = Objects.requireNonNull(nik, "nik");
        this.sex = Objects.requireNonNull(sex, "sex");
        this.birthDate = Objects.requireNonNull(birthDate, "birthDate");
        this.maritalStatus = Objects.requireNonNull(maritalStatus, "maritalStatus");
        this.districtCode = districtCode;
        this.hasOtherActiveLoanGroup = hasOtherActiveLoanGroup;
    }

    /** Age in whole years on the given date. */
    public int ageOn(LocalDate date) {
        return Period.between(birthDate, date).getYears();
    }

    public String getNik() {
        return nik;
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

    public String getDistrictCode() {
        return districtCode;
    }

    public boolean isHasOtherActiveLoanGroup() {
        return hasOtherActiveLoanGroup;
    }

    @Override
    public String toString() {
        return "KubpMember[" + nik + "]";
    }
}
