package id.berdaya.interfaces.wrse.web;

import id.berdaya.domain.shared.DomainException;
import id.berdaya.domain.shared.InvalidInputException;
import id.berdaya.interfaces.i18n.LocaleBean;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.ResourceBundle;

/**
 * Shows a refusal from the services where the user will look: an input error beside the field it
 * names (or at the top if the form has no such field), anything else at the top; in the session's
 * language.
 */
@RequestScoped
public class FacesErrors {

    static final String BUNDLE = "id.berdaya.interfaces.i18n.wrse";

    @Inject
    private LocaleBean locale;

    public void show(RuntimeException e, String formId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (e instanceof DomainException domain) {
            String text = "en".equals(locale.getLanguage()) ? domain.getMessage() : domain.getMessageId();
            String clientId = null;
            if (domain instanceof InvalidInputException invalid) {
                String field = invalid.getField().replaceAll("\\[\\d+]", "").replaceAll("\\..*", "");
                UIComponent component = faces.getViewRoot().findComponent(formId + ":" + field);
                clientId = component == null ? null : component.getClientId(faces);
            }
            faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        } else if (e instanceof EJBAccessException) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text("error.forbidden"), null));
        } else {
            throw e;
        }
        faces.validationFailed();
    }

    /** A confirmation that survives the redirect that usually follows. */
    public void info(String key, Object... arguments) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, java.text.MessageFormat.format(text(key), arguments), null));
    }

    String text(String key) {
        return ResourceBundle.getBundle(BUNDLE, locale.getLocale()).getString(key);
    }
}
