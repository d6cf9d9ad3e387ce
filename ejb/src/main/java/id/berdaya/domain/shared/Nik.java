package id.berdaya.domain.shared;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Nomor Induk Kependudukan: 16 digits — province, regency, district (where first registered, not
 * where she lives now), birth date as DDMMYY with 40 added to a woman's day, then a serial from 0001.
 */
public final class Nik {

    private static final Pattern SIXTEEN_DIGITS = Pattern.compile("(?<![0-9])([0-9]{4})[0-9]{8}([0-9]{4})(?![0-9])");

    public static final int LENGTH = 16;

    private final String value;

    private Nik(String value) {
        this.value = value;
    }

    /** Parses the form of a NIK; refuses anything but 16 digits with a plausible date part and serial. */
    public static Nik of(String value) {
        if (value == null || !value.matches("\\d{" + LENGTH + "}")) {
            throw new InvalidInputException("nik", "NIK must be exactly 16 digits",
                    "NIK harus terdiri dari tepat 16 angka");
        }
        int day = Integer.parseInt(value.substring(6, 8));
        int month = Integer.parseInt(value.substring(8, 10));
        int dayOfMonth = day > 40 ? day - 40 : day;
        if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > 31) {
            throw new InvalidInputException("nik", "NIK digits 7–12 are not a birth date (DDMMYY, women's day +40)",
                    "Angka ke-7 sampai ke-12 NIK bukan tanggal lahir (DDMMYY, tanggal perempuan +40)");
        }
        if (value.endsWith("0000")) {
            throw new InvalidInputException("nik", "NIK serial (last 4 digits) starts at 0001",
                    "Nomor urut NIK (4 angka terakhir) dimulai dari 0001");
        }
        return new Nik(value);
    }

    /** Whether the NIK's date part agrees with a birth date and sex ("F" adds 40 to the day). */
    public boolean agreesWith(LocalDate birthDate, boolean female) {
        String expected = String.format("%02d%02d%02d", birthDate.getDayOfMonth() + (female ? 40 : 0),
                birthDate.getMonthValue(), birthDate.getYear() % 100);
        return value.substring(6, 12).equals(expected);
    }

    /** Refuses a birth date or sex that the NIK contradicts, naming the NIK as the field at fault. */
    public void requireAgreesWith(LocalDate birthDate, boolean female) {
        if (!agreesWith(birthDate, female)) {
            throw new InvalidInputException("nik",
                    "NIK date part " + value.substring(6, 12) + " does not match birth date " + birthDate
                            + " and sex " + (female ? "F (day + 40)" : "M"),
                    "Bagian tanggal NIK " + value.substring(6, 12) + " tidak sesuai dengan tanggal lahir "
                            + birthDate + " dan jenis kelamin " + (female ? "P (tanggal + 40)" : "L"));
        }
    }

    /** Every 16-digit run in a text (a NIK or a KK number) as lists show it: 6402********0001. */
    public static String maskAll(String text) {
        return text == null ? null : SIXTEEN_DIGITS.matcher(text).replaceAll("$1********$2");
    }

    /** As lists show it: 6402********0001. */
    public String masked() {
        return value.substring(0, 4) + "********" + value.substring(12);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Nik other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return masked();
    }
}
