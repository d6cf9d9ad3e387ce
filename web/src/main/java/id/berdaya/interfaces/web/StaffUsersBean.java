package id.berdaya.interfaces.web;

import id.berdaya.application.security.StaffAccountService;
import id.berdaya.domain.security.StaffUser;
import id.berdaya.interfaces.rest.StaffUserResource;
import id.berdaya.interfaces.i18n.LocaleBean;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

/** The administrator's list of staff accounts, searched by name, username or NIP; the table sorts its columns. */
@Named
@ViewScoped
public class StaffUsersBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StaffAccountService accounts;

    @Inject
    private LocaleBean locale;

    private String query;
    private transient List<StaffUser> users;

    public void search() {
        String q = query == null ? "" : query.strip();
        // A list the table can sort in place (a sortable column sorts the value list itself).
        users = new ArrayList<>(accounts.listAll().stream()
                .filter(u -> StaffUserResource.matches(u, q.length() > 100 ? q.substring(0, 100) : q)).toList());
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!q.isEmpty() && faces != null && faces.isPostback()) {
            String text = MessageFormat.format(ResourceBundle.getBundle(StaffUserPageBean.BUNDLE, locale.getLocale())
                    .getString("list.found"), users.size());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
        }
    }

    public List<StaffUser> getUsers() {
        if (users == null) {
            search();
        }
        return users;
    }

    public String getQuery() { return query; }
    public void setQuery(String query) { this.query = query; }
}
