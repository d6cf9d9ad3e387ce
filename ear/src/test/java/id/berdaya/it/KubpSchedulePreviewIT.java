package id.berdaya.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** POST /api/kubp/schedule-previews: rounding, remainder in the last installment, anchored due dates. */
@ExtendWith(ArquillianExtension.class)
class KubpSchedulePreviewIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL app;

    private ApiClient.Answer preview(String json) {
        return ApiClient.demo(app, "keuangan").post("api/kubp/schedule-previews", json);
    }

    @Test
    void theGoldenScheduleRoundsUpAndPutsTheRemainderLast() {
        ApiClient.Answer answer = preview("{\"principal\": 10000000, \"installments\": 12, "
                + "\"firstDueDate\": \"2027-01-31\", \"roundingMultiple\": 1000}");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonArray installments = answer.json().getJsonArray("installments");
        assertThat(installments).hasSize(12);
        JsonObject first = installments.getJsonObject(0);
        assertThat(first.getInt("number")).isEqualTo(1);
        assertThat(first.getString("dueDate")).isEqualTo("2027-01-31");
        assertThat(first.getJsonNumber("amount").longValue()).isEqualTo(834_000);
        assertThat(installments.getJsonObject(1).getString("dueDate")).isEqualTo("2027-02-28");
        assertThat(installments.getJsonObject(2).getString("dueDate")).isEqualTo("2027-03-31");
        assertThat(installments.getJsonObject(11).getJsonNumber("amount").longValue()).isEqualTo(826_000);
        assertThat(answer.json().getJsonNumber("total").longValue()).isEqualTo(10_000_000);
    }

    @Test
    void dueDatesStayOnTheAnchorDayThroughALeapFebruary() {
        JsonArray installments = preview("{\"principal\": 6000000, \"installments\": 3, "
                + "\"firstDueDate\": \"2028-01-30\"}").json().getJsonArray("installments");

        assertThat(installments.getJsonObject(1).getString("dueDate")).isEqualTo("2028-02-29");
        assertThat(installments.getJsonObject(2).getString("dueDate")).isEqualTo("2028-03-30");
    }

    @Test
    void theDefaultRoundingMultipleIsOneThousandRupiah() {
        JsonArray installments = preview("{\"principal\": 1000001, \"installments\": 3, "
                + "\"firstDueDate\": \"2027-05-15\"}").json().getJsonArray("installments");

        assertThat(installments.getJsonObject(0).getJsonNumber("amount").longValue()).isEqualTo(334_000);
        assertThat(installments.getJsonObject(2).getJsonNumber("amount").longValue()).isEqualTo(332_001);
    }

    @Test
    void aPreviewIsArithmeticOnlySoATenorBeyondTheTermsIsShown() {
        ApiClient.Answer answer = preview("{\"principal\": 48000000, \"installments\": 48, "
                + "\"firstDueDate\": \"2027-01-31\"}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().getJsonArray("installments")).hasSize(48);
    }

    @Test
    void parametersThatLeaveNoLastInstallmentAreRefusedWithTheReason() {
        ApiClient.Answer answer = preview("{\"principal\": 1000, \"installments\": 12, "
                + "\"firstDueDate\": \"2027-01-31\", \"roundingMultiple\": 1000}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("installments");
        assertThat(answer.body()).contains("the last installment would be");
    }

    @Test
    void impossibleOrMalformedParametersAreRefusedNamingTheField() {
        assertField(preview("{\"principal\": 0, \"installments\": 12, \"firstDueDate\": \"2027-01-31\"}"), "principal");
        assertField(preview("{\"principal\": -5, \"installments\": 12, \"firstDueDate\": \"2027-01-31\"}"), "principal");
        assertField(preview("{\"principal\": 1000000, \"installments\": 0, \"firstDueDate\": \"2027-01-31\"}"),
                "installments");
        assertField(preview("{\"principal\": 1000000, \"installments\": 6, \"firstDueDate\": \"2027-01-31\", "
                + "\"roundingMultiple\": 0}"), "roundingMultiple");
        assertField(preview("{\"principal\": 1000000, \"installments\": 6}"), "firstDueDate");
        assertField(preview("{\"principal\": 1000000, \"installments\": 6, \"firstDueDate\": \"31-01-2027\"}"),
                "firstDueDate");
        assertField(preview("{\"principal\": \"lots\", \"installments\": 6, \"firstDueDate\": \"2027-01-31\"}"),
                "principal");
    }

    private static void assertField(ApiClient.Answer answer, String field) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo(field);
    }
}
