package id.berdaya.interfaces.kubp.web;

import id.berdaya.application.kubp.KubpCalendar;
import id.berdaya.application.kubp.ListPaging;
import id.berdaya.application.kubp.LoanQueryService;
import id.berdaya.domain.kubp.ledger.ArrearsLadder;
import id.berdaya.domain.kubp.loan.Loan;
import id.berdaya.domain.kubp.loan.LoanRepository;
import id.berdaya.domain.kubp.loan.LoanStatus;
import id.berdaya.domain.shared.InvalidInputException;
import id.berdaya.domain.shared.ListPage;
import id.berdaya.domain.shared.ListSearch;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Finding a loan: by group name, village, loan number, a member's name or her full NIK, optionally
 * by status; counted, sorted and cut into pages in the database, one page at a time.
 */
@Named
@ViewScoped
public class LoanSearchBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The table's sortable columns (the row's property) and the list's sort key for each. */
    private static final Map<String, String> SORT_KEYS = Map.of(
            "id", "id",
            "groupName", "group",
            "districtCode", "district",
            "status", "status",
            "principal", "principal",
            "disbursedOn", "disbursed");

    @Inject
    private LoanQueryService query;

    private String text;
    private LoanStatus status;
    private ListSearch search;

    private final LazyDataModel<LoanRow> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) query.count(filter());
        }

        @Override
        public List<LoanRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            int size = Math.max(1, Math.min(pageSize, ListPaging.MAX_PAGE_SIZE));
            ListPage<Loan> page = query.page(filter(), TableSort.order(sortBy, SORT_KEYS, LoanRepository.DEFAULT_ORDER),
                    first / size, size);
            setRowCount((int) page.total());
            LocalDate today = KubpCalendar.today();
            ArrearsLadder ladder = query.ladder();
            return page.items().stream().map(loan -> new LoanRow(loan, today, ladder)).toList();
        }

        @Override
        public String getRowKey(LoanRow row) {
            return Long.toString(row.getId());
        }
    };

    /** The search button: checks the text (a refusal is shown beside it), says how many were found; the table reloads. */
    public void search() {
        try {
            search = ListSearch.of(text);
        } catch (InvalidInputException e) {
            search = null;
            KubpFaces.refusedOn("search:q", e);
            return;
        }
        if (search != null) {
            KubpFaces.info("loans.found", query.count(filter()));
        }
    }

    private LoanRepository.Filter filter() {
        return new LoanRepository.Filter(status == null ? EnumSet.noneOf(LoanStatus.class) : EnumSet.of(status), search);
    }

    public LazyDataModel<LoanRow> getRows() {
        return rows;
    }

    public LoanStatus[] getStatuses() {
        return LoanStatus.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public LoanStatus getStatus() {
        return status;
    }

    public void setStatus(LoanStatus status) {
        this.status = status;
    }
}
