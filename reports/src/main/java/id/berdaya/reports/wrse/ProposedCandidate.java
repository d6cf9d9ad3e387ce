package id.berdaya.reports.wrse;

/** One line of the proposal list, in rank order. */
public record ProposedCandidate(int rank, String name, String maskedNik, String district, int score,
        String businessField) {
}
