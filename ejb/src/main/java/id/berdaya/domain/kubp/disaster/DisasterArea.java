package id.berdaya.domain.kubp.disaster;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;

/** A district, or one village in it when {@code village} is set. */
@Embeddable
public class DisasterArea {

    @Column(name = "district_code", nullable = false, length = 6)
    private String districtCode;

    @Column(length = 100)
    private String village;

    protected DisasterArea() {
        // for JPA
    }

    public DisasterArea(String districtCode, String village) {
        this.districtCode = districtCode;
        this.village = village == null || village.isBlank() ? null : village.strip();
    }

    /** Whether a group domiciled in this district and village lies in the area. */
    public boolean covers(String groupDistrict, String groupVillage) {
        return districtCode.equals(groupDistrict) && (village == null
                || village.toLowerCase(Locale.ROOT).equals(groupVillage.strip().toLowerCase(Locale.ROOT)));
    }

    public String getDistrictCode() { return districtCode; }
    public String getVillage() { return village; }
}
