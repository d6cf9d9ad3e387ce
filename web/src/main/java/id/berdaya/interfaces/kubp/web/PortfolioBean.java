package id.berdaya.interfaces.kubp.web;

import id.berdaya.application.kubp.KubpCalendar;
import id.berdaya.application.kubp.Portfolio;
import id.berdaya.application.kubp.PortfolioService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The portfolio page: every district on a chosen date, a bar chart of outstanding principal with
 * PAR30 on a second axis, and the loans in arrears of the district picked for a closer look.
 */
@Named
@ViewScoped
public class PortfolioBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PortfolioService portfolio;

    private LocalDate asOf = KubpCalendar.today();
    private String district;
    private List<PortfolioRow> rows;
    private PortfolioRow total;
    private String chartJson;
    private List<Portfolio.LoanInArrears> arrears;
    private int parFirstDays = 30;
    private int parLastDays = 90;

    public void show() {
        LocalDate date = asOf == null ? KubpCalendar.today() : asOf;
        Portfolio p = portfolio.portfolio(date);
        rows = p.districts().stream().map(PortfolioRow::new).toList();
        total = new PortfolioRow(p.total());
        // The PAR columns follow the arrears ladder in force (PAR30 and PAR90 by default).
        parFirstDays = p.ladder().step1();
        parLastDays = p.ladder().step3();
        chartJson = PortfolioChart.json(p, KubpFaces.text("portfolio.chart.outstanding"),
                KubpFaces.text("col.parDays", parFirstDays));
        arrears = district == null || district.isBlank() ? null : portfolio.inArrears(district, date);
    }

    public void drillDown(String districtCode) {
        this.district = districtCode;
        show();
    }

    public List<PortfolioRow> getRows() {
        if (rows == null) {
            show();
        }
        return rows;
    }

    public String getParFirstHeader() {
        return KubpFaces.text("col.parDays", parFirstDays);
    }

    public String getParLastHeader() {
        return KubpFaces.text("col.parDays", parLastDays);
    }

    public PortfolioRow getTotal() {
        getRows();
        return total;
    }

    public String getChartJson() {
        getRows();
        return chartJson;
    }

    public List<ArrearsRow> getArrears() {
        getRows();
        return arrears == null ? List.of() : arrears.stream().map(ArrearsRow::new).toList();
    }

    public String getDistrictName() {
        return getRows().stream().filter(r -> r.getDistrictCode().equals(district))
                .map(PortfolioRow::getName).findFirst().orElse(district);
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }
}
