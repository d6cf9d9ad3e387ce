package id.berdaya.interfaces.kubp.web;

import id.berdaya.domain.shared.DomainException;
import id.berdaya.domain.shared.RuleRefusalException;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * KUBP texts and messages for the pages, in the view's language: refusals from the domain are
 * shown in Indonesian or English as the user reads, each broken loan term on its own line.
 */
final class KubpFaces {

    static final String BUNDLE = "id.berdaya.interfaces.i18n.kubp";
    private static final Logger LOG = Logger.getLogger(KubpFaces.class.getName());

    private KubpFaces() {
    }

    static String text(String key, Object... arguments) {
        Locale locale = locale();
        try {
            String text = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
            return arguments.length == 0 ? text : new MessageFormat(text, locale).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    /** Shows why an action was refused; an unexpected failure is logged and shown as such. */
    static void refused(RuntimeException e) {
        boolean english = "en".equals(locale().getLanguage());
        if (e instanceof RuleRefusalException refusal) {
            add(FacesMessage.SEVERITY_ERROR, english ? refusal.getMessage() : refusal.getMessageId());
            refusal.getReasons().forEach(r -> add(FacesMessage.SEVERITY_ERROR, english ? r.reasonEn() : r.reasonId()));
        } else if (e instanceof DomainException domain) {
            add(FacesMessage.SEVERITY_ERROR, english ? domain.getMessage() : domain.getMessageId());
        } else if (e instanceof EJBAccessException) {
            add(FacesMessage.SEVERITY_ERROR, text("error.forbidden"));
        } else {
            LOG.log(Level.SEVERE, "KUBP page action failed", e);
            add(FacesMessage.SEVERITY_ERROR, text("error.unexpected"));
        }
    }

    /**
     * The page's record is missing, malformed or unknown in the URL: the page still says so in its
     * own words, but answers 404 as the error page would (never 200 for a record that is not there).
     */
    static void recordMissing() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && !faces.isPostback() && !faces.getExternalContext().isResponseCommitted()) {
            faces.getExternalContext().setResponseStatus(404);
        }
    }

    /** A refusal shown beside the component it names; the page's message list shows it too. */
    static void refusedOn(String clientId, DomainException e) {
        boolean english = "en".equals(locale().getLanguage());
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, english ? e.getMessage() : e.getMessageId(), null));
    }

    private static void add(FacesMessage.Severity severity, String summary) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, summary, null));
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Locale.forLanguageTag("id");
    }
}
