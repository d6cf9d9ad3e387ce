package id.berdaya.interfaces.reports;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Where a letter's QR code points: {@code berdaya.public.url} when the server is reached under a
 * public name (behind a proxy), else the address this request came in on, + "/verify/".
 */
public final class VerificationLinks {

    static final String PUBLIC_URL = "berdaya.public.url";

    private VerificationLinks() {
    }

    public static String base(HttpServletRequest request) {
        String configured = System.getProperty(PUBLIC_URL, System.getenv("BERDAYA_PUBLIC_URL"));
        if (configured != null && !configured.isBlank()) {
            return configured.replaceAll("/+$", "") + "/verify/";
        }
        String port = request.getServerPort() == 80 && "http".equals(request.getScheme())
                || request.getServerPort() == 443 && "https".equals(request.getScheme()) ? "" : ":" + request.getServerPort();
        return request.getScheme() + "://" + request.getServerName() + port + request.getContextPath() + "/verify/";
    }
}
