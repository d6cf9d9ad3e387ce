package id.berdaya.domain.region;

public enum RegionLevel {
    PROVINCE,
    REGENCY,
    CITY,
    DISTRICT
}
