package id.berdaya.domain.kubp.group;

import id.berdaya.domain.shared.InvalidInputException;
import id.berdaya.domain.shared.Nik;
import id.berdaya.rules.MaritalStatus;
import id.berdaya.rules.Sex;
import java.time.LocalDate;

/**
 * A member as a loan officer enters her. Sex is kept as entered, not refused here: that members
 * are women is a loan term in the rules (policy staff own it), so a group with a man can be
 * recorded and its application is refused with the rule's reason.
 *
 * @param domicileDistrictCode the district on her family card, or null when not recorded
 * @param telephone her Indonesian telephone number as entered, or null; the chair's is the one
 *        reminders go to
 */
public record MemberDetails(String nik, String fullName, Sex sex, LocalDate birthDate,
        MaritalStatus maritalStatus, MemberRole role, String domicileDistrictCode, String telephone) {

    /** A member without a telephone number (callers from before numbers were recorded). */
    public MemberDetails(String nik, String fullName, Sex sex, LocalDate birthDate, MaritalStatus maritalStatus,
            MemberRole role, String domicileDistrictCode) {
        this(nik, fullName, sex, birthDate, maritalStatus, role, domicileDistrictCode, null);
    }

    /** The telephone in +62 form, refused with the member's field name when it is not Indonesian. */
    String validTelephone(String fieldPrefix) {
        return Telephone.normalise(fieldPrefix + ".telephone", telephone);
    }

    /**
     * Checks the NIK's form and that it agrees with birth date and sex; errors name the member's
     * place in the list ("members[2].nik") so the form or client can point at her.
     */
    Nik validNik(String fieldPrefix) {
        require(fullName != null && !fullName.isBlank(), fieldPrefix + ".fullName", "is required", "wajib diisi");
        require(sex != null, fieldPrefix + ".sex", "is required", "wajib diisi");
        require(birthDate != null, fieldPrefix + ".birthDate", "is required", "wajib diisi");
        require(maritalStatus != null, fieldPrefix + ".maritalStatus", "is required", "wajib diisi");
        require(role != null, fieldPrefix + ".role", "is required", "wajib diisi");
        try {
            Nik parsed = Nik.of(nik);
            parsed.requireAgreesWith(birthDate, sex == Sex.F);
            return parsed;
        } catch (InvalidInputException e) {
            throw new InvalidInputException(fieldPrefix + ".nik", e.getMessage(), e.getMessageId());
        }
    }

    private static void require(boolean condition, String field, String en, String id) {
        if (!condition) {
            throw new InvalidInputException(field, field + " " + en, field + " " + id);
        }
    }
}
