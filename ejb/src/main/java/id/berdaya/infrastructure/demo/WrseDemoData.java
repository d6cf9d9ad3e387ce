package id.berdaya.infrastructure.demo;

import id.berdaya.domain.rules.EligibilityRules;
import id.berdaya.domain.shared.Rupiah;
import id.berdaya.domain.wrse.DocumentKind;
import id.berdaya.domain.wrse.FactsSnapshot;
import id.berdaya.domain.wrse.RegencyQuota;
import id.berdaya.domain.wrse.RegencyQuotaRepository;
import id.berdaya.domain.wrse.WrseApplication;
import id.berdaya.domain.wrse.WrseApplicationRepository;
import id.berdaya.domain.wrse.WrseProgramme;
import id.berdaya.rules.wrse.WrseApplicant;
import id.berdaya.rules.wrse.WrseDecision;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * WRSE demo data, under the same conditions as {@link DemoData}: applications in several regencies
 * in every state, screened by the rules in force, and this year's quotas. Written through the
 * repositories and the aggregate's own methods (the secured services refuse a startup caller).
 */
@Singleton
@Startup
@DependsOn({"DemoData", "RuleEngine"})
public class WrseDemoData {

    private static final Logger LOG = Logger.getLogger(WrseDemoData.class.getName());
    private static final String OFFICER = "petugas";
    private static final String SUPERVISOR = "penyelia";

    @Inject
    private WrseApplicationRepository applications;

    @Inject
    private RegencyQuotaRepository quotas;

    @Inject
    private EligibilityRules eligibility;

    private LocalDate today;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void load() {
        if (!Boolean.getBoolean(DemoData.ENABLED_PROPERTY) || applications.count(allApplications()) > 0) {
            return;
        }
        today = WrseProgramme.today(Instant.now());
        int year = today.getYear();
        for (String[] q : new String[][] {{"6402", "3"}, {"6472", "2"}, {"6401", "20"}, {"6471", "5"}}) {
            int recipients = Integer.parseInt(q[1]);
            quotas.add(new RegencyQuota(q[0], year, recipients, Rupiah.of(recipients * 3_000_000L), SUPERVISOR,
                    Instant.now()));
        }
        WrseDemoSet.load(this, today);
        LOG.info("WRSE demo data loaded: applications in Kutai Kartanegara, Samarinda, Paser and Balikpapan; quotas for "
                + year);
    }

    /** Records an application on a day, {@code daysAgo} before today, and submits it the same day. */
    WrseApplication submitted(WrseDemoApplicant who, int daysAgo) {
        WrseApplication application = draft(who, daysAgo);
        Instant at = at(daysAgo, 10);
        Integer recordedAid = applications.earliestAidYear(application.getApplicant().getNikValue()).orElse(null);
        WrseApplicant facts = application.toFacts(recordedAid);
        EligibilityRules.Screening screening = eligibility.screen(facts);
        application.submit(screening.result(), screening.ruleSetVersion(), FactsSnapshot.of(facts), OFFICER, at);
        return application;
    }

    WrseApplication draft(WrseDemoApplicant who, int daysAgo) {
        LocalDate day = today.minusDays(daysAgo);
        WrseApplication application = new WrseApplication(who.applicant(), day, who.registries(), who.aid(), OFFICER,
                at(daysAgo, 9));
        applications.add(application);
        return application;
    }

    /** Takes an eligible application on through the workflow, one step a few days after the last. */
    void advance(WrseApplication a, int daysAgo, String until) {
        List<String> steps = List.of("PROPOSED", "VERIFIED", "TRAINED", "AID_DELIVERED");
        for (int i = 0; i <= steps.indexOf(until); i++) {
            int day = daysAgo - 2 * (i + 1);
            Instant at = at(day, 11);
            switch (steps.get(i)) {
                case "PROPOSED" -> a.propose(OFFICER, at);
                case "VERIFIED" -> {
                    for (DocumentKind kind : DocumentKind.values()) {
                        a.markDocument(kind, true, OFFICER, at);
                    }
                    a.verify(SUPERVISOR, at);
                }
                case "TRAINED" -> a.recordTraining(today.minusDays(day), OFFICER, at);
                default -> a.deliverAid(List.of("Kompor gas dua tungku", "Peralatan masak", "Etalase kaca"), null,
                        today.minusDays(day), OFFICER, at);
            }
        }
    }

    void judge(WrseApplication a, WrseDecision outcome, String justification, int daysAgo) {
        a.judge(outcome, justification, SUPERVISOR, at(daysAgo, 14));
    }

    void reject(WrseApplication a, String reason, int daysAgo) {
        a.propose(OFFICER, at(daysAgo, 11));
        a.reject(reason, SUPERVISOR, at(daysAgo - 1, 11));
    }

    private Instant at(int daysAgo, int hour) {
        return today.minusDays(daysAgo).atTime(hour, 0).atZone(WrseProgramme.ZONE).toInstant();
    }

    private static WrseApplicationRepository.Filter allApplications() {
        return new WrseApplicationRepository.Filter(null, null, null, null);
    }
}
