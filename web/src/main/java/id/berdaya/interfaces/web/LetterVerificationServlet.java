package id.berdaya.interfaces.web;

import id.berdaya.application.letter.LetterRegister;
import id.berdaya.domain.letter.Letter;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * The public page a letter's QR code opens, {@code /verify/{code}}, without login (web.xml leaves
 * /verify/* open): the letter's number, date, type and masked addressee, the SHA-256 of its PDF as
 * issued (so a holder can check a file), for warnings the SP level and as-of date, or a warning that no such
 * letter was issued. A plain servlet, so that nobody needs a session to check a letter.
 */
@WebServlet("/verify/*")
public class LetterVerificationServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id-ID"));

    @Inject
    private LetterRegister register;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String code = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1).trim().toUpperCase(Locale.ROOT);
        Optional<Letter> letter = register.verify(code);
        response.setStatus(letter.isPresent() ? HttpServletResponse.SC_OK : HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/html; charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Robots-Tag", "noindex");
        PrintWriter html = response.getWriter();
        html.println("<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"UTF-8\"/>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
                + "<title>Verifikasi surat · Berdaya</title><link rel=\"stylesheet\" href=\""
                + request.getContextPath() + "/resources/css/berdaya.css\"/></head><body>"
                + "<header class=\"topbar\"><span class=\"brand\">Berdaya</span><span>Verifikasi keaslian surat</span></header>"
                + "<main class=\"content\">");
        if (letter.isPresent()) {
            Letter l = letter.get();
            html.println("<div class=\"verify verify-ok\" id=\"verified\"><h1>Surat terdaftar</h1>"
                    + "<p>Surat dengan kode ini diterbitkan melalui Berdaya. Bandingkan isinya dengan surat yang Anda pegang.</p>"
                    + "<dl>"
                    + row("Nomor", l.getNumber())
                    + row("Tanggal", DATE.format(l.getIssuedOn()))
                    + row("Jenis", l.getType().title())
                    + row("Ditujukan kepada", l.getAddresseeMasked())
                    + (l.getWarningLevel() == null ? "" : row("Tingkat peringatan", "SP-" + l.getWarningLevel()))
                    + (l.getAsOf() == null ? "" : row("Keadaan per tanggal", DATE.format(l.getAsOf())))
                    + (l.getCitesNumber() == null ? "" : row("Menindaklanjuti surat", l.getCitesNumber() + " tanggal "
                            + DATE.format(l.getCitesDate())))
                    + register.verifiedHash(l).map(hash -> "<dt>SHA-256 berkas PDF</dt><dd><code id=\"sha256\">"
                            + escape(hash) + "</code></dd>").orElse("")
                    + "</dl></div>");
        } else {
            html.println("<div class=\"verify verify-unknown\" id=\"not-found\"><h1>Surat tidak ditemukan</h1>"
                    + "<p>Tidak ada surat terdaftar dengan kode <code>" + escape(code.length() > 40 ? code.substring(0, 40) + "…" : code) + "</code>. "
                    + "Surat yang memuat kode ini kemungkinan <strong>palsu</strong> atau kodenya salah dibaca. "
                    + "Hubungi kantor yang tercantum pada kop surat.</p></div>");
        }
        html.println("</main><footer class=\"footer\">Berdaya · Program WRSE dan KUBP · Kalimantan Timur</footer></body></html>");
    }

    private static String row(String label, String value) {
        return "<dt>" + escape(label) + "</dt><dd>" + escape(value) + "</dd>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
