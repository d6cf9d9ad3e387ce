package id.berdaya.reports.letter;

import java.util.ArrayList;
import java.util.List;

/**
 * The heading ("kop surat") of the issuing office as tata naskah dinas sets it: the regional emblem,
 * the government ("PEMERINTAH KABUPATEN KUTAI KARTANEGARA"), the agency, its street, postcode,
 * telephone, website (laman) and e-mail (pos-el); {@code place} is the town in the date line
 * ("Tenggarong, 1 Desember 2026"). {@code emblemPng} is the emblem as PNG bytes, null for none.
 */
public record Letterhead(String government, String office, String street, String postcode, String phone,
        String email, String website, String place, byte[] emblemPng) {

    /** A letterhead with its address on one line and no emblem (tests, previews). */
    public Letterhead(String government, String office, String address, String place) {
        this(government, office, address, null, null, null, null, place, null);
    }

    /** "Jalan Wolter Monginsidi Nomor 1, Tenggarong 75511": the known parts only. */
    public String address() {
        StringBuilder line = new StringBuilder(street == null ? "" : street);
        if (postcode != null && !postcode.isBlank()) {
            line.append(line.isEmpty() ? "" : ", ").append(place).append(' ').append(postcode);
        }
        return line.toString();
    }

    /** "Telepon (0541) 661234 · Laman dp3a.kukarkab.go.id · Pos-el dp3a@kukarkab.go.id": the known parts only. */
    public String contacts() {
        List<String> parts = new ArrayList<>();
        if (phone != null && !phone.isBlank()) {
            parts.add("Telepon " + phone);
        }
        if (website != null && !website.isBlank()) {
            parts.add("Laman " + website);
        }
        if (email != null && !email.isBlank()) {
            parts.add("Pos-el " + email);
        }
        return String.join(" \u00b7 ", parts);
    }

    public boolean hasEmblem() {
        return emblemPng != null && emblemPng.length > 0;
    }
}
