package id.berdaya.interfaces.web;

import id.berdaya.application.reference.ReferenceDataService;
import id.berdaya.domain.region.Region;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The regions reference page: East Kalimantan's regencies and Kutai Kartanegara's districts. */
@Named
@RequestScoped
public class RegionsBean {

    @Inject
    private ReferenceDataService referenceData;

    private List<Region> regencies;
    private List<Region> kutaiKartanegaraDistricts;

    public List<Region> getRegencies() {
        if (regencies == null) {
            regencies = referenceData.regencies();
        }
        return regencies;
    }

    public List<Region> getKutaiKartanegaraDistricts() {
        if (kutaiKartanegaraDistricts == null) {
            kutaiKartanegaraDistricts = referenceData.districtsOf(ReferenceDataService.KUTAI_KARTANEGARA);
        }
        return kutaiKartanegaraDistricts;
    }
}
