package id.berdaya.application.reports;

import id.berdaya.application.letter.LetterRegister;
import id.berdaya.application.wrse.Confidentiality;
import id.berdaya.application.wrse.RankingResult;
import id.berdaya.application.wrse.WrseQueryService;
import id.berdaya.domain.letter.LegalBasisRepository;
import id.berdaya.domain.letter.LetterSubject;
import id.berdaya.domain.letter.LetterType;
import id.berdaya.domain.region.Region;
import id.berdaya.domain.region.RegionRepository;
import id.berdaya.domain.rules.RuleSetKind;
import id.berdaya.domain.security.Role;
import id.berdaya.domain.shared.StateConflictException;
import id.berdaya.domain.wrse.ApplicationStatus;
import id.berdaya.domain.wrse.Circumstance;
import id.berdaya.domain.wrse.CodeListRepository;
import id.berdaya.domain.wrse.CriterionOutcome;
import id.berdaya.domain.wrse.ScreeningDecision;
import id.berdaya.domain.wrse.WrseApplication;
import id.berdaya.domain.wrse.WrseProgramme;
import id.berdaya.domain.shared.NotFoundException;
import id.berdaya.domain.wrse.appeal.Appeal;
import id.berdaya.domain.wrse.appeal.AppealRepository;
import id.berdaya.domain.wrse.appeal.AppealStatus;
import id.berdaya.domain.wrse.appeal.RuleSetChoice;
import id.berdaya.domain.wrse.goods.GoodsRepository;
import id.berdaya.reports.wrse.AppealOutcomeLetter;
import id.berdaya.reports.wrse.Applicant;
import id.berdaya.reports.wrse.FailedCriterion;
import id.berdaya.reports.wrse.HandoverItem;
import id.berdaya.reports.wrse.HandoverMinutes;
import id.berdaya.reports.wrse.ProposalList;
import id.berdaya.reports.wrse.ProposedCandidate;
import id.berdaya.reports.wrse.Witness;
import id.berdaya.reports.wrse.WrseDecisionLetter;
import id.berdaya.rules.Outcome;
import id.berdaya.rules.Sex;
import id.berdaya.rules.wrse.WrseDecision;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The WRSE documents of an application or a regency, filled from the stored records, each issued in
 * the letter register (the same subject gives the same letter). A document the record's state does
 * not allow yet is refused with 409.
 */
@Stateless
@RolesAllowed({Role.Names.LOAN_OFFICER, Role.Names.SUPERVISOR, Role.Names.POLICY_STAFF})
public class WrseDocuments {

    @Inject
    private WrseQueryService queries;

    @Inject
    private RegionRepository regions;

    @Inject
    private LetterIssues issues;

    @Inject
    private LegalBasisRepository legalBases;

    @Inject
    private CodeListRepository codeLists;

    @Inject
    private AppealRepository appeals;

    @Inject
    private GoodsRepository goods;

    public WrseDecisionLetter decisionLetter(long applicationId, String verifyBase) {
        WrseApplication application = queries.find(applicationId);
        WrseDecision decision = application.getCurrentDecision();
        if (decision == null || decision == WrseDecision.NEEDS_REVIEW) {
            throw new StateConflictException("Application " + applicationId + " has no final decision yet"
                    + (decision == null ? "" : ": it needs a supervisor's judgement"),
                    "Permohonan " + applicationId + " belum mempunyai keputusan akhir");
        }
        boolean eligible = decision == WrseDecision.ELIGIBLE;
        ScreeningDecision latest = application.latestDecision();
        // Dated on the decision: the supervisor's judgement when there was one, else the screening.
        LocalDate decidedOn = (latest.isJudged() ? latest.getJudgedAt() : latest.getDecidedAt())
                .atZone(LetterRegister.WITA).toLocalDate();
        IssuingOffice office = IssuingOffice.of("wrse");
        return new WrseDecisionLetter(office.letterhead(),
                issues.issue(LetterSubject.of(LetterType.WRSE_DECISION_LETTER, applicationId),
                        application.getApplicant().getFullName(), verifyBase, decidedOn),
                office.signatory(), applicant(application), String.valueOf(applicationId),
                application.getApplicationDate(), eligible, eligible ? List.of() : reasons(application.latestDecision(), confidential()),
                WrseProgramme.STANDARD_AID_VALUE.amount(), application.getProgrammeYear(),
                legalBases.of(RuleSetKind.WRSE_ELIGIBILITY, latest.getRuleSetVersion()).citation(),
                office.copies("decision", regionName(application.getApplicant().getRegencyCode())));
    }

    /**
     * The answer to a decided appeal, dated on the day it was decided; a dismissal gives every failed
     * criterion of the re-screening (a confidential circumstance never named).
     */
    public AppealOutcomeLetter appealOutcomeLetter(long appealId, String verifyBase) {
        Appeal appeal = appeals.find(appealId).orElseThrow(() -> new NotFoundException("WRSE appeal", appealId));
        if (appeal.getStatus() != AppealStatus.DECIDED) {
            throw new StateConflictException("Appeal " + appealId + " has not been decided yet",
                    "Sanggahan " + appealId + " belum diputus");
        }
        WrseApplication application = queries.find(appeal.getApplicationId());
        ScreeningDecision decision = application.getDecisions().stream()
                .filter(d -> d.getId().equals(appeal.getNewDecisionId())).findFirst().orElseThrow();
        AppealOutcomeLetter.Outcome outcome = AppealOutcomeLetter.Outcome.valueOf(appeal.getOutcome().name());
        IssuingOffice office = IssuingOffice.of("wrse");
        return new AppealOutcomeLetter(office.letterhead(),
                issues.issue(LetterSubject.of(LetterType.WRSE_APPEAL_OUTCOME, appealId),
                        application.getApplicant().getFullName(), verifyBase,
                        appeal.getHandledAt().atZone(LetterRegister.WITA).toLocalDate()),
                office.signatory(), applicant(application), String.valueOf(application.getId()),
                appeal.getDecisionLetterNumber(), appeal.getDecisionLetterDate(), appeal.getLodgedOn(), outcome,
                appeal.getRuleSetChoice() == RuleSetChoice.ORIGINAL,
                legalBases.of(RuleSetKind.WRSE_ELIGIBILITY, decision.getRuleSetVersion()).citation(),
                outcome == AppealOutcomeLetter.Outcome.DISMISSED ? reasons(decision, confidential()) : List.of(),
                WrseProgramme.STANDARD_AID_VALUE.amount(), application.getProgrammeYear(),
                office.copies("decision", regionName(application.getApplicant().getRegencyCode())));
    }

    public ProposalList proposalList(String regencyCode, int year, String verifyBase) {
        LetterIssues.notFuture(year, "year");
        RankingResult ranking = queries.ranking(regencyCode, year);
        if (ranking.places().isEmpty()) {
            throw new StateConflictException("No eligible applicant in " + ranking.regencyName() + " for " + year,
                    "Tidak ada pemohon yang layak di " + ranking.regencyName() + " untuk tahun " + year);
        }
        List<ProposedCandidate> candidates = ranking.places().stream().map(place -> {
            WrseApplication a = place.application();
            return new ProposedCandidate(place.rank(), a.getApplicant().getFullName(), a.getApplicant().getMaskedNik(),
                    regionName(a.getApplicant().getDistrictCode()), a.getPriorityScore() == null ? 0 : a.getPriorityScore(),
                    codeLists.businessFieldName(a.getApplicant().getBusinessField()));
        }).toList();
        // "Kabupaten Kutai Kartanegara" or "Kota Samarinda": the kop names the government in full.
        String regency = regions.find(regencyCode)
                .map(r -> (r.getLevel() == id.berdaya.domain.region.RegionLevel.CITY ? "Kota " : "Kabupaten ") + r.getName())
                .orElse(ranking.regencyName());
        IssuingOffice office = IssuingOffice.of("wrse.regency", regency, regencyCode);
        return new ProposalList(office.letterhead(),
                issues.issue(LetterSubject.of(LetterType.WRSE_PROPOSAL_LIST, regencyCode + "-" + year),
                        "Dinas Sosial Provinsi Kalimantan Timur", verifyBase, LocalDate.now(LetterRegister.WITA)),
                office.signatory(), "Dinas Sosial " + regency, year, candidates,
                WrseProgramme.STANDARD_AID_VALUE.amount());
    }

    public HandoverMinutes handoverMinutes(long applicationId, String verifyBase) {
        WrseApplication application = queries.find(applicationId);
        if (application.getStatus() != ApplicationStatus.AID_DELIVERED) {
            throw new StateConflictException("Application " + applicationId + " is " + application.getStatus()
                    + ": the aid has not been handed over", "Permohonan " + applicationId + " berstatus "
                    + application.getStatus() + ": bantuan belum diserahkan");
        }
        // With a goods package the minutes list each good delivered, its quantity and value, and the witnesses named.
        var goodsPackage = goods.packageOf(applicationId).filter(p -> p.getDeliveredOn() != null);
        List<HandoverItem> items = goodsPackage.map(p -> p.getItems().stream()
                        .filter(i -> i.getDeliveredQuantity() != null && i.getDeliveredQuantity() > 0)
                        .map(i -> new HandoverItem(i.getName() + " (" + i.getSupplier() + ")", i.getDeliveredQuantity(), i.getUnit(),
                                i.deliveredValue())).toList())
                .orElseGet(() -> application.getAidItems().stream().map(item -> new HandoverItem(item, 1, "paket", null)).toList());
        List<Witness> witnesses = goodsPackage.map(p -> p.witnesses().stream().map(w -> new Witness(w.name(), w.role())).toList())
                .orElse(List.of(new Witness("", ""), new Witness("", "")));
        IssuingOffice office = IssuingOffice.of("wrse");
        Applicant recipient = applicant(application);
        return new HandoverMinutes(office.letterhead(),
                issues.issue(LetterSubject.of(LetterType.WRSE_HANDOVER_MINUTES, applicationId),
                        application.getApplicant().getFullName(), verifyBase, application.getAidHandoverDate()),
                office.signatory(), recipient, application.getAidHandoverDate(), "Kecamatan " + recipient.district(),
                "WRSE Tahun " + application.getProgrammeYear(), items, application.getAidValue(),
                // Without a package the witnesses sign by hand: the record does not name them.
                witnesses);
    }

    private Applicant applicant(WrseApplication application) {
        var a = application.getApplicant();
        return new Applicant(a.getFullName(), a.getMaskedNik(), Addresses.join(Addresses.part("Desa/Kelurahan ", a.getVillage())),
                regionName(a.getDistrictCode()), regionName(a.getRegencyCode()), a.getSex() == Sex.F);
    }

    /** A letter never names a confidential circumstance (VIOLENCE_SURVIVOR), whoever prints it. */
    private Confidentiality confidential() {
        return new Confidentiality(codeLists.circumstances().stream()
                .filter(Circumstance::confidential).toList());
    }

    /**
     * Every failed criterion's reason as stored; after a supervisor's judgement, also the review items and
     * why. A reason or justification naming a confidential circumstance is replaced by a neutral text.
     */
    private static List<FailedCriterion> reasons(ScreeningDecision decision,
            Confidentiality confidential) {
        List<FailedCriterion> reasons = new ArrayList<>();
        for (CriterionOutcome criterion : decision.getCriteria()) {
            if (criterion.getOutcome() == Outcome.FAIL
                    || decision.isJudged() && criterion.getOutcome() == Outcome.REVIEW) {
                reasons.add(confidential.mentions(criterion.getCode(), criterion.getReasonId(), criterion.getReasonEn())
                        ? new FailedCriterion(Confidentiality.REDACTED_CODE,
                                Confidentiality.REDACTED_ID)
                        : new FailedCriterion(criterion.getCode(), criterion.getReasonId()));
            }
        }
        if (decision.isJudged()) {
            reasons.add(new FailedCriterion("JUDGEMENT", "Penilaian penyelia: "
                    + (confidential.mentions(decision.getJustification())
                            ? "(memuat keadaan khusus yang dirahasiakan)" : decision.getJustification())));
        }
        return reasons;
    }

    private String regionName(String code) {
        return code == null ? "-" : regions.find(code).map(Region::getName).orElse(code);
    }
}
