package id.berdaya.interfaces.kubp.web;

import id.berdaya.application.kubp.Portfolio;
import java.io.Serializable;
import java.math.BigDecimal;

/** One district's line of the portfolio page. */
public class PortfolioRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Portfolio.Line line;

    PortfolioRow(Portfolio.Line line) {
        this.line = line;
    }

    public String getDistrictCode() {
        return line.districtCode();
    }

    public String getName() {
        return line.name();
    }

    public long getGroups() {
        return line.groups();
    }

    public long getActiveLoans() {
        return line.activeLoans();
    }

    public long getOutstandingPrincipal() {
        return line.outstandingPrincipal().amount();
    }

    public long getArrearsAmount() {
        return line.arrearsAmount().amount();
    }

    public long getLoansInArrears() {
        return line.loansInArrears();
    }

    /** PAR as a percentage for display, e.g. 12.34 for a fraction of 0.1234. */
    public BigDecimal getPar30Percent() {
        return line.par30().movePointRight(2);
    }

    public BigDecimal getPar90Percent() {
        return line.par90().movePointRight(2);
    }
}
