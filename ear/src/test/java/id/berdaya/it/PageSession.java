package id.berdaya.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser-less page session: logs in through the login form and keeps the session cookie. */
public final class PageSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final URI base;
    private final HttpClient http;
    private final CookieManager cookies = new CookieManager();

    private PageSession(URL app) {
        this.base = URI.create(app.toString().endsWith("/") ? app.toString() : app + "/");
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    static PageSession anonymous(URL app) {
        return new PageSession(app);
    }

    /** Logged in as a demo user (password "demo"). */
    public static PageSession demo(URL app, String username) {
        PageSession session = new PageSession(app);
        HttpResponse<String> form = session.get("login.xhtml");
        HttpResponse<String> answer = session.postForm("login.xhtml", "login=login&login%3Ausername=" + username
                + "&login%3Apassword=demo&login%3Asubmit=&jakarta.faces.ViewState=" + enc(viewState(form.body())));
        if (answer.statusCode() != 302 || !answer.headers().firstValue("Location").orElse("").contains("index.xhtml")) {
            throw new IllegalStateException("login as " + username + " failed: " + answer.statusCode());
        }
        return session;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    HttpResponse<String> postForm(String path, String form) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** The value of a cookie the server set (the cluster test reads the session's route from it). */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    static String viewState(String html) {
        Matcher m = VIEW_STATE.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no ViewState in the page");
        }
        return m.group(1).replace("&#58;", ":");
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
