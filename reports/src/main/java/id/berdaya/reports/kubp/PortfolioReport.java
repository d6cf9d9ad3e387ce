package id.berdaya.reports.kubp;

import id.berdaya.reports.Document;
import id.berdaya.reports.letter.LetterIssue;
import id.berdaya.reports.letter.Letterhead;
import id.berdaya.reports.letter.Signatory;
import java.time.LocalDate;
import java.util.List;

/**
 * The KUBP portfolio per district as of a date, with the total line and a chart of outstanding and
 * arrears. The two PAR columns count the loans beyond the first and the last step of the arrears
 * ladder in force ({@code parFirstDays}, {@code parLastDays}: 30 and 90 by default).
 */
public record PortfolioReport(Letterhead letterhead, LetterIssue issue, Signatory signatory, LocalDate asOf,
        List<DistrictPortfolio> districts, DistrictPortfolio total, int parFirstDays, int parLastDays) implements Document {

    public PortfolioReport {
        districts = List.copyOf(districts);
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
