package id.berdaya.reports.kubp;

/** A group member as the loan letter lists her: role in the group and her share of the principal. */
public record Member(String name, String maskedNik, String role, long share) {
}
