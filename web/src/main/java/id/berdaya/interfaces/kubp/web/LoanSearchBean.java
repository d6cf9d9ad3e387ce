package id.berdaya.interfaces.kubp.web;

import id.berdaya.application.kubp.KubpCalendar;
import id.berdaya.application.kubp.LoanQueryService;
import id.berdaya.domain.kubp.loan.LoanStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/** Finding a loan: by group name, village or loan number, optionally by status. */
@Named
@ViewScoped
public class LoanSearchBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LoanQueryService query;

    @Size(max = 100)
    private String text;

    private LoanStatus status;

    private List<LoanRow> rows;

    public void search() {
        LocalDate today = KubpCalendar.today();
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        rows = query.list(status == null ? EnumSet.noneOf(LoanStatus.class) : EnumSet.of(status)).stream()
                .map(loan -> new LoanRow(loan, today, query.ladder()))
                .filter(row -> needle.isEmpty() || String.valueOf(row.getId()).equals(needle)
                        || row.getGroupName().toLowerCase(Locale.ROOT).contains(needle)
                        || row.getVillage().toLowerCase(Locale.ROOT).contains(needle))
                .toList();
    }

    public List<LoanRow> getRows() {
        if (rows == null) {
            search();
        }
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
