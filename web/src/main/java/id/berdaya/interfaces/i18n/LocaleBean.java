package id.berdaya.interfaces.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The UI language of this session: Bahasa Indonesia unless the user switches to English. */
@Named
@SessionScoped
public class LocaleBean implements Serializable {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final long serialVersionUID = 1L;

    private Locale locale = INDONESIAN;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public void setLanguage(String language) {
        this.locale = "en".equals(language) ? Locale.ENGLISH : INDONESIAN;
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.getViewRoot() != null) {
            faces.getViewRoot().setLocale(locale);
        }
    }

    /** Switches language and reloads the current page. */
    public String switchTo(String language) {
        setLanguage(language);
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
