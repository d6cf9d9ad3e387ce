package id.berdaya.rules.wrse;

import id.berdaya.rules.BilingualValue;
import java.util.Map;

/** Names of codes for reason texts: East Kalimantan's regencies, business fields. A helper rules may call. */
public final class Labels {

    private static final Map<String, String> REGENCIES = Map.of(
            "6401", "Paser", "6402", "Kutai Kartanegara", "6403", "Berau", "6407", "Kutai Barat",
            "6408", "Kutai Timur", "6409", "Penajam Paser Utara", "6411", "Mahakam Ulu", "6471", "Balikpapan",
            "6472", "Samarinda", "6474", "Bontang");
    private static final Map<String, String> FIELDS_ID = Map.of(
            "CULINARY", "kuliner", "SEWING", "menjahit", "HANDICRAFT", "kerajinan", "TRADE", "warung/toko kecil",
            "AGRICULTURE", "pertanian", "LIVESTOCK", "peternakan", "FISHERY", "perikanan", "SERVICES", "jasa", "OTHER", "lainnya");
    private static final Map<String, String> FIELDS_EN = Map.of(
            "CULINARY", "culinary", "SEWING", "sewing", "HANDICRAFT", "handicraft", "TRADE", "small shop",
            "AGRICULTURE", "agriculture", "LIVESTOCK", "livestock", "FISHERY", "fishery", "SERVICES", "services", "OTHER", "other");

    private Labels() {
    }

    /** The regency/city's name (Kemendagri code), or the code itself. */
    public static String regency(String code) {
        return code == null ? "" : REGENCIES.getOrDefault(code, code);
    }

    /** The name of one of East Kalimantan's 10 regencies and cities, or null for any other code. */
    public static String eastKalimantanRegency(String code) {
        return code == null ? null : REGENCIES.get(code);
    }

    public static String businessFieldId(String code) {
        return FIELDS_ID.getOrDefault(code, code);
    }

    public static String businessFieldEn(String code) {
        return FIELDS_EN.getOrDefault(code, code);
    }

    public static BilingualValue businessField(String code) {
        return new BilingualValue(FIELDS_ID.getOrDefault(code, code), FIELDS_EN.getOrDefault(code, code));
    }
}
