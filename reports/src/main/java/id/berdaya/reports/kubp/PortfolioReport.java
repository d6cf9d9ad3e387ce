package id.berdaya.reports.kubp;

import id.berdaya.reports.Document;
import id.berdaya.reports.letter.LetterIssue;
import id.berdaya.reports.letter.Letterhead;
import id.berdaya.reports.letter.Signatory;
import java.time.LocalDate;
import java.util.List;
import java.util.function.ToLongFunction;

/** The KUBP portfolio per district as of a date, with totals and a chart of outstanding and arrears. */
public record PortfolioReport(Letterhead letterhead, LetterIssue issue, Signatory signatory, LocalDate asOf,
        List<DistrictPortfolio> districts) implements Document {

    public PortfolioReport {
        districts = List.copyOf(districts);
    }

    /** All districts together, for the totals line. */
    public DistrictPortfolio total() {
        return new DistrictPortfolio("", "Jumlah",
                districts.stream().mapToInt(DistrictPortfolio::activeLoans).sum(),
                sum(DistrictPortfolio::outstanding), sum(DistrictPortfolio::arrears),
                sum(DistrictPortfolio::outstandingOver30), sum(DistrictPortfolio::outstandingOver90));
    }

    private long sum(ToLongFunction<DistrictPortfolio> figure) {
        return districts.stream().mapToLong(figure).reduce(0, Math::addExact);
    }

    @Override
    public String template() {
        return "kubp/portfolio-report";
    }

    @Override
    public List<?> rows() {
        return districts;
    }
}
