package id.berdaya.reports.wrse;

/** A WRSE applicant as letters address her; the NIK only ever masked (6402********0001). */
public record Applicant(String name, String maskedNik, String address, String district, String regency) {
}
