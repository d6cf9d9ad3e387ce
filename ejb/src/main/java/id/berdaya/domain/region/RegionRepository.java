package id.berdaya.domain.region;

import java.util.List;
import java.util.Optional;
import java.util.Set;

public interface RegionRepository {

    Optional<Region> find(String code);

    /** The 10 regencies and cities of East Kalimantan, by code. */
    List<Region> regencies();

    /** The districts of one regency, by code. */
    List<Region> districtsOf(String regencyCode);

    /**
     * The codes of a regency's districts, read once per server: the region table changes only by
     * migration, so a check made on every request (a screening's district) costs no query.
     */
    Set<String> districtCodesOf(String regencyCode);
}
