package id.berdaya.domain.region;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A province, regency/city or district with its Kemendagri code. Reference data loaded by
 * migration; the application never changes it.
 */
@Entity
@Cacheable
@Table(name = "region")
public class Region {

    @Id
    @Column(length = 6)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RegionLevel level;

    @Column(name = "parent_code", length = 6)
    private String parentCode;

    /** The year a district came into being (two were split off in 2022); null for older ones. */
    @Column(name = "since_year")
    private Integer sinceYear;

    @Column(length = 200)
    private String note;

    protected Region() {
        // for JPA
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public RegionLevel getLevel() {
        return level;
    }

    public String getParentCode() {
        return parentCode;
    }

    public Integer getSinceYear() {
        return sinceYear;
    }

    public String getNote() {
        return note;
    }

    public boolean isRegencyOrCity() {
        return level == RegionLevel.REGENCY || level == RegionLevel.CITY;
    }
}
