package id.berdaya.interfaces.web;

import id.berdaya.application.reports.OfficeService;
import id.berdaya.domain.letter.Office;
import id.berdaya.domain.shared.InvalidInputException;
import id.berdaya.domain.shared.ListSearch;
import id.berdaya.interfaces.rest.OfficeResource;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The administrator's list of the offices that issue letters ({@code admin/offices.xhtml}), searched
 * by part of an office's name (as the page shows it), its government or its signatory's name, or a
 * signatory's whole NIP.
 */
@Named
@ViewScoped
public class OfficeListBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String BUNDLE = "id.berdaya.interfaces.i18n.offices";

    @Inject
    private OfficeService offices;

    private String query;
    private String searched;
    private transient List<Office> all;

    public List<Office> getAll() {
        if (all == null) {
            ResourceBundle bundle = bundle();
            all = offices.list().stream().filter(o -> OfficeResource.matches(o, searched, label(bundle, o))).toList();
        }
        return all;
    }

    /** The search button: checks the text (a refusal is shown beside it), then says how many offices were found. */
    public void search() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            ListSearch.of(query);
        } catch (InvalidInputException e) {
            boolean english = "en".equals(locale(faces).getLanguage());
            faces.addMessage("search:q", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    english ? e.getMessage() : e.getMessageId(), null));
            return;
        }
        searched = query;
        all = null;
        if (query != null && !query.isBlank()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    new MessageFormat(bundle().getString("list.found"), locale(faces)).format(new Object[] {getAll().size()}), null));
        }
    }

    private static String label(ResourceBundle bundle, Office office) {
        try {
            return bundle.getString("prefix." + office.getPrefix());
        } catch (MissingResourceException e) {
            return office.getPrefix();
        }
    }

    private static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, locale(FacesContext.getCurrentInstance()));
    }

    private static Locale locale(FacesContext faces) {
        return faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Locale.forLanguageTag("id");
    }

    public String getQuery() { return query; }
    public void setQuery(String query) { this.query = query; }
}
