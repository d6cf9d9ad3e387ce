package id.berdaya.interfaces.kubp.rest;

import id.berdaya.application.kubp.Portfolio;
import id.berdaya.application.kubp.PortfolioService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The portfolio per district on any date, and the loans in arrears behind a district's figures. */
@Path("kubp/portfolio")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class KubpPortfolioResource {

    /** PAR as a fraction with four decimals (0.1234 is 12.34 %); rounding for display is the UI's. */
    public record LineView(String districtCode, String name, long groups, long activeLoans,
            long outstandingPrincipal, long arrearsAmount, long loansInArrears, BigDecimal par30, BigDecimal par90) {
        static LineView of(Portfolio.Line l) {
            return new LineView(l.districtCode(), l.name(), l.groups(), l.activeLoans(),
                    l.outstandingPrincipal().amount(), l.arrearsAmount().amount(), l.loansInArrears(), l.par30(),
                    l.par90());
        }
    }

    public record PortfolioView(LocalDate asOf, List<LineView> districts, LineView total) {
    }

    public record ArrearsView(long loanId, long groupId, String groupName, String village, String districtCode,
            long outstandingPrincipal, long arrearsAmount, long daysPastDue, String agingBucket) {
    }

    @Inject
    private PortfolioService portfolio;

    @GET
    public PortfolioView portfolio(@QueryParam("asOf") @Size(max = 10) String asOf) {
        Portfolio p = portfolio.portfolio(AsOf.parse(asOf));
        return new PortfolioView(p.asOf(), p.districts().stream().map(LineView::of).toList(), LineView.of(p.total()));
    }

    @GET
    @Path("districts/{code}/arrears")
    public List<ArrearsView> arrears(@PathParam("code") @Size(max = 6) String districtCode,
            @QueryParam("asOf") @Size(max = 10) String asOf) {
        return portfolio.inArrears(districtCode, AsOf.parse(asOf)).stream()
                .map(a -> new ArrearsView(a.loanId(), a.groupId(), a.groupName(), a.village(), a.districtCode(),
                        a.outstandingPrincipal().amount(), a.arrearsAmount().amount(), a.daysPastDue(),
                        a.agingBucket()))
                .toList();
    }
}
