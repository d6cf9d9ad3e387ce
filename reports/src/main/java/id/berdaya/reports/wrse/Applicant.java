package id.berdaya.reports.wrse;

/**
 * A WRSE applicant as letters address her (or him: men apply too, and are refused); the NIK only
 * ever masked (6402********0001); {@code address} holds only the parts that are known.
 */
public record Applicant(String name, String maskedNik, String address, String district, String regency,
        boolean female) {

    /** "Sdri." or "Sdr.", before the name in the addressee block. */
    public String honorific() {
        return female ? "Sdri." : "Sdr.";
    }

    /** "Saudari" or "Saudara", in the body of the letter. */
    public String salutation() {
        return female ? "Saudari" : "Saudara";
    }
}
