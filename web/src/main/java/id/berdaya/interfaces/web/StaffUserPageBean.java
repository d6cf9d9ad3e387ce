package id.berdaya.interfaces.web;

import id.berdaya.application.reference.ReferenceDataService;
import id.berdaya.application.security.StaffAccountDetails;
import id.berdaya.application.security.StaffAccountService;
import id.berdaya.domain.region.Region;
import id.berdaya.domain.security.Role;
import id.berdaya.domain.security.StaffUser;
import id.berdaya.domain.security.StaffUserChange;
import id.berdaya.interfaces.i18n.LocaleBean;
import id.berdaya.interfaces.security.AccountStanding;
import id.berdaya.interfaces.wrse.web.FacesErrors;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.ResourceBundle;

/**
 * An administrator's page for one staff account ({@code admin/user.xhtml?username=…}), or for a new
 * one (no parameter): details and roles, the first password of a new account, disabling and
 * enabling, a new password, and the account's history. The services refuse bad values naming the
 * field, which the page shows beside it.
 */
@Named
@ViewScoped
public class StaffUserPageBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String BUNDLE = "id.berdaya.interfaces.i18n.users";

    @Inject
    private StaffAccountService accounts;

    @Inject
    private ReferenceDataService referenceData;

    @Inject
    private AccountStanding standing;

    @Inject
    private FacesErrors errors;

    @Inject
    private LocaleBean locale;

    private String username;
    private boolean existing;
    private long version;
    private boolean active;
    private String fullName;
    private String nip;
    private String regencyCode;
    private String districtCode;
    private List<String> roles = new ArrayList<>();
    private String password;
    private String newPassword;
    private List<StaffUserChange> history = List.of();

    @PostConstruct
    void init() {
        String param = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("username");
        if (param != null) {
            existing = true;
            username = param;
            load();
        }
    }

    /** An unknown username is the 404 page (the service's NotFoundException). */
    private void load() {
        StaffUser user = accounts.get(username);
        version = user.getVersion();
        active = user.isActive();
        fullName = user.getFullName();
        nip = user.getNip();
        regencyCode = user.getRegencyCode();
        districtCode = user.getDistrictCode();
        roles = new ArrayList<>(user.getRoles().stream().map(Role::name).sorted().toList());
        history = accounts.history(username);
    }

    public void save() {
        StaffAccountDetails details = new StaffAccountDetails(username, fullName, nip, regencyCode, districtCode, roleSet());
        try {
            if (existing) {
                accounts.update(username, version, details);
                standing.forget(username);
                done("user.saved", username);
            } else {
                StaffUser created = accounts.create(details, password == null ? new char[0] : password.toCharArray());
                done("user.created", created.getUsername());
            }
        } catch (RuntimeException e) {
            errors.show(e, "user");
        } finally {
            password = null;
        }
    }

    public void disable() {
        changeStatus(false);
    }

    public void enable() {
        changeStatus(true);
    }

    private void changeStatus(boolean to) {
        try {
            accounts.setActive(username, version, to);
            standing.forget(username);
            done(to ? "user.enabled" : "user.disabled", username);
        } catch (RuntimeException e) {
            errors.show(e, "status");
        }
    }

    public void resetPassword() {
        try {
            accounts.resetPassword(username, version, newPassword == null ? new char[0] : newPassword.toCharArray());
            standing.forget(username);
            done("user.resetDone", username);
        } catch (RuntimeException e) {
            errors.show(e, "reset");
        } finally {
            newPassword = null;
        }
    }

    /** A confirmation on the account's page, opened again so that it shows what is stored now. */
    private void done(String key, String who) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, who), null));
        try {
            external.redirect(external.getRequestContextPath() + "/admin/user.xhtml?username=" + who);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(String key, Object... arguments) {
        return MessageFormat.format(ResourceBundle.getBundle(BUNDLE, locale.getLocale()).getString(key), arguments);
    }

    private EnumSet<Role> roleSet() {
        EnumSet<Role> set = EnumSet.noneOf(Role.class);
        roles.forEach(r -> set.add(Role.valueOf(r)));
        return set;
    }

    /** When a change was made, in the programme's time (WITA). */
    public String when(StaffUserChange change) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(change.getChangedAt().atZone(id.berdaya.application.kubp.KubpCalendar.ZONE)) + " WITA";
    }

    public List<String> getAllRoles() {
        return java.util.Arrays.stream(Role.values()).map(Role::name).toList();
    }

    public List<Region> getRegencies() {
        return referenceData.regencies();
    }

    /** The districts of the chosen regency, for the district menu (none without a regency). */
    public List<Region> getDistricts() {
        return regencyCode == null || regencyCode.isBlank() ? List.of() : referenceData.districtsOf(regencyCode);
    }

    /** Another regency: a district of the former one no longer fits. */
    public void regencyChanged() {
        if (getDistricts().stream().noneMatch(d -> d.getCode().equals(districtCode))) {
            districtCode = null;
        }
    }

    public boolean isExisting() { return existing; }
    public boolean isActive() { return active; }
    public List<StaffUserChange> getHistory() { return history; }
    public String getUsername() { return username; }
    public void setUsername(String username) { if (!existing) { this.username = username; } }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getNip() { return nip; }
    public void setNip(String nip) { this.nip = nip; }
    public String getRegencyCode() { return regencyCode; }
    public void setRegencyCode(String regencyCode) { this.regencyCode = regencyCode; }
    public String getDistrictCode() { return districtCode; }
    public void setDistrictCode(String districtCode) { this.districtCode = districtCode; }
    public List<String> getRoles() { return roles; }
    public void setRoles(List<String> roles) { this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles); }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
}
