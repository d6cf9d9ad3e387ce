package id.berdaya.reports.wrse;

/** A criterion the application failed, with the reason stored with the decision (Bahasa Indonesia). */
public record FailedCriterion(String code, String reason) {
}
