package id.berdaya.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * How many rows a paged list shows first: 10 on a phone or a slow or metered link (the browser's
 * {@code Save-Data}, {@code ECT} or {@code Sec-CH-UA-Mobile} hints, or a mobile user agent), else 20.
 * The page-size menu offers 10, 20 and 50 either way.
 */
@Named
@RequestScoped
public class ListPaging {

    public static final int SMALL = 10;
    public static final int NORMAL = 20;
    public static final String SIZES = "10,20,50";
    public static final String TEMPLATE =
            "{CurrentPageReport} {FirstPageLink} {PreviousPageLink} {PageLinks} {NextPageLink} {LastPageLink} {RowsPerPageDropdown}";

    private Integer rows;

    public int getRows() {
        if (rows == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            Object request = faces == null ? null : faces.getExternalContext().getRequest();
            rows = request instanceof HttpServletRequest http ? rowsFor(http.getHeader("Save-Data"), http.getHeader("ECT"),
                    http.getHeader("Sec-CH-UA-Mobile"), http.getHeader("User-Agent")) : NORMAL;
        }
        return rows;
    }

    public String getSizes() {
        return SIZES;
    }

    public String getTemplate() {
        return TEMPLATE;
    }

    /** The first page's size for a request with these headers (any may be null). */
    public static int rowsFor(String saveData, String effectiveConnection, String mobileHint, String userAgent) {
        boolean saving = saveData != null && saveData.strip().equalsIgnoreCase("on");
        String ect = effectiveConnection == null ? "" : effectiveConnection.strip().toLowerCase(Locale.ROOT);
        boolean slow = ect.equals("slow-2g") || ect.equals("2g") || ect.equals("3g");
        boolean mobile = "?1".equals(mobileHint == null ? null : mobileHint.strip())
                || userAgent != null && userAgent.contains("Mobi");
        return saving || slow || mobile ? SMALL : NORMAL;
    }
}
