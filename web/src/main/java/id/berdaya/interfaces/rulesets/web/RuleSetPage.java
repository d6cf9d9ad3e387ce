package id.berdaya.interfaces.rulesets.web;

import id.berdaya.domain.rules.RuleSetKind;
import id.berdaya.domain.shared.DomainException;
import id.berdaya.domain.shared.NotFoundException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.function.Supplier;

/** What the rule-set pages share: the rule set named in the URL, and turning refusals into messages. */
abstract class RuleSetPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    protected RuleSetTexts texts;

    private String ruleSet = RuleSetKind.WRSE_ELIGIBILITY.slug();

    public String getRuleSet() {
        return ruleSet;
    }

    public void setRuleSet(String ruleSet) {
        this.ruleSet = ruleSet;
    }

    /**
     * Reads the rule set (and whatever else the page needs) from the URL when the view is created;
     * the view-scoped bean keeps it for the postbacks. (The shared layout has no metadata slot for
     * view parameters.)
     */
    @PostConstruct
    void readUrl() {
        String named = param("ruleSet");
        if (named != null) {
            ruleSet = RuleSetKind.parse(named).orElseThrow(() -> new NotFoundException("Rule set", "?")).slug();
        }
        fromUrl();
        // A version the URL does not name (missing, malformed or unknown number) is the 404 page and a
        // role the service refuses the 403 page (PageErrorFilter), never a page without its record.
        try {
            load();
        } catch (NotFoundException | EJBAccessException e) {
            throw e;
        } catch (DomainException e) {
            texts.error(e);
        }
    }

    /** Reads the page's own URL parameters; called before {@link #load()}. */
    protected void fromUrl() {
    }

    public abstract void load();

    protected static String param(String name) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    }

    protected static int intParam(String name) {
        String value = param(name);
        return value != null && value.matches("\\d{1,9}") ? Integer.parseInt(value) : 0;
    }

    public RuleSetKind getKind() {
        return kind();
    }

    protected RuleSetKind kind() {
        return RuleSetKind.parse(ruleSet).orElse(RuleSetKind.WRSE_ELIGIBILITY);
    }

    /** Runs an action; a refusal becomes a message and the answer null. */
    protected <T> T attempt(Supplier<T> action) {
        try {
            return action.get();
        } catch (DomainException e) {
            texts.error(e);
        } catch (EJBAccessException e) {
            texts.warn("rs.notAllowed");
        }
        return null;
    }

    /** Runs an action; a refusal becomes a message and the answer false. */
    protected boolean succeeds(Runnable action) {
        return attempt(() -> {
            action.run();
            return Boolean.TRUE;
        }) != null;
    }
}
