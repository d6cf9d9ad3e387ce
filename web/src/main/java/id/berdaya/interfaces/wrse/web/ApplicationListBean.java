package id.berdaya.interfaces.wrse.web;

import id.berdaya.application.wrse.ApplicationPage;
import id.berdaya.application.wrse.WrseQueryService;
import id.berdaya.domain.shared.InvalidInputException;
import id.berdaya.domain.shared.ListOrder;
import id.berdaya.domain.shared.ListSearch;
import id.berdaya.domain.wrse.ApplicationStatus;
import id.berdaya.domain.wrse.WrseApplicationRepository;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The application list, filtered by regency, district, status and year, searched by an applicant's
 * NIK (exactly) or part of her name, sorted by a column: one page at a time from the database.
 */
@Named
@ViewScoped
public class ApplicationListBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The table's sortable columns (the row's property) and the list's sort key for each. */
    private static final Map<String, String> SORT_KEYS = Map.of(
            "id", "id",
            "fullName", "name",
            "regencyCode", "regency",
            "districtCode", "district",
            "applicationDate", "date",
            "status", "status",
            "decision", "decision",
            "priorityScore", "score");

    @Inject
    private WrseQueryService queries;

    @Inject
    private FacesErrors errors;

    private String regencyCode;
    private String districtCode;
    private ApplicationStatus status;
    private Integer year = java.time.LocalDate.now(id.berdaya.domain.wrse.WrseProgramme.ZONE).getYear();
    private String query;
    private ListSearch search;

    private final LazyDataModel<ApplicationRow> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) queries.list(filter(), 0, 1).total();
        }

        @Override
        public List<ApplicationRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            int size = Math.min(pageSize, WrseQueryService.MAX_PAGE_SIZE);
            ApplicationPage page = queries.list(filter(), order(sortBy), first / size, size);
            setRowCount((int) page.total());
            return page.items().stream().map(ApplicationRow::new).toList();
        }

        @Override
        public String getRowKey(ApplicationRow row) {
            return Long.toString(row.getId());
        }
    };

    /** The "Show" button: checks the search text (a refusal is shown beside it) before the table reloads. */
    public void show() {
        try {
            search = ListSearch.of(query);
        } catch (InvalidInputException e) {
            search = null;
            errors.show(e, "list");
            return;
        }
        if (search != null) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    MessageFormat.format(errors.text("list.found"), queries.list(filter(), 0, 1).total()), null));
        }
    }

    private WrseApplicationRepository.Filter filter() {
        return new WrseApplicationRepository.Filter(blank(regencyCode), blank(districtCode), status, year, search);
    }

    /** The clicked column's order; a column without a sort key keeps the default (newest first). */
    private static ListOrder order(Map<String, SortMeta> sortBy) {
        if (sortBy != null) {
            for (SortMeta meta : sortBy.values()) {
                String key = SORT_KEYS.get(field(meta));
                if (key != null && meta.getOrder() != SortOrder.UNSORTED) {
                    return new ListOrder(key, meta.getOrder() == SortOrder.DESCENDING);
                }
            }
        }
        return WrseApplicationRepository.DEFAULT_ORDER;
    }

    /** The row property a column sorts by: its field, or the property in its sortBy expression ("#{a.fullName}"). */
    private static String field(SortMeta meta) {
        if (meta.getField() != null && SORT_KEYS.containsKey(meta.getField())) {
            return meta.getField();
        }
        if (meta.getSortBy() == null) {
            return meta.getField();
        }
        String expression = meta.getSortBy().getExpressionString();
        int dot = expression.lastIndexOf('.');
        return dot < 0 ? meta.getField() : expression.substring(dot + 1).replace("}", "").strip();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public void regencyChanged() {
        districtCode = null;
    }

    public LazyDataModel<ApplicationRow> getRows() { return rows; }
    public String getRegencyCode() { return regencyCode; }
    public void setRegencyCode(String regencyCode) { this.regencyCode = regencyCode; }
    public String getDistrictCode() { return districtCode; }
    public void setDistrictCode(String districtCode) { this.districtCode = districtCode; }
    public ApplicationStatus getStatus() { return status; }
    public void setStatus(ApplicationStatus status) { this.status = status; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public String getQuery() { return query; }
    public void setQuery(String query) { this.query = query; }
}
