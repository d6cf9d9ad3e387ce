package id.berdaya.interfaces.wrse.web;

import id.berdaya.application.wrse.RankingResult;
import id.berdaya.application.wrse.WrseQueryService;
import id.berdaya.application.wrse.WrseQuotaService;
import id.berdaya.domain.wrse.RegencyQuota;
import id.berdaya.domain.wrse.WrseProgramme;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A regency's ranking for a year against its quota, and the quota itself for those who set it. */
@Named
@ViewScoped
public class RankingBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private WrseQueryService queries;

    @Inject
    private WrseQuotaService quotas;

    @Inject
    private FacesErrors errors;

    private String regencyCode = "6402";
    private int year = LocalDate.now(WrseProgramme.ZONE).getYear();
    private Integer recipients;
    private Long budget;
    private transient RankingResult result;

    public RankingResult getResult() {
        if (result == null) {
            result = queries.ranking(regencyCode, year);
            RegencyQuota quota = result.quota();
            recipients = quota == null ? null : quota.getRecipients();
            budget = quota == null ? null : quota.getBudget().amount();
        }
        return result;
    }

    public boolean isQuotaSet() {
        return getResult().quota() != null;
    }

    public int getEligibleCount() {
        return getResult().places().size();
    }

    public long getWithinQuota() {
        return getResult().withinQuota();
    }

    public List<RankRow> getRows() {
        return getResult().places().stream().map(RankRow::new).toList();
    }

    public void show() {
        result = null;
    }

    public void saveQuota() {
        try {
            quotas.set(regencyCode, year, recipients == null ? 0 : recipients, budget == null ? 0 : budget);
            result = null;
            errors.info("ranking.quotaSaved");
        } catch (RuntimeException e) {
            errors.show(e, "quota");
        }
    }

    public String getRegencyCode() { return regencyCode; }
    public void setRegencyCode(String regencyCode) { this.regencyCode = regencyCode; }
    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public Integer getRecipients() { return recipients; }
    public void setRecipients(Integer recipients) { this.recipients = recipients; }
    public Long getBudget() { return budget; }
    public void setBudget(Long budget) { this.budget = budget; }
}
