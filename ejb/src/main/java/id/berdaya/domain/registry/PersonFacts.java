package id.berdaya.domain.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the registries say about one person for a targeting run: her identity and domicile from her
 * newest listing, every registry that lists her (with decile and as-of date), the aid programmes
 * recorded for her in the application year, and the year of any WRSE aid Berdaya already gave her.
 */
public record PersonFacts(String nik, String kkNumber, String fullName, String sex, LocalDate birthDate,
        String maritalStatus, String familyRelation, String regencyCode, String districtCode, String villageCode,
        List<Listing> listings, Set<String> currentAid, Integer priorWrseAidYear) {

    /** One registry's listing of her. */
    public record Listing(String registry, Integer decile, LocalDate asOf) {
    }

    public boolean headsHerFamily() {
        return "F".equals(sex) && ListedPerson.HEAD_OF_FAMILY.equals(familyRelation);
    }
}
