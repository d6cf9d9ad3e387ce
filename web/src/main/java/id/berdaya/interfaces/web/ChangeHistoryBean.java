package id.berdaya.interfaces.web;

import id.berdaya.application.audit.ChangeHistory;
import id.berdaya.domain.shared.InvalidInputException;
import id.berdaya.interfaces.i18n.LocaleBean;
import jakarta.enterprise.context.RequestScoped;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The change history page: filters from the query string (so a filtered view can be bookmarked and
 * shared), 50 changes a page, newest first.
 */
@Named
@RequestScoped
public class ChangeHistoryBean {

    static final String BUNDLE = "id.berdaya.interfaces.i18n.audit";
    private static final int PAGE_SIZE = 50;
    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss");

    @Inject
    private ChangeHistory history;

    @Inject
    private LocaleBean locale;

    private String entity;
    private String recordId;
    private String changedBy;
    private String from;
    private String to;
    private String page;
    private ChangeHistory.Page result = new ChangeHistory.Page(List.of(), 0, 0, PAGE_SIZE);

    private String problem;

    /** Reads the filter from the query string and runs the search; a refused filter becomes {@link #getProblem()}. */
    @PostConstruct
    void load() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        entity = blankless(parameters.get("entity"));
        recordId = blankless(parameters.get("recordId"));
        changedBy = blankless(parameters.get("changedBy"));
        from = blankless(parameters.get("from"));
        to = blankless(parameters.get("to"));
        page = blankless(parameters.get("page"));
        try {
            int number = page == null ? 0 : ChangeHistory.number("page", page);
            result = history.find(ChangeHistory.Filter.of(entity, recordId, changedBy, from, to), number, PAGE_SIZE);
        } catch (InvalidInputException e) {
            String label = text(e.getField());
            problem = label + ": " + ("en".equals(locale.getLanguage()) ? e.getMessage() : e.getMessageId());
        }
    }

    /** Why the filter was refused, naming the field by its label; null when it was not. */
    public String getProblem() {
        return problem;
    }



    private static String blankless(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public ChangeHistory.Page getResult() {
        return result;
    }

    public List<String> getEntities() {
        return history.entities();
    }

    public String entityLabel(String name) {
        return text("entity." + name);
    }

    public String actionLabel(String action) {
        return text("action." + action);
    }

    public String shown(Instant at) {
        return SHOWN.format(at.atZone(WITA));
    }

    public String getPageText() {
        long pages = Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        return MessageFormat.format(text("pageOf"), result.page() + 1, pages);
    }

    public boolean isHasPrevious() {
        return result.page() > 0;
    }

    public boolean isHasNext() {
        return (long) (result.page() + 1) * PAGE_SIZE < result.total();
    }

    private String text(String key) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale.getLocale()).getString(key);
        } catch (MissingResourceException e) {
            return key.substring(key.indexOf('.') + 1);
        }
    }

    public String getEntity() {
        return entity;
    }


    public String getRecordId() {
        return recordId;
    }


    public String getChangedBy() {
        return changedBy;
    }


    public String getFrom() {
        return from;
    }


    public String getTo() {
        return to;
    }


    public String getPage() {
        return page;
    }

}
