package id.berdaya.interfaces.web;

import id.berdaya.application.security.StaffAccountService;
import id.berdaya.domain.security.StaffUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The administrator's list of staff accounts. */
@Named
@RequestScoped
public class StaffUsersBean {

    @Inject
    private StaffAccountService accounts;

    private List<StaffUser> users;

    public List<StaffUser> getUsers() {
        if (users == null) {
            users = accounts.listAll();
        }
        return users;
    }
}
