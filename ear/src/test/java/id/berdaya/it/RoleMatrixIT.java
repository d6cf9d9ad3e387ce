package id.berdaya.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every endpoint and every page × every role and anonymous, generated from the shipped EAR: the
 * JAX-RS resources are read by reflection from the WAR's classes (so a new endpoint is covered the
 * day it is added) and the pages from the WAR's .xhtml files with web.xml's security constraints.
 * Anonymous is 401 (API) or the login page; a role outside @RolesAllowed (or outside the page's
 * constraint) is 403; a role inside is never 401 and never refused for its role.
 */
@ExtendWith(ArquillianExtension.class)
class RoleMatrixIT {

    private static final List<String> USERS = List.of("petugas", "kebijakan", "keuangan", "penyelia", "admin", "teknis");
    /** The demo users' roles (README): the rule technician also holds POLICY_STAFF. */
    private static final List<Set<String>> ROLES = List.of(Set.of("LOAN_OFFICER"), Set.of("POLICY_STAFF"), Set.of("FINANCE_STAFF"),
            Set.of("SUPERVISOR"), Set.of("ADMIN"), Set.of("POLICY_STAFF", "RULE_TECHNICIAN"));
    /** What a stack trace reads like in a page or a body ("SomeException: message", "at id.berdaya…"). */
    private static final String[] TRACE = {"at id.berdaya", "Exception:", "Caused by"};
    /**
     * The pages that show one record named in the URL: without it, or with one that is malformed or
     * unknown, they are the 404 page.
     */
    private static final List<String> RECORD_PAGES = List.of("rulesets/version.xhtml", "rulesets/approve.xhtml",
            "rulesets/code.xhtml", "wrse/application.xhtml", "kubp/loan.xhtml", "kubp/sheet.xhtml", "kubp/disaster.xhtml",
            "kubp/apply.xhtml", "admin/office.xhtml");
    private static final List<String> BAD_PARAMETERS = List.of("?ruleSet=wrse-eligibility&number=999999", "?number=abc",
            "?ruleSet=no-such-set&number=1", "?id=-1", "?id=abc", "?id=999999999", "?id=1%27%20OR%201=1", "?group=999999999", "?group=x");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL app;

    record Endpoint(String method, String path, Set<String> roles, String consumes) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @Test
    void everyEndpointAnswersEachRoleAsItsRolesAllowedSay() throws Exception {
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints).hasSizeGreaterThan(40);
        SoftAssertions soft = new SoftAssertions();
        for (Endpoint e : endpoints) {
            ApiClient.Answer anonymous = call(ApiClient.anonymous(app), e);
            soft.assertThat(anonymous.status()).as("anonymous " + e).isEqualTo(401);
            for (int i = 0; i < USERS.size(); i++) {
                ApiClient.Answer answer = call(ApiClient.demo(app, USERS.get(i)), e);
                boolean allowed = e.roles() == null || e.roles().stream().anyMatch(ROLES.get(i)::contains);
                String cell = USERS.get(i) + " " + e + " → " + answer;
                soft.assertThat(answer.status()).as(cell).isNotEqualTo(401).isNotEqualTo(500);
                soft.assertThat(answer.body()).as(cell).doesNotContain(TRACE);
                if (allowed) {
                    soft.assertThat(answer.status() == 403 && roleRefusal(answer)).as(cell).isFalse();
                } else {
                    soft.assertThat(answer.status()).as(cell).isEqualTo(403);
                    // The one error body, saying what happened.
                    soft.assertThat(answer.body()).as(cell).contains("\"status\":403");
                }
            }
        }
        soft.assertAll();
    }

    private static boolean roleRefusal(ApiClient.Answer answer) {
        return answer.body().contains("Your role may not do this") || answer.body().contains("\"Forbidden\"");
    }

    private static ApiClient.Answer call(ApiClient client, Endpoint e) {
        // Any answer type, and the body type the method reads: content negotiation is not what is tested.
        HttpRequest.Builder request = client.request("api/" + e.path()).setHeader("Accept", "*/*")
                .header("Content-Type", e.consumes());
        return client.send(switch (e.method()) {
            case "GET" -> request.GET();
            case "DELETE" -> request.DELETE();
            default -> request.method(e.method(), HttpRequest.BodyPublishers.ofString("{}"));
        });
    }

    @Test
    void everyPageAnswersEachRoleAsWebXmlSays() throws Exception {
        List<String> pages = pages();
        assertThat(pages).contains("index.xhtml", "wrse/intake.xhtml", "reports.xhtml", "admin/users.xhtml");
        String webXml = new String(warEntry("WEB-INF/web.xml"), StandardCharsets.UTF_8);
        SoftAssertions soft = new SoftAssertions();
        List<PageSession> sessions = USERS.stream().map(u -> PageSession.demo(app, u)).toList();
        for (String page : pages) {
            Set<String> roles = pageRoles(webXml, "/" + page);
            HttpResponse<String> anonymous = PageSession.anonymous(app).get(page);
            if (roles != null && roles.isEmpty()) {
                soft.assertThat(anonymous.statusCode()).as("anonymous " + page).isIn(200, 302);
            } else {
                soft.assertThat(anonymous.statusCode()).as("anonymous " + page).isEqualTo(302);
            }
            for (int i = 0; i < USERS.size(); i++) {
                HttpResponse<String> answer = sessions.get(i).get(page);
                String cell = USERS.get(i) + " " + page + " → " + answer.statusCode();
                Set<String> held = ROLES.get(i);
                boolean allowed = roles == null || roles.isEmpty() || roles.contains("**") || roles.stream().anyMatch(held::contains);
                soft.assertThat(answer.body()).as(cell).doesNotContain(TRACE);
                if (!allowed) {
                    assertForbiddenPage(soft, cell, answer);
                } else if (RECORD_PAGES.contains(page)) {
                    assertNotFoundPage(soft, cell, answer);
                } else if (!page.startsWith("error/")) {
                    // The page itself: its title, and no error page instead.
                    soft.assertThat(answer.statusCode()).as(cell).isIn(200, 302);
                    if (answer.statusCode() == 200) {
                        soft.assertThat(answer.body()).as(cell).containsPattern("<title>[^<]*\\S[^<]*</title>")
                                .doesNotContain("id=\"serverError\"", "id=\"forbidden\"", "id=\"notFound\"");
                        // No link (menu or page) to a page this user would be refused.
                        for (String target : linkedPages(answer.body())) {
                            Set<String> targetRoles = pageRoles(webXml, "/" + target);
                            soft.assertThat(targetRoles == null || targetRoles.isEmpty() || targetRoles.stream().anyMatch(held::contains))
                                    .as(cell + " links to " + target).isTrue();
                        }
                    }
                }
            }
        }
        soft.assertAll();
    }

    /** A record page with a missing, malformed or unknown parameter is the 404 page for every role it is for. */
    @Test
    void recordPagesAnswerNotFoundForBadParameters() throws Exception {
        String webXml = new String(warEntry("WEB-INF/web.xml"), StandardCharsets.UTF_8);
        SoftAssertions soft = new SoftAssertions();
        List<PageSession> sessions = USERS.stream().map(u -> PageSession.demo(app, u)).toList();
        for (String page : RECORD_PAGES) {
            Set<String> roles = pageRoles(webXml, "/" + page);
            for (int i = 0; i < USERS.size(); i++) {
                if (roles != null && roles.stream().noneMatch(ROLES.get(i)::contains)) {
                    continue;
                }
                for (String query : BAD_PARAMETERS) {
                    HttpResponse<String> answer = sessions.get(i).get(page + query);
                    assertNotFoundPage(soft, USERS.get(i) + " " + page + query + " → " + answer.statusCode(), answer);
                }
            }
        }
        soft.assertAll();
    }

    /** A page that exists (first version of the WRSE rule set, first application) still opens for its roles. */
    @Test
    void recordPagesOpenWithAGoodParameter() {
        PageSession policy = PageSession.demo(app, "kebijakan");
        HttpResponse<String> version = policy.get("rulesets/version.xhtml?ruleSet=wrse-eligibility&number=1");
        assertThat(version.statusCode()).as(version.body()).isEqualTo(200);
        assertThat(version.body()).contains("id=\"versionTitle\"").doesNotContain(TRACE);
        HttpResponse<String> application = PageSession.demo(app, "petugas").get("wrse/application.xhtml?id=1");
        assertThat(application.statusCode()).isEqualTo(200);
        assertThat(application.body()).contains("id=\"applicationTitle\"").doesNotContain(TRACE);
    }

    /** The application's pages a page links to (menu and content), without their query. */
    private Set<String> linkedPages(String html) {
        String context = app.getPath().endsWith("/") ? app.getPath() : app.getPath() + "/";
        Matcher link = Pattern.compile("href=\"" + Pattern.quote(context) + "([^\"?#]+\\.xhtml)").matcher(html);
        Set<String> pages = new TreeSet<>();
        while (link.find()) {
            if (!link.group(1).startsWith("jakarta.faces.resource/")) {
                pages.add(link.group(1));
            }
        }
        return pages;
    }

    private static void assertForbiddenPage(SoftAssertions soft, String cell, HttpResponse<String> answer) {
        soft.assertThat(answer.statusCode()).as(cell).isEqualTo(403);
        soft.assertThat(answer.body()).as(cell).contains("id=\"forbidden\"");
    }

    private static void assertNotFoundPage(SoftAssertions soft, String cell, HttpResponse<String> answer) {
        soft.assertThat(answer.statusCode()).as(cell).isEqualTo(404);
        soft.assertThat(answer.body()).as(cell).contains("id=\"notFound\"").doesNotContain(TRACE);
    }

    /** The roles of the most specific constraint for a path: null = any login, empty = public. */
    static Set<String> pageRoles(String webXml, String path) {
        Matcher constraint = Pattern.compile("<security-constraint>(.*?)</security-constraint>", Pattern.DOTALL).matcher(webXml);
        int best = -1;
        Set<String> roles = null;
        while (constraint.find()) {
            String body = constraint.group(1);
            Set<String> these = body.contains("<auth-constraint>") ? new TreeSet<>() : Set.of();
            Matcher role = Pattern.compile("<role-name>([^<]+)</role-name>").matcher(body);
            while (role.find()) {
                these.add(role.group(1));
            }
            Matcher pattern = Pattern.compile("<url-pattern>([^<]+)</url-pattern>").matcher(body);
            while (pattern.find()) {
                String p = pattern.group(1);
                int score = p.equals(path) ? 10_000 : p.endsWith("/*") && path.startsWith(p.substring(0, p.length() - 1)) ? p.length() : -1;
                if (score > best) {
                    best = score;
                    roles = these.contains("**") ? null : these;
                }
            }
        }
        return roles;
    }

    private List<String> pages() throws IOException {
        return ApiEndpoints.pages();
    }

    private List<Endpoint> endpoints() throws Exception {
        return ApiEndpoints.discover().stream().map(e -> new Endpoint(e.method(), e.path(), e.roles(), e.consumes())).toList();
    }

    private static byte[] warEntry(String name) throws IOException {
        return ApiEndpoints.warEntry(name);
    }
}
