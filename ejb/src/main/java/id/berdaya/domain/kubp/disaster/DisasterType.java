package id.berdaya.domain.kubp.disaster;

public enum DisasterType {
    FLOOD,
    LANDSLIDE,
    FIRE,
    DROUGHT,
    EARTHQUAKE,
    OTHER
}
