package id.berdaya.application.reports;

import id.berdaya.domain.letter.Office;
import id.berdaya.domain.letter.OfficeDetails;
import id.berdaya.domain.security.Role;
import id.berdaya.domain.shared.InvalidInputException;
import id.berdaya.domain.shared.NotFoundException;
import id.berdaya.domain.shared.StateConflictException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * Administrators keep the offices that issue letters: kop, place, signatory and tembusan. Each value
 * is checked and a bad one refused naming its field; letters issued before a change keep what they
 * printed (they are frozen), the next ones print the new values.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class OfficeService {

    private static final Logger LOG = Logger.getLogger(OfficeService.class.getName());
    private static final Pattern POSTCODE = Pattern.compile("\\d{5}");
    private static final Pattern PHONE = Pattern.compile("[0-9()+\\- ]{5,40}");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,60}\\.[A-Za-z]{2,10}");
    private static final Pattern WEBSITE = Pattern.compile("(https://)?[a-z0-9-]{1,63}(\\.[a-z0-9-]{1,63})+(/[A-Za-z0-9._~/-]*)?");
    private static final Pattern NIP = Pattern.compile("\\d{18}");
    private static final Pattern COPY_TYPE = Pattern.compile("[a-z][a-zA-Z-]{1,29}");
    static final int MAX_EMBLEM_BYTES = 512 * 1024;

    @PersistenceContext(unitName = "berdaya")
    private EntityManager em;

    @Inject
    private OfficeDirectory directory;

    @Resource
    private SessionContext session;

    public List<Office> list() {
        return directory.all();
    }

    public Office get(String prefix) {
        Office office = prefix == null ? null : em.find(Office.class, prefix);
        if (office == null) {
            throw new NotFoundException("Issuing office", prefix);
        }
        return office;
    }

    public Office update(String prefix, long version, OfficeDetails details) {
        Office office = current(prefix, version);
        office.update(check(details), caller(), Instant.now());
        em.flush();
        directory.forget();
        LOG.info(() -> "Issuing office " + prefix + " changed by " + caller());
        return office;
    }

    /** A new emblem: a PNG or JPEG image, stored as PNG (re-drawn, so nothing but pixels is kept). */
    public Office changeEmblem(String prefix, long version, byte[] image) {
        Office office = current(prefix, version);
        office.changeEmblem(image == null || image.length == 0 ? null : png(image), caller(), Instant.now());
        em.flush();
        directory.forget();
        return office;
    }

    private Office current(String prefix, long version) {
        Office office = get(prefix);
        if (office.getVersion() != version) {
            throw new StateConflictException("The office " + prefix + " was changed meanwhile; open it again",
                    "Kantor " + prefix + " telah diubah orang lain; buka kembali");
        }
        return office;
    }

    static byte[] png(byte[] image) {
        if (image.length > MAX_EMBLEM_BYTES) {
            throw new InvalidInputException("emblem", "The emblem is larger than 512 KB", "Lambang lebih besar dari 512 KB");
        }
        InvalidInputException notAnEmblem = new InvalidInputException("emblem",
                "The emblem must be a PNG or JPEG image of 32-2000 pixels a side",
                "Lambang harus berupa gambar PNG atau JPEG berukuran 32-2000 piksel per sisi");
        try (javax.imageio.stream.ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
            java.util.Iterator<javax.imageio.ImageReader> readers = in == null ? java.util.Collections.emptyIterator()
                    : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw notAnEmblem;
            }
            javax.imageio.ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase(java.util.Locale.ROOT);
                reader.setInput(in, true, true);
                // The size is read from the header before any pixel: a small file claiming a huge image is refused unread.
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (!(format.equals("png") || format.equals("jpeg")) || width < 32 || height < 32 || width > 2000 || height > 2000) {
                    throw notAnEmblem;
                }
                BufferedImage read = reader.read(0);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ImageIO.write(read, "png", out);
                return out.toByteArray();
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw new InvalidInputException("emblem", "The emblem is not a readable image", "Lambang bukan gambar yang dapat dibaca");
        }
    }

    static OfficeDetails check(OfficeDetails d) {
        String government = required("government", d.government(), 200, "the government", "pemerintah daerah");
        String office = required("office", d.office(), 200, "the agency", "nama perangkat daerah");
        String street = required("street", d.street(), 200, "the street", "alamat jalan");
        String postcode = optional(d.postcode());
        if (postcode != null && !POSTCODE.matcher(postcode).matches()) {
            throw new InvalidInputException("postcode", "A postcode has 5 digits", "Kode pos terdiri dari 5 angka");
        }
        String phone = optional(d.phone());
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new InvalidInputException("phone", "A telephone number has digits, spaces, brackets, + or -",
                    "Nomor telepon berisi angka, spasi, tanda kurung, + atau -");
        }
        String email = optional(d.email());
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new InvalidInputException("email", "Not an e-mail address", "Bukan alamat pos-el");
        }
        String website = optional(d.website());
        if (website != null && !WEBSITE.matcher(website).matches()) {
            throw new InvalidInputException("website", "A website is a host name such as dinsos.kaltimprov.go.id",
                    "Laman berupa nama host seperti dinsos.kaltimprov.go.id");
        }
        String place = optional(d.place());
        if (place != null) {
            line("place", place, 60, "the place", "tempat");
        }
        String position = d.signatoryPosition() == null ? "" : d.signatoryPosition().strip().replace("\r\n", "\n");
        if (position.isEmpty() || position.length() > 300 || position.lines().count() > 4
                || position.codePoints().anyMatch(c -> c != '\n' && Character.isISOControl(c))) {
            throw new InvalidInputException("signatoryPosition", "The signatory's position is required, at most 4 lines",
                    "Jabatan penanda tangan wajib diisi, paling banyak 4 baris");
        }
        String name = required("signatoryName", d.signatoryName(), 150, "the signatory's name", "nama penanda tangan");
        String rank = optional(d.signatoryRank());
        if (rank != null) {
            line("signatoryRank", rank, 100, "the rank", "pangkat/golongan");
        }
        String nip = optional(d.signatoryNip());
        if (nip != null && !NIP.matcher(nip).matches()) {
            throw new InvalidInputException("signatoryNip", "A NIP has 18 digits", "NIP terdiri dari 18 angka");
        }
        String copies = d.copies() == null ? "" : d.copies().strip().replace("\r\n", "\n");
        for (String row : copies.split("\n")) {
            if (row.isBlank()) {
                continue;
            }
            int eq = row.indexOf('=');
            if (eq <= 0 || !COPY_TYPE.matcher(row.substring(0, eq).strip()).matches() || row.length() > 500
                    || row.codePoints().anyMatch(Character::isISOControl)) {
                throw new InvalidInputException("copies", "Each tembusan line is letter-type=first | second, e.g. warning=Camat {place}",
                        "Setiap baris tembusan berbentuk jenis-surat=pertama | kedua, misalnya warning=Camat {place}");
            }
        }
        return new OfficeDetails(government, office, street, postcode, phone, email, website, place, position, name, rank, nip,
                copies);
    }

    private static String required(String field, String value, int max, String en, String id) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException(field, capital(en) + " is required", capital(id) + " wajib diisi");
        }
        return line(field, text, max, en, id);
    }

    private static String line(String field, String text, int max, String en, String id) {
        if (text.length() > max || text.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException(field, capital(en) + " is one line of at most " + max + " characters",
                    capital(id) + " satu baris, paling banyak " + max + " karakter");
        }
        return text;
    }

    private static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
