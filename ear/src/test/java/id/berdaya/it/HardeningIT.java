package id.berdaya.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The probe's findings of issue 15, each as a check that failed before the fix: logins, headers
 * and cookies, cross-site requests, strict input, the one error body, page roles and error pages.
 */
@ExtendWith(ArquillianExtension.class)
class HardeningIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL app;

    @Test
    void manyWrongPasswordsLockTheAccountEvenForTheRightOne() {
        ApiClient guesser = ApiClient.as(app, "keuangan", "guess");
        for (int i = 0; i < 6; i++) {
            assertThat(guesser.get("api/me").status()).isEqualTo(401);
        }
        ApiClient.Answer right = ApiClient.demo(app, "keuangan").get("api/me");
        assertThat(right.status()).isEqualTo(401);
        assertThat(right.header("Retry-After")).isNotNull();
        assertThat(right.json().getString("message")).contains("Too many failed logins");
    }

    @Test
    void unknownUsersTakeAsLongToRefuseAsRealOnes() {
        List<Long> unknown = new ArrayList<>();
        List<Long> real = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String nobody = "no-such-user-" + i;
            unknown.add(nanos(() -> ApiClient.as(app, nobody, "x").get("api/me")));
            real.add(nanos(() -> ApiClient.as(app, "kebijakan", "wrong").get("api/me")));
        }
        ApiClient.demo(app, "kebijakan").get("api/me"); // clears the count for the other tests
        unknown.sort(null);
        real.sort(null);
        // Before the fix an unknown user was refused in ~1 ms against ~10 ms: a factor of ten.
        assertThat(unknown.get(2)).isGreaterThan(real.get(1) / 3);
    }

    private static long nanos(Supplier<ApiClient.Answer> call) {
        long start = System.nanoTime();
        assertThat(call.get().status()).isEqualTo(401);
        return System.nanoTime() - start;
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (ApiClient.Answer answer : List.of(ApiClient.anonymous(app).get("login.xhtml"),
                ApiClient.demo(app, "petugas").get("api/me"), ApiClient.anonymous(app).get("api/me"))) {
            assertThat(answer.header("Content-Security-Policy")).contains("frame-ancestors 'none'", "object-src 'none'");
            assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(answer.header("Referrer-Policy")).isEqualTo("same-origin");
            assertThat(answer.header("Strict-Transport-Security")).isNull(); // plain HTTP: no HSTS
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteStrict() {
        String cookie = ApiClient.anonymous(app).get("login.xhtml").header("Set-Cookie");
        assertThat(cookie).contains("JSESSIONID", "HttpOnly", "SameSite=Strict").doesNotContain("Secure");
    }

    @Test
    void overHttpsTheCookieIsSecureAndHstsIsSent() throws Exception {
        URI https = URI.create("https://localhost:" + (8443 + Integer.getInteger("it.port.offset", 0)) + "/berdaya/login.xhtml");
        HttpResponse<String> answer = trustingClient().send(HttpRequest.newBuilder(https).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(v -> assertThat(v).contains("max-age="));
        assertThat(answer.headers().firstValue("Set-Cookie")).hasValueSatisfying(
                v -> assertThat(v).containsIgnoringCase("; secure").contains("HttpOnly", "SameSite=Strict"));
    }

    /** The development certificate is self-signed: this client trusts any, for this check only. */
    private static HttpClient trustingClient() throws Exception {
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, new TrustManager[] {new X509TrustManager() {
            public void checkClientTrusted(X509Certificate[] chain, String type) {
            }

            public void checkServerTrusted(X509Certificate[] chain, String type) {
            }

            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, null);
        System.setProperty("jdk.internal.httpclient.disableHostnameVerification", "true");
        return HttpClient.newBuilder().sslContext(ssl).connectTimeout(Duration.ofSeconds(10)).build();
    }

    @Test
    void postsThatAnotherSiteCouldSendAreRefused() {
        ApiClient officer = ApiClient.demo(app, "petugas");
        String applicant = WrseApplicants.eligible().json();
        for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x")) {
            ApiClient.Answer answer = officer.send(officer.request("api/wrse/screenings").header("Content-Type", type)
                    .POST(HttpRequest.BodyPublishers.ofString(applicant)));
            assertThat(answer.status()).as(type).isEqualTo(415);
            assertThat(answer.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("Content-Type");
        }
        ApiClient.Answer noType = officer.send(officer.request("api/rulesets/wrse-eligibility/versions/1/validation")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(noType.status()).isEqualTo(415);
    }

    @Test
    void theApiAnswersEveryErrorInOneShape() {
        ApiClient officer = ApiClient.demo(app, "petugas");
        List<ApiClient.Answer> errors = List.of(
                officer.get("api/no-such-resource"),
                officer.send(officer.request("api/me").DELETE()),
                officer.send(officer.request("api/wrse/screenings").header("Content-Type", "application/xml")
                        .POST(HttpRequest.BodyPublishers.ofString("<a/>"))),
                officer.post("api/wrse/screenings", "{not json"),
                officer.get("api/admin/users"),
                ApiClient.anonymous(app).get("api/me"));
        assertThat(errors).extracting(ApiClient.Answer::status).containsExactly(404, 405, 415, 400, 403, 401);
        for (ApiClient.Answer error : errors) {
            assertThat(error.header("Content-Type")).as(error.toString()).startsWith("application/json");
            JsonObject body = error.json();
            assertThat(body.getInt("status")).isEqualTo(error.status());
            assertThat(body.getString("message")).isNotBlank();
            assertThat(body.getJsonArray("errors")).isNotNull();
            assertThat(error.body()).doesNotContain("RESTEASY", "Exception", "at id.berdaya");
        }
    }

    @Test
    void idsAreAsciiDigitsOnly() {
        ApiClient supervisor = ApiClient.demo(app, "penyelia");
        ApiClient.Answer arabic = supervisor.post("api/kubp/loans/%D9%A1%D9%A2/approval", "{}");
        assertThat(arabic.status()).isEqualTo(404);
        ApiClient.Answer query = ApiClient.demo(app, "keuangan").get("api/reports/kubp/loans/1/statement.pdf?asOf=%D9%A2%D9%A0%D9%A2%D9%A4-01-01");
        assertThat(query.status()).isIn(400, 401); // keuangan may be locked by the lockout test: never a 200
    }

    @Test
    void screeningRefusesWhatALenientReaderWouldTakeAndNamesTheField() {
        ApiClient officer = ApiClient.demo(app, "petugas");
        assertBadField(officer.post("api/wrse/screenings", WrseApplicants.eligible().set("regencyCode", "9999").json()), "regencyCode");
        assertBadField(officer.post("api/wrse/screenings", WrseApplicants.eligible().set("fullName", "Siti\u0000").json()), "fullName");
        assertBadField(officer.post("api/wrse/screenings", WrseApplicants.eligible().set("fullName", "Siti \u202Eilagnab").json()), "fullName");
        assertBadField(officer.post("api/wrse/screenings", WrseApplicants.eligible().set("village", "Loa\r\nJanan").json()), "village");
        assertBadField(officer.post("api/wrse/screenings", WrseApplicants.eligible().set("fullName", 123).json()), "fullName");
        assertBadField(officer.post("api/wrse/screenings", WrseApplicants.eligible().set("hasBusiness", "true").json()), "hasBusiness");
        assertBadField(officer.post("api/wrse/screenings", WrseApplicants.eligible().set("birthDate", "1985-01-01T00:00:00").json()), "birthDate");
        assertBadField(officer.post("api/wrse/screenings", WrseApplicants.eligible().set("birthDate", "-999999999-01-01").json()), "birthDate");
        assertBadField(officer.post("api/wrse/screenings", WrseApplicants.eligible().set("applicationDate", "1900-01-01").json()), "applicationDate");
    }

    @Test
    void schedulePreviewRefusesExtremeDatesAndFractionsWithA400() {
        ApiClient finance = ApiClient.demo(app, "penyelia");
        assertBadField(finance.post("api/kubp/schedule-previews",
                "{\"principal\":10000000,\"installments\":10,\"firstDueDate\":\"+999999999-12-31\"}"), "firstDueDate");
        assertBadField(finance.post("api/kubp/schedule-previews",
                "{\"principal\":10000000.9,\"installments\":10,\"firstDueDate\":\"2026-01-10\"}"), "principal");
        assertBadField(finance.post("api/kubp/schedule-previews",
                "{\"principal\":\"10000000\",\"installments\":10,\"firstDueDate\":\"2026-01-10\"}"), "principal");
        assertBadField(finance.post("api/kubp/schedule-previews",
                "{\"principal\":10000000,\"installments\":99999999999,\"firstDueDate\":\"2026-01-10\"}"), "installments");
    }

    static void assertBadField(ApiClient.Answer answer, String field) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.json().getJsonArray("errors").getJsonObject(0).getString("field")).as(answer.toString()).isEqualTo(field);
    }

    @Test
    void pagesAreServedOnlyToTheRolesThatUseThem() {
        assertThat(PageSession.demo(app, "penyelia").get("wrse/intake.xhtml").statusCode()).isEqualTo(403);
        assertThat(PageSession.demo(app, "admin").get("reports.xhtml").statusCode()).isEqualTo(403);
        assertThat(PageSession.demo(app, "petugas").get("wrse/intake.xhtml").statusCode()).isEqualTo(200);
        assertThat(PageSession.demo(app, "petugas").get("reports.xhtml").statusCode()).isEqualTo(200);
    }

    @Test
    void aMissingRecordIsTheNotFoundPageWithoutATrace() {
        HttpResponse<String> page = PageSession.demo(app, "petugas").get("wrse/application.xhtml?id=-1");
        assertThat(page.statusCode()).isEqualTo(404);
        // A trace reads "SomeException: message" and "at id.berdaya…"; PrimeFaces' settings name
        // ViewExpiredException as a page to go to, which is no trace.
        assertThat(page.body()).contains("id=\"notFound\"").doesNotContain("Exception:", "at id.berdaya", "Caused by");
    }

    @Test
    void aForgedViewStateGoesBackToTheLoginPage() {
        HttpResponse<String> answer = PageSession.anonymous(app).postForm("login.xhtml",
                "login=login&login%3Ausername=a&login%3Apassword=b&jakarta.faces.ViewState=forged");
        assertThat(answer.statusCode()).isIn(200, 302);
        assertThat(answer.body()).doesNotContain("Exception", "at id.berdaya");
    }
}
