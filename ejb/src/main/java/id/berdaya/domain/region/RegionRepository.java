package id.berdaya.domain.region;

import java.util.List;
import java.util.Optional;

public interface RegionRepository {

    Optional<Region> find(String code);

    /** The 10 regencies and cities of East Kalimantan, by code. */
    List<Region> regencies();

    /** The districts of one regency, by code. */
    List<Region> districtsOf(String regencyCode);
}
