package id.berdaya.domain.registry;

import java.time.LocalDate;

/**
 * One person as a registry listing gives her. Codes as in the file's vocabulary mapped to the
 * screening's: sex F/M, marital status UNMARRIED/MARRIED/DIVORCED/WIDOWED.
 */
public record ListedPerson(long line, String nik, String kkNumber, String fullName, String sex, LocalDate birthDate,
        String maritalStatus, String familyRelation, String regencyCode, String districtCode, String villageCode,
        Integer decile) implements ExtractRow {

    /** The family head's relation code; a woman heading her family is its main breadwinner. */
    public static final String HEAD_OF_FAMILY = "KEPALA_KELUARGA";
}
