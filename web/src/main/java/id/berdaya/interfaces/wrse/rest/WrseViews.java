package id.berdaya.interfaces.wrse.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the WRSE API answers, as JSON records (named apart from the entities they show). */
public final class WrseViews {

    private WrseViews() {
    }

    public record ReasonView(String id, String en) {
    }

    public record CriterionView(String code, String outcome, ReasonView reason) {
    }

    public record ScoreView(String code, int points, ReasonView reason) {
    }

    /** A screening answer: the decision, the score, the rule-set version and every criterion. */
    public record ScreeningView(String decision, int priorityScore, String ruleSetVersion,
            List<CriterionView> criteria, List<ScoreView> scoreComponents) {
    }

    /** A submission's answer: the stored decision in the screening answer's shape, plus the status. */
    public record SubmissionView(long id, String status, String decision, int priorityScore, String ruleSetVersion,
            List<CriterionView> criteria, List<ScoreView> scoreComponents, List<String> missingDocuments) {
    }

    public record JudgementView(String decision, String justification, String by, Instant at) {
    }

    /** One stored decision, exactly as made: with the facts the rules saw and any supervisor's judgement. */
    public record DecisionView(int sequence, String decision, int priorityScore, String ruleSetVersion,
            List<CriterionView> criteria, List<ScoreView> scoreComponents, String decidedBy, Instant decidedAt,
            JudgementView judgement, String decisionInForce, JsonNode facts) {
    }

    public record CreatedView(long id, String status) {
    }

    public record RegistryView(String name, Integer decile, LocalDate asOf) {
    }

    public record ApplicantView(String nik, String kkNumber, String fullName, String sex, LocalDate birthDate,
            String maritalStatus, String regencyCode, String districtCode, String village, boolean hasBusiness,
            String businessField, String businessDescription, boolean mainBreadwinner, boolean priorSkillsTraining,
            Integer priorWrseAidYear, List<RegistryView> registries, List<String> currentAid,
            List<String> circumstances) {
    }

    public record DocumentView(String kind, boolean received, String fileName, String contentType, Long sizeBytes) {
    }

    public record HistoryView(String action, String from, String to, String note, String by, Instant at) {
    }

    public record AidDeliveryView(List<String> items, Long value, LocalDate handoverDate) {
    }

    public record ApplicationView(long id, String status, int programmeYear, LocalDate applicationDate,
            String currentDecision, Integer priorityScore, ApplicantView applicant, List<DocumentView> documents,
            List<String> missingDocuments, String rejectionReason, LocalDate trainingAttendedOn,
            AidDeliveryView aidDelivery, String enteredBy, List<DecisionView> decisions, List<HistoryView> history) {
    }

    /** A list row: the NIK masked. */
    public record ApplicationSummaryView(long id, String status, int programmeYear, LocalDate applicationDate,
            String nik, String fullName, String regencyCode, String districtCode, String currentDecision,
            Integer priorityScore) {
    }

    public record PageView<T>(List<T> items, long total, int page, int size) {
    }

    public record QuotaView(String regencyCode, int year, int recipients, long budget, String setBy, Instant setAt) {
    }

    public record RankView(int rank, long id, String nik, String fullName, String districtCode, int priorityScore,
            LocalDate applicationDate, String status, boolean withinQuota) {
    }

    public record RankingView(String regencyCode, String regencyName, int year, QuotaView quota, long withinQuota,
            List<RankView> ranking) {
    }
}
