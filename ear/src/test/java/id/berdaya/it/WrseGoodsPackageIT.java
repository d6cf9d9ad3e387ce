package id.berdaya.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The goods package over HTTP: a supervisor's catalogue per business field, a trained recipient's
 * package within the entitlement with the remainder answered (over it, or a good of another field,
 * refused by name with nothing saved), the supplier's delivery list, the handover per item with two
 * witnesses, and the BAST's items, values and witnesses read back from the PDF.
 */
@ExtendWith(ArquillianExtension.class)
class WrseGoodsPackageIT {

    private static final String APPLICATIONS = "api/wrse/applications";
    private static final String GOODS = "api/wrse/goods";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL app;

    private ApiClient officer() {
        return ApiClient.demo(app, "petugas");
    }

    private ApiClient supervisor() {
        return ApiClient.demo(app, "penyelia");
    }

    private long catalogueItem(String field, String name, String unit, long price, String supplier) {
        ApiClient.Answer added = supervisor().post(GOODS + "/catalogue", Json.createObjectBuilder().add("businessField", field)
                .add("name", name).add("unit", unit).add("unitPrice", price).add("supplier", supplier).build().toString());
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return added.json().getJsonNumber("id").longValue();
    }

    /** Eligible, proposed, verified by the province and trained: ready for her goods (also for the browser walk). */
    static long trainedRecipient(URL app) {
        ApiClient officer = ApiClient.demo(app, "petugas");
        ApiClient supervisor = ApiClient.demo(app, "penyelia");
        ApiClient.Answer created = officer.post(APPLICATIONS, WrseApplicants.eligible().json());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        step(officer, id, "submission", "");
        step(officer, id, "proposal", "");
        for (String kind : new String[] {"APPLICATION_LETTER", "KK_COPY", "KTP_COPY"}) {
            assertThat(officer.put(APPLICATIONS + "/" + id + "/documents/" + kind, "{\"received\": true}").status()).isEqualTo(200);
        }
        step(supervisor, id, "verification", "");
        step(officer, id, "training", "{\"attendedOn\": \"" + WrseApplicants.today() + "\"}");
        return id;
    }

    private static void step(ApiClient who, long id, String step, String body) {
        ApiClient.Answer answer = who.post(APPLICATIONS + "/" + id + "/" + step, body);
        assertThat(answer.status()).as(step + " " + answer).isEqualTo(200);
    }

    private static String packageBody(long[][] items) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        for (long[] item : items) {
            lines.add(Json.createObjectBuilder().add("catalogueItemId", item[0]).add("quantity", item[1]));
        }
        return Json.createObjectBuilder().add("items", lines).add("deliveryDate", WrseApplicants.today().toString()).build().toString();
    }

    @Test
    void aPackageWithinTheEntitlementIsListedForItsSupplierHandedOverPerItemAndItsBastListsEachItem() throws Exception {
        String pansSupplier = "UD Sinar " + System.nanoTime();
        long stove = catalogueItem("CULINARY", "Kompor gas dua tungku", "unit", 1_250_000, "CV Dapur Makmur");
        long pans = catalogueItem("CULINARY", "Panci dan wajan", "set", 550_000, pansSupplier);
        long machine = catalogueItem("SEWING", "Mesin jahit portabel", "unit", 2_100_000, "CV Jahit Jaya");
        assertThat(officer().get(GOODS + "/catalogue?businessField=CULINARY").jsonArray().stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue())).contains(stove, pans).doesNotContain(machine);
        long id = trainedRecipient(app);
        String packagePath = GOODS + "/packages/" + id;

        // Over the entitlement, or a good of another field's catalogue: refused by name, nothing saved.
        assertRefused(officer().put(packagePath, packageBody(new long[][] {{stove, 1}, {pans, 4}})), "items",
                "Rp 450.000 above the entitlement");
        assertRefused(officer().put(packagePath, packageBody(new long[][] {{stove, 1}, {machine, 1}})),
                "items[1].catalogueItemId", "SEWING");
        assertThat(officer().get(packagePath).status()).isEqualTo(404);

        ApiClient.Answer chosen = officer().put(packagePath, packageBody(new long[][] {{stove, 1}, {pans, 3}}));
        assertThat(chosen.status()).as(chosen.toString()).isEqualTo(200);
        assertThat(chosen.json().getJsonNumber("total").longValue()).isEqualTo(2_900_000);
        assertThat(chosen.json().getJsonNumber("remainder").longValue()).isEqualTo(100_000);
        assertThat(chosen.json().getJsonArray("items").getJsonObject(1).getJsonNumber("value").longValue()).isEqualTo(1_650_000);

        // The pans' supplier sees what to bring to the district that day.
        String deliveries = GOODS + "/deliveries?districtCode=640205&date=" + WrseApplicants.today() + "&supplier="
                + URLEncoder.encode(pansSupplier, StandardCharsets.UTF_8);
        var lines = officer().get(deliveries).jsonArray().stream().map(v -> v.asJsonObject()).toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).getJsonNumber("applicationId").longValue()).isEqualTo(id);
        assertThat(lines.get(0).getString("item")).isEqualTo("Panci dan wajan");
        assertThat(lines.get(0).getInt("quantity")).isEqualTo(3);
        ApiClient.Answer csv = officer().send(officer().request(deliveries).setHeader("Accept", "text/csv").GET());
        assertThat(csv.body()).startsWith("application_id,recipient,village,item,quantity,unit,unit_price,supplier")
                .contains(id + ",Siti Aminah,,Panci dan wajan,3,set,550000," + pansSupplier);

        // The handover: one stove and two of the three sets, before two witnesses.
        String witnesses = "[{\"name\": \"Rina Marlina\", \"role\": \"Kepala Desa\"}, {\"name\": \"Budi Santoso\", \"role\": \"Pendamping\"}]";
        assertRefused(officer().post(packagePath + "/handover", "{\"delivered\": [1, 2], \"deliveredOn\": \"" + WrseApplicants.today()
                + "\", \"witnesses\": [{\"name\": \"Rina Marlina\", \"role\": \"Kepala Desa\"}]}"), "witnesses", "two witnesses");
        ApiClient.Answer handedOver = officer().post(packagePath + "/handover", "{\"delivered\": [1, 2], \"deliveredOn\": \""
                + WrseApplicants.today() + "\", \"witnesses\": " + witnesses + "}");
        assertThat(handedOver.status()).as(handedOver.toString()).isEqualTo(200);
        assertThat(handedOver.json().getJsonNumber("deliveredTotal").longValue()).isEqualTo(2_350_000);
        JsonObject application = officer().get(APPLICATIONS + "/" + id).json();
        assertThat(application.getString("status")).isEqualTo("AID_DELIVERED");
        assertThat(application.getJsonObject("aidDelivery").getJsonNumber("value").longValue()).isEqualTo(2_350_000);

        String bast = pdf("api/reports/wrse/applications/" + id + "/handover-minutes.pdf");
        assertThat(bast).containsPattern("400\\.9/\\d{4}/BAST-WRSE/\\d{4}")
                .contains("Kompor gas dua tungku (CV Dapur Makmur)", "Panci dan wajan (" + pansSupplier + ")",
                        "Rp 1.250.000", "Rp 1.100.000", "Rp 2.350.000", "Rina Marlina (Kepala Desa)", "Budi Santoso (Pendamping)");
        assertThat(officer().put(packagePath, packageBody(new long[][] {{stove, 1}})).status()).as("delivered: closed").isEqualTo(409);
    }

    @Test
    void onlySupervisorsKeepTheCatalogueAndABadPriceIsNamed() {
        assertThat(officer().post(GOODS + "/catalogue", "{\"businessField\": \"CULINARY\", \"name\": \"Wajan\", \"unit\": \"unit\", "
                + "\"unitPrice\": 100000, \"supplier\": \"UD Sinar\"}").status()).isEqualTo(403);
        assertRefused(supervisor().post(GOODS + "/catalogue", "{\"businessField\": \"CULINARY\", \"name\": \"Wajan\", \"unit\": \"unit\", "
                + "\"supplier\": \"UD Sinar\"}"), "unitPrice", "");
        assertRefused(supervisor().post(GOODS + "/catalogue", "{\"businessField\": \"ROCKETS\", \"name\": \"Wajan\", \"unit\": \"unit\", "
                + "\"unitPrice\": 100000, \"supplier\": \"UD Sinar\"}"), "businessField", "");
    }

    private static void assertRefused(ApiClient.Answer answer, String field, String text) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")))
                .as(answer.toString()).contains(field);
        assertThat(answer.body()).contains(text);
    }

    private String pdf(String path) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(officer().request(path)
                .setHeader("Accept", "application/pdf").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path + ": " + new String(response.body())).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ').replaceAll("\\s+", " ");
        }
    }
}
