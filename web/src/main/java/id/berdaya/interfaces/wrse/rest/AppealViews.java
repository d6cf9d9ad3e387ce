package id.berdaya.interfaces.wrse.rest;

import id.berdaya.application.wrse.Confidentiality;
import id.berdaya.domain.wrse.appeal.Appeal;
import id.berdaya.domain.wrse.appeal.AppealGround;
import id.berdaya.domain.wrse.appeal.AppealOutcome;
import id.berdaya.domain.wrse.appeal.AppealStatus;
import id.berdaya.domain.wrse.appeal.RuleSetChoice;
import id.berdaya.domain.wrse.WrseApplication;
import id.berdaya.domain.wrse.WrseProgramme;
import id.berdaya.rules.wrse.WrseDecision;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The JSON answers about appeals. */
public final class AppealViews {

    private AppealViews() {
    }

    /** One registry listing as corrected. */
    public record RegistryView(String name, Integer decile, LocalDate asOf) {
    }

    /** The corrections the appeal asks for; a null list keeps what the application says. */
    public record CorrectionsView(List<RegistryView> registries, List<String> currentAid, List<String> circumstances) {
    }

    /** What the re-screening gave under one version. */
    public record RescreeningView(String ruleSetVersion, WrseDecision decision) {
    }

    public record AppealView(long id, long applicationId, String applicantName, String maskedNik,
            String decisionLetterNumber, LocalDate decisionLetterDate, LocalDate lodgedOn, int periodDays,
            LocalDate periodEndsOn, int handlingDays, LocalDate handleBy, boolean overdue, AppealGround ground,
            String grounds, String newFacts, CorrectionsView corrections, String registry, String correction,
            AppealStatus status, List<String> decidedBy, String recordedBy, Instant recordedAt,
            RuleSetChoice ruleSetChoice, RescreeningView original, RescreeningView current, AppealOutcome outcome,
            String note, String handledBy, Instant handledAt, Long newDecisionId) {
    }

    static AppealView of(Appeal a, WrseApplication application, Confidentiality confidentiality) {
        LocalDate today = WrseProgramme.today(Instant.now());
        List<RegistryView> registries = a.getRegistries() == null ? null
                : a.getRegistries().stream().map(r -> new RegistryView(r.getRegistry(), r.getDecile(), r.getAsOf())).toList();
        List<String> aid = a.getCurrentAid() == null ? null : a.getCurrentAid().stream().sorted().toList();
        List<String> circumstances = a.getCircumstances() == null ? null : confidentiality.visible(a.getCircumstances());
        boolean decided = a.getStatus() == AppealStatus.DECIDED;
        return new AppealView(a.getId(), a.getApplicationId(), application.getApplicant().getFullName(),
                application.getApplicant().getMaskedNik(), a.getDecisionLetterNumber(), a.getDecisionLetterDate(),
                a.getLodgedOn(), a.getPeriodDays(), a.periodEndsOn(), a.getHandlingDays(), a.getHandleBy(), a.isOverdue(today),
                a.getGround(), a.getGrounds(), a.getNewFacts(), new CorrectionsView(registries, aid, circumstances),
                a.getRegistry(), a.getCorrection(), a.getStatus(), a.getDecidedBy(), a.getRecordedBy(), a.getRecordedAt(),
                a.getRuleSetChoice(),
                decided ? new RescreeningView(a.getOriginalRuleSetVersion(), a.getOriginalOutcome()) : null,
                decided ? new RescreeningView(a.getCurrentRuleSetVersion(), a.getCurrentOutcome()) : null,
                a.getOutcome(), a.getHandlingNote(), a.getHandledBy(), a.getHandledAt(), a.getNewDecisionId());
    }
}
