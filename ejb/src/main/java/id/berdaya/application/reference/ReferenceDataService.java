package id.berdaya.application.reference;

import id.berdaya.domain.region.Region;
import id.berdaya.domain.region.RegionRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** Read access to reference data: regions and their codes. */
@Stateless
public class ReferenceDataService {

    /** The regency whose districts run the KUBP programme. */
    public static final String KUTAI_KARTANEGARA = "6402";

    @Inject
    private RegionRepository regions;

    public List<Region> regencies() {
        return regions.regencies();
    }

    public List<Region> districtsOf(String regencyCode) {
        return regions.districtsOf(regencyCode);
    }

    public Optional<Region> find(String code) {
        return regions.find(code);
    }
}
