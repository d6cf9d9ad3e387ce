package id.berdaya.interfaces.wrse.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.berdaya.application.wrse.Confidentiality;
import id.berdaya.domain.wrse.Applicant;
import id.berdaya.domain.wrse.CriterionOutcome;
import id.berdaya.domain.wrse.RegencyQuota;
import id.berdaya.domain.wrse.ScoreLine;
import id.berdaya.domain.wrse.ScreeningDecision;
import id.berdaya.domain.wrse.WrseApplication;
import id.berdaya.interfaces.wrse.rest.WrseViews.*;
import id.berdaya.rules.wrse.WrseScreeningResult;
import java.util.ArrayList;
import java.util.List;

/** Entities and rule results as API views. {@code fullNik} says whether the caller may see NIKs in full. */
final class WrseViewMapper {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final ReasonView REDACTED = new ReasonView(Confidentiality.REDACTED_ID, Confidentiality.REDACTED_EN);

    private WrseViewMapper() {
    }

    static ScreeningView screening(WrseScreeningResult r, String version) {
        return new ScreeningView(r.getDecision().name(), r.getPriorityScore(), version,
                r.getCriteria().stream().map(c -> new CriterionView(c.getCode(), c.getOutcome().name(),
                        new ReasonView(c.getReasonId(), c.getReasonEn()))).toList(),
                r.getScoreComponents().stream().map(s -> new ScoreView(s.getCode(), s.getPoints(),
                        new ReasonView(s.getReasonId(), s.getReasonEn()))).toList());
    }

    static SubmissionView submission(WrseApplication a) {
        ScreeningDecision d = a.latestDecision();
        return new SubmissionView(a.getId(), a.getStatus().name(), d.getDecision().name(), d.getPriorityScore(),
                d.getRuleSetVersion(), criteria(d), scores(d), a.missingDocuments().stream().map(Enum::name).toList());
    }

    static ApplicationView application(WrseApplication a, boolean fullNik) {
        return application(a, fullNik, Confidentiality.NONE);
    }

    /** The application as {@code fullNik} callers see it, the circumstances {@code hidden} left out everywhere. */
    static ApplicationView application(WrseApplication a, boolean fullNik, Confidentiality hidden) {
        Applicant p = a.getApplicant();
        ApplicantView applicant = new ApplicantView(fullNik ? p.getNikValue() : p.getMaskedNik(),
                fullNik ? p.getKkNumber() : p.getKkNumber().substring(0, 6) + "******" + p.getKkNumber().substring(12),
                p.getFullName(), p.getSex().name(), p.getBirthDate(), p.getMaritalStatus().name(), p.getRegencyCode(),
                p.getDistrictCode(), p.getVillage(), p.isHasBusiness(), p.getBusinessField(), p.getBusinessDescription(),
                p.isMainBreadwinner(), p.isPriorSkillsTraining(), p.getDeclaredPriorAidYear(),
                a.getRegistries().stream().map(r -> new RegistryView(r.getRegistry(), r.getDecile(), r.getAsOf())).toList(),
                a.getCurrentAid().stream().sorted().toList(), hidden.visible(a.getCircumstances()));
        AidDeliveryView aid = a.getAidHandoverDate() == null ? null
                : new AidDeliveryView(a.getAidItems(), a.getAidValue(), a.getAidHandoverDate());
        return new ApplicationView(a.getId(), a.getStatus().name(), a.getProgrammeYear(), a.getApplicationDate(),
                name(a.getCurrentDecision()), a.getPriorityScore(), applicant,
                a.getDocuments().stream().map(d -> new DocumentView(d.getKind().name(), d.isReceived(), d.getFileName(),
                        d.getContentType(), d.getSizeBytes())).toList(),
                a.missingDocuments().stream().map(Enum::name).toList(), a.getRejectionReason(),
                a.getTrainingAttendedOn(), aid, a.getEnteredBy(),
                a.getDecisions().stream().map(d -> decision(d, fullNik, hidden)).toList(),
                a.getHistory().stream().map(h -> new HistoryView(h.getAction().name(), name(h.getFromStatus()),
                        h.getToStatus().name(), hidden.mentions(h.getNote()) ? Confidentiality.REDACTED_ID : h.getNote(),
                        h.getChangedBy(), h.getChangedAt())).toList());
    }

    static DecisionView decision(ScreeningDecision d, boolean fullNik, Confidentiality hidden) {
        JudgementView judgement = d.isJudged()
                ? new JudgementView(d.getJudgement().name(), hidden.mentions(d.getJustification())
                        ? Confidentiality.REDACTED_ID + " / " + Confidentiality.REDACTED_EN : d.getJustification(),
                        d.getJudgedBy(), d.getJudgedAt())
                : null;
        return new DecisionView(d.getSequence(), d.getDecision().name(), d.getPriorityScore(), d.getRuleSetVersion(),
                criteria(d, hidden), scores(d, hidden), d.getDecidedBy(), d.getDecidedAt(), judgement,
                d.effectiveDecision().name(), facts(d.getInputSnapshot(), fullNik, hidden));
    }

    static ApplicationSummaryView summary(WrseApplication a) {
        Applicant p = a.getApplicant();
        return new ApplicationSummaryView(a.getId(), a.getStatus().name(), a.getProgrammeYear(), a.getApplicationDate(),
                p.getMaskedNik(), p.getFullName(), p.getRegencyCode(), p.getDistrictCode(), name(a.getCurrentDecision()),
                a.getPriorityScore());
    }

    static QuotaView quota(RegencyQuota q) {
        return q == null ? null : new QuotaView(q.getRegencyCode(), q.getProgrammeYear(), q.getRecipients(),
                q.getBudget().amount(), q.getSetBy(), q.getSetAt());
    }

    private static List<CriterionView> criteria(ScreeningDecision d) {
        return criteria(d, Confidentiality.NONE);
    }

    private static List<ScoreView> scores(ScreeningDecision d) {
        return scores(d, Confidentiality.NONE);
    }

    /** A criterion naming a hidden circumstance keeps its outcome under a neutral code and reason. */
    private static List<CriterionView> criteria(ScreeningDecision d, Confidentiality hidden) {
        return d.getCriteria().stream().map((CriterionOutcome c) -> hidden.mentions(c.getCode(), c.getReasonId(), c.getReasonEn())
                ? new CriterionView(Confidentiality.REDACTED_CODE, c.getOutcome().name(), REDACTED)
                : new CriterionView(c.getCode(), c.getOutcome().name(), new ReasonView(c.getReasonId(), c.getReasonEn())))
                .toList();
    }

    /** A score line naming a hidden circumstance keeps its points (the total still adds up) under a neutral text. */
    private static List<ScoreView> scores(ScreeningDecision d, Confidentiality hidden) {
        return d.getScoreLines().stream().map((ScoreLine s) -> hidden.mentions(s.getCode(), s.getReasonId(), s.getReasonEn())
                ? new ScoreView(Confidentiality.REDACTED_CODE, s.getPoints(), REDACTED)
                : new ScoreView(s.getCode(), s.getPoints(), new ReasonView(s.getReasonId(), s.getReasonEn()))).toList();
    }

    /** The stored snapshot as JSON; the NIK and KK masked for callers who may not see them. */
    private static JsonNode facts(String snapshot, boolean fullNik, Confidentiality hidden) {
        try {
            JsonNode node = JSON.readTree(snapshot);
            if (node instanceof ObjectNode object && object.get("circumstances") instanceof ArrayNode recorded) {
                List<String> codes = new ArrayList<>();
                recorded.forEach(c -> codes.add(c.asText()));
                var visible = object.putArray("circumstances");
                hidden.visible(codes).forEach(visible::add);
            }
            if (!fullNik && node instanceof ObjectNode object && object.hasNonNull("nik")) {
                String nik = object.get("nik").asText();
                object.put("nik", nik.length() == 16 ? nik.substring(0, 4) + "********" + nik.substring(12) : "****");
                object.put("kkNumber", "****************");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored facts snapshot is not JSON", e);
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
