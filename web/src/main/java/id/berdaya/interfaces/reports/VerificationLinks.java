package id.berdaya.interfaces.reports;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ServiceUnavailableException;

/**
 * Where a letter's QR code points: {@code berdaya.public.url} (system property, or the environment
 * variable {@code BERDAYA_PUBLIC_URL}) + "/verify/". Required configuration: it is never taken from
 * the request, whose Host header anyone can forge, so a printed letter can never point elsewhere.
 * Only the demo run ({@code -Dberdaya.demo=true}) falls back to this machine's own address.
 */
public final class VerificationLinks {

    static final String PUBLIC_URL = "berdaya.public.url";

    private VerificationLinks() {
    }

    /** The request is not consulted; the parameter stays so callers need not know that. */
    public static String base(HttpServletRequest ignored) {
        return base();
    }

    public static String base() {
        String configured = System.getProperty(PUBLIC_URL, System.getenv("BERDAYA_PUBLIC_URL"));
        if (configured != null && !configured.isBlank()) {
            return configured.strip().replaceAll("/+$", "") + "/verify/";
        }
        if (Boolean.getBoolean("berdaya.demo")) {
            int port = 8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
            return "http://localhost:" + port + "/berdaya/verify/";
        }
        throw new ServiceUnavailableException("Letters cannot be printed: the public address for their QR codes ("
                + PUBLIC_URL + " or BERDAYA_PUBLIC_URL) is not configured");
    }
}
