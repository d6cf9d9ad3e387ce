package id.berdaya.interfaces.rulesets.web;

import id.berdaya.domain.shared.DomainException;
import id.berdaya.domain.shared.RuleRefusalException;
import id.berdaya.interfaces.i18n.LocaleBean;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The rule-set pages' texts (bundle {@code rulesets}) and their messages, in the session's language. */
@RequestScoped
public class RuleSetTexts {

    public static final String BUNDLE = "id.berdaya.interfaces.i18n.rulesets";

    @Inject
    private LocaleBean localeBean;

    public String get(String key, Object... arguments) {
        try {
            String text = ResourceBundle.getBundle(BUNDLE, localeBean.getLocale()).getString(key);
            return arguments.length == 0 ? text : new MessageFormat(text, localeBean.getLocale()).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, get(key, arguments));
    }

    public void warn(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_WARN, get(key, arguments));
    }

    /** Keeps this request's messages for the page a redirect leads to. */
    public void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    /** A refusal in the user's language, with each broken rule's reason as a message of its own. */
    public void error(DomainException e) {
        boolean indonesian = "id".equals(localeBean.getLanguage());
        add(FacesMessage.SEVERITY_ERROR, indonesian ? e.getMessageId() : e.getMessage());
        if (e instanceof RuleRefusalException refusal) {
            refusal.getReasons().forEach(r -> add(FacesMessage.SEVERITY_ERROR, indonesian ? r.reasonId() : r.reasonEn()));
        }
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
