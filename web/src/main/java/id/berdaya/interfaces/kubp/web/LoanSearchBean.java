package id.berdaya.interfaces.kubp.web;

import id.berdaya.application.kubp.KubpCalendar;
import id.berdaya.application.kubp.KubpGroupService;
import id.berdaya.application.kubp.LoanQueryService;
import id.berdaya.domain.kubp.group.KubpGroup;
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
import java.util.Set;
import java.util.stream.Collectors;

/** Finding a loan: by group name, village, loan number, a member's name or her full NIK, optionally by status. */
@Named
@ViewScoped
public class LoanSearchBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LoanQueryService query;

    @Inject
    private KubpGroupService groups;

    @Size(max = 100)
    private String text;

    private LoanStatus status;

    private List<LoanRow> rows;

    public void search() {
        LocalDate today = KubpCalendar.today();
        String stripped = text == null ? "" : text.strip();
        String needle = stripped.length() > 100 ? stripped.substring(0, 100).toLowerCase(Locale.ROOT) : stripped.toLowerCase(Locale.ROOT);
        // A member's name or her full NIK finds her group's loans (the group search knows the members).
        Set<Long> groupsFound = needle.isEmpty() ? Set.of()
                : groups.search(needle, null).stream().map(KubpGroup::getId).collect(Collectors.toSet());
        // A list the table can sort in place (a sortable column sorts the value list itself).
        rows = new java.util.ArrayList<>(query.list(status == null ? EnumSet.noneOf(LoanStatus.class) : EnumSet.of(status)).stream()
                .map(loan -> new LoanRow(loan, today, query.ladder()))
                .filter(row -> needle.isEmpty() || String.valueOf(row.getId()).equals(needle)
                        || row.getGroupName().toLowerCase(Locale.ROOT).contains(needle)
                        || row.getVillage().toLowerCase(Locale.ROOT).contains(needle)
                        || groupsFound.contains(row.getGroupId()))
                .toList());
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
