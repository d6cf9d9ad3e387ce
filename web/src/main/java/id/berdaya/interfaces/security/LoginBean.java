package id.berdaya.interfaces.security;

import id.berdaya.interfaces.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;

/** The login form. */
@Named
@RequestScoped
public class LoginBean {

    @NotBlank
    private String username;

    @NotBlank
    private String password;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext faces;

    @Inject
    private Messages messages;

    public void login() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest current = (HttpServletRequest) external.getRequest();
        if (current.getUserPrincipal() != null) {
            // Someone else's session is open on this browser (a shared office PC): it ends first, or the
            // container would keep her identity and the one now logging in would act as her.
            current.logout();
            external.invalidateSession();
        }
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username.trim(), password))
                        .newAuthentication(true));
        switch (status) {
            case SUCCESS -> external.redirect(external.getRequestContextPath() + "/index.xhtml");
            case SEND_CONTINUE -> faces.responseComplete();
            default -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    messages.get(Boolean.TRUE.equals(external.getRequestMap()
                            .get(BerdayaAuthenticationMechanism.THROTTLED_ATTRIBUTE)) ? "login.throttled" : "login.failed"),
                    null));
        }
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + BerdayaAuthenticationMechanism.LOGIN_PAGE);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
