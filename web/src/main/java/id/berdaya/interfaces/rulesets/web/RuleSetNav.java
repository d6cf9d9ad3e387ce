package id.berdaya.interfaces.rulesets.web;

import id.berdaya.domain.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

/** The way into the rule-set pages from the shared layout and home page, for the roles they serve. */
@Named
@RequestScoped
public class RuleSetNav {

    @Inject
    private SecurityContext security;

    @Inject
    private RuleSetTexts texts;

    public boolean isVisible() {
        return security.isCallerInRole(Role.Names.POLICY_STAFF) || security.isCallerInRole(Role.Names.SUPERVISOR);
    }

    public String getLabel() {
        return texts.get("rs.nav");
    }

    public String getTileLabel() {
        return texts.get("rs.tile");
    }
}
