package id.berdaya.reports.wrse;

/** A witness to a handover, who signs beside both parties. */
public record Witness(String name, String role) {
}
