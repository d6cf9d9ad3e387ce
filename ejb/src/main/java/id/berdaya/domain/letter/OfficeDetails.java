package id.berdaya.domain.letter;

/**
 * The values of an issuing office that an administrator edits. {@code signatoryPosition} may span
 * lines; {@code copies} holds one "type=first | second" line per letter type.
 */
public record OfficeDetails(String government, String office, String street, String postcode, String phone, String email,
        String website, String place, String signatoryPosition, String signatoryName, String signatoryRank,
        String signatoryNip, String copies) {
}
