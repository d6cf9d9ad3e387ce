package id.berdaya.interfaces.web;

import id.berdaya.application.security.StaffAccountService;
import id.berdaya.domain.shared.InvalidInputException;
import id.berdaya.interfaces.i18n.LocaleBean;
import id.berdaya.interfaces.security.AccountStanding;
import id.berdaya.interfaces.wrse.web.FacesErrors;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ResourceBundle;

/** Her own password: in place of one an administrator set, or whenever she wants a new one. */
@Named
@RequestScoped
public class OwnPasswordBean {

    @Inject
    private StaffAccountService accounts;

    @Inject
    private AccountStanding standing;

    @Inject
    private FacesErrors errors;

    @Inject
    private LocaleBean locale;

    private String currentPassword;
    private String newPassword;
    private String repeated;

    public boolean isRequired() {
        String user = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        return user != null && standing.mustChangePassword(user);
    }

    public void change() {
        try {
            if (newPassword == null || !newPassword.equals(repeated)) {
                throw new InvalidInputException("repeated", "The two new passwords differ", "Kedua kata sandi baru tidak sama");
            }
            accounts.chooseOwnPassword(chars(currentPassword), chars(newPassword));
            FacesContext faces = FacesContext.getCurrentInstance();
            ExternalContext external = faces.getExternalContext();
            standing.forget(external.getRemoteUser());
            id.berdaya.interfaces.security.Logins.renew((jakarta.servlet.http.HttpServletRequest) external.getRequest());
            external.getFlash().setKeepMessages(true);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    ResourceBundle.getBundle(StaffUserPageBean.BUNDLE, locale.getLocale()).getString("own.done"), null));
            external.redirect(external.getRequestContextPath() + "/index.xhtml");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            errors.show(e, "own");
        } finally {
            currentPassword = null;
            newPassword = null;
            repeated = null;
        }
    }

    private static char[] chars(String s) {
        return s == null ? new char[0] : s.toCharArray();
    }

    public String getCurrentPassword() { return currentPassword; }
    public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
    public String getRepeated() { return repeated; }
    public void setRepeated(String repeated) { this.repeated = repeated; }
}
