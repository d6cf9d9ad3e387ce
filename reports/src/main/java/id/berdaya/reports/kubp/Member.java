package id.berdaya.reports.kubp;

/** A group member as the loan letter lists her, with her office in the group. */
public record Member(String name, String maskedNik, String role) {
}
