package id.berdaya.domain.registry;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks one data line of an extract against the format of registry-extracts.md and turns it into a
 * {@link ListedPerson}, an {@link AidReceipt} or a {@link Rejection} naming the first column at fault.
 * Duplicates within a file are found where the rows are stored (the first one stands).
 */
public final class ExtractRowValidator {

    /** Kutai Kartanegara: the one regency whose districts Berdaya knows (regions.csv). */
    public static final String DISTRICTS_KNOWN_FOR = "6402";

    private static final Pattern SIXTEEN_DIGITS = Pattern.compile("\\d{16}");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{2})[-/](\\d{2})[-/](\\d{4})");
    private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "16", "17", "18", "19", "21",
            "31", "32", "33", "34", "35", "36", "51", "52", "53", "61", "62", "63", "64", "65",
            "71", "72", "73", "74", "75", "76", "81", "82", "91", "92", "93", "94", "95", "96");
    private static final Map<String, String> MARITAL = Map.of("BELUM_KAWIN", "UNMARRIED", "KAWIN", "MARRIED",
            "CERAI_HIDUP", "DIVORCED", "CERAI_MATI", "WIDOWED");
    private static final Set<String> RELATIONS = Set.of("KEPALA_KELUARGA", "ISTRI", "ANAK", "LAINNYA");
    private static final Set<String> AID_CODES = Set.of("PKH", "KUBE", "BPNT", "PIP", "PBI_JK", "BLT_DD", "OTHER");
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private final Registry registry;
    private final LocalDate asOf;
    private final CsvHeader header;
    private final Set<String> knownDistricts;
    private final int[] columns;

    public ExtractRowValidator(Registry registry, LocalDate asOf, CsvHeader header, Set<String> knownDistricts) {
        this.registry = registry;
        this.asOf = asOf;
        this.header = header;
        this.knownDistricts = knownDistricts;
        List<String> required = registry.requiredColumns();
        this.columns = new int[required.size()];
        for (int i = 0; i < required.size(); i++) {
            columns[i] = header.position(required.get(i));
        }
    }

    /** Validates a non-empty data line; {@code lineNumber} counts from 1 for the header. */
    public ExtractRow validate(long lineNumber, String line) {
        List<String> values = CsvLine.split(line, header.separator());
        if (values == null) {
            return new Rejection(lineNumber, "", "Tanda kutip tidak ditutup (unterminated quote)");
        }
        String[] v = new String[columns.length];
        for (int i = 0; i < columns.length; i++) {
            v[i] = columns[i] < values.size() ? values.get(columns[i]).trim() : "";
        }
        try {
            return registry.format() == Registry.Format.LISTING ? listing(lineNumber, v) : aid(lineNumber, v);
        } catch (Refused r) {
            return new Rejection(lineNumber, r.column, r.getMessage());
        }
    }

    private ListedPerson listing(long line, String[] v) {
        String nik = nik(v[0], "NIK");
        String kk = nik(v[1], "NO_KK");
        String name = name(v[2]);
        String sex = switch (v[3].toUpperCase()) {
            case "P" -> "F";
            case "L" -> "M";
            default -> throw new Refused("JENIS_KELAMIN", "Harus P atau L (must be P or L): '" + shown(v[3]) + "'");
        };
        LocalDate birth = date(v[4]);
        checkNikAgrees(nik, birth, sex.equals("F"));
        String marital = MARITAL.get(v[5].toUpperCase());
        if (marital == null) {
            throw new Refused("STATUS_KAWIN", "Bukan salah satu dari " + String.join(", ", MARITAL.keySet().stream().sorted().toList())
                    + " (not a marital status): '" + shown(v[5]) + "'");
        }
        String relation = v[6].toUpperCase();
        if (!RELATIONS.contains(relation)) {
            throw new Refused("HUBUNGAN_KK", "Bukan KEPALA_KELUARGA, ISTRI, ANAK atau LAINNYA (not a family relation): '" + shown(v[6]) + "'");
        }
        String regency = v[7];
        if (!regency.matches("\\d{4}") || !PROVINCES.contains(regency.substring(0, 2))) {
            throw new Refused("KODE_KAB", "Bukan kode kabupaten/kota Kemendagri 4 angka (not a regency code): '" + shown(regency) + "'");
        }
        String district = v[8].isEmpty() ? null : v[8];
        if (district == null && DISTRICTS_KNOWN_FOR.equals(regency)) {
            throw new Refused("KODE_KEC", "Wajib diisi untuk Kutai Kartanegara (required in Kutai Kartanegara)");
        }
        if (district != null && (!district.matches("\\d{6}") || !district.startsWith(regency))) {
            throw new Refused("KODE_KEC", "Bukan kode kecamatan 6 angka di dalam kabupaten " + regency
                    + " (not a district of the regency): '" + shown(district) + "'");
        }
        if (district != null && DISTRICTS_KNOWN_FOR.equals(regency) && !knownDistricts.contains(district)) {
            throw new Refused("KODE_KEC", "Bukan kecamatan Kutai Kartanegara (not a district of Kutai Kartanegara): " + district);
        }
        String village = v[9].isEmpty() ? null : v[9];
        if (village != null && (district == null || !village.matches("\\d{10}") || !village.startsWith(district))) {
            throw new Refused("KODE_DESA", "Bukan kode desa 10 angka di dalam kecamatan (not a village of the district): '"
                    + shown(village) + "'");
        }
        Integer decile = null;
        if (!v[10].isEmpty()) {
            if (!registry.ranksHouseholds()) {
                throw new Refused("DESIL", registry + " tidak memberi desil; kosongkan (" + registry + " does not rank households)");
            }
            decile = v[10].matches("\\d{1,2}") ? Integer.valueOf(v[10]) : null;
            if (decile == null || decile < 1 || decile > 10) {
                throw new Refused("DESIL", "Harus 1–10 (must be 1–10): '" + shown(v[10]) + "'");
            }
        } else if (registry.ranksHouseholds()) {
            throw new Refused("DESIL", "Wajib diisi 1–10 untuk " + registry + " (required, 1–10)");
        }
        return new ListedPerson(line, nik, kk, name, sex, birth, marital, relation, regency, district, village, decile);
    }

    private AidReceipt aid(long line, String[] v) {
        String nik = nik(v[0], "NIK");
        String name = name(v[1]);
        String programme = v[2].toUpperCase();
        if (!AID_CODES.contains(programme)) {
            throw new Refused("PROGRAM", "Bukan kode bantuan " + String.join(", ", AID_CODES.stream().sorted().toList())
                    + " (not an aid code): '" + shown(v[2]) + "'");
        }
        if (!v[3].matches("\\d{4}") || Integer.parseInt(v[3]) < 2000 || Integer.parseInt(v[3]) > Year.from(asOf).getValue()) {
            throw new Refused("TAHUN", "Tahun 4 angka dari 2000 sampai tahun ekstrak (a year from 2000 to the extract's): '"
                    + shown(v[3]) + "'");
        }
        return new AidReceipt(line, nik, name, programme, Integer.parseInt(v[3]));
    }

    private static String nik(String value, String column) {
        if (!SIXTEEN_DIGITS.matcher(value).matches()) {
            throw new Refused(column, "Harus tepat 16 angka (must be exactly 16 digits): '" + shown(value) + "'");
        }
        if (value.endsWith("0000")) {
            throw new Refused(column, "Nomor urut (4 angka terakhir) dimulai dari 0001 (serial starts at 0001)");
        }
        return value;
    }

    private static String name(String value) {
        if (value.isEmpty() || value.length() > 150) {
            throw new Refused("NAMA", "Harus 1–150 karakter (must be 1–150 characters)");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) || c == '\uFFFD') {
                throw new Refused("NAMA", "Berisi karakter kendali atau bukan UTF-8 (control or non-UTF-8 characters)");
            }
        }
        return value;
    }

    private LocalDate date(String value) {
        var iso = ISO_DATE.matcher(value);
        var dayFirst = DAY_FIRST.matcher(value);
        LocalDate date;
        try {
            if (iso.matches()) {
                date = LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
            } else if (dayFirst.matches()) {
                date = LocalDate.of(Integer.parseInt(dayFirst.group(3)), Integer.parseInt(dayFirst.group(2)),
                        Integer.parseInt(dayFirst.group(1)));
            } else {
                throw new Refused("TANGGAL_LAHIR", "Bukan tanggal YYYY-MM-DD, DD-MM-YYYY atau DD/MM/YYYY (not a date): '" + shown(value) + "'");
            }
        } catch (DateTimeException e) {
            throw new Refused("TANGGAL_LAHIR", "Tanggal tidak ada (no such date): '" + shown(value) + "'");
        }
        if (date.isAfter(asOf) || date.isBefore(EARLIEST_BIRTH)) {
            throw new Refused("TANGGAL_LAHIR", "Harus antara 1900-01-01 dan tanggal ekstrak " + asOf
                    + " (must lie between 1900 and the extract's date): " + date);
        }
        return date;
    }

    private static void checkNikAgrees(String nik, LocalDate birth, boolean female) {
        String expected = String.format("%02d%02d%02d", birth.getDayOfMonth() + (female ? 40 : 0), birth.getMonthValue(),
                birth.getYear() % 100);
        if (!nik.substring(6, 12).equals(expected)) {
            throw new Refused("NIK", "Bagian tanggal NIK " + nik.substring(6, 12) + " tidak sesuai dengan tanggal lahir dan jenis kelamin; seharusnya "
                    + expected + " (NIK date part does not match birth date and sex)");
        }
    }

    /** A value as a reason may quote it: at most 40 characters, control characters dropped. */
    private static String shown(String value) {
        String clean = value.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
    }

    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String column;

        Refused(String column, String reason) {
            super(reason, null, false, false);
            this.column = column;
        }
    }
}
