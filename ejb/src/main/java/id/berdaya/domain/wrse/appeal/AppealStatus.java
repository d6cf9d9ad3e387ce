package id.berdaya.domain.wrse.appeal;

/** LODGED (recorded by an officer, waiting for a supervisor) → DECIDED (re-screened, outcome letter due). */
public enum AppealStatus {
    LODGED,
    DECIDED
}
