package id.berdaya.interfaces.kubp.web;

import id.berdaya.application.kubp.Portfolio;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.math.BigDecimal;

/**
 * The Chart.js configuration for p:chart: outstanding principal per district as bars (millions of
 * rupiah, left axis) and PAR30 in percent as a line on the right axis, so both read at a glance.
 */
final class PortfolioChart {

    private PortfolioChart() {
    }

    static String json(Portfolio portfolio, String outstandingLabel, String par30Label) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder outstanding = Json.createArrayBuilder();
        JsonArrayBuilder par30 = Json.createArrayBuilder();
        for (Portfolio.Line line : portfolio.districts()) {
            labels.add(line.name());
            outstanding.add(BigDecimal.valueOf(line.outstandingPrincipal().amount()).movePointLeft(6));
            par30.add(line.par30().movePointRight(2));
        }
        JsonObject config = Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("label", outstandingLabel)
                                        .add("data", outstanding).add("yAxisID", "y")
                                        .add("backgroundColor", "rgba(123, 45, 91, 0.7)"))
                                .add(Json.createObjectBuilder().add("type", "line").add("label", par30Label)
                                        .add("data", par30).add("yAxisID", "par")
                                        .add("borderColor", "#b85c38").add("backgroundColor", "#b85c38"))))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("scales", Json.createObjectBuilder()
                                .add("y", Json.createObjectBuilder().add("beginAtZero", true).add("position", "left")
                                        .add("title", Json.createObjectBuilder().add("display", true)
                                                .add("text", "Rp juta / million")))
                                .add("par", Json.createObjectBuilder().add("beginAtZero", true).add("max", 100)
                                        .add("position", "right")
                                        .add("grid", Json.createObjectBuilder().add("drawOnChartArea", false))
                                        .add("title", Json.createObjectBuilder().add("display", true)
                                                .add("text", "PAR30 %")))))
                .build();
        return config.toString();
    }
}
