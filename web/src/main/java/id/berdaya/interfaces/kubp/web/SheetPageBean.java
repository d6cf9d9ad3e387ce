package id.berdaya.interfaces.kubp.web;

import id.berdaya.application.kubp.CollectionSheetService;
import id.berdaya.application.kubp.KubpCalendar;
import id.berdaya.domain.kubp.sheet.CollectionSheet;
import id.berdaya.domain.kubp.sheet.SheetEntry;
import id.berdaya.domain.shared.DomainException;
import id.berdaya.domain.shared.InvalidInputException;
import id.berdaya.domain.kubp.sheet.SheetRowRefusedException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * A collection sheet's page: print it for the meeting, then enter what each group paid (amount,
 * receipt number, attendance) and post every entered row in one action, all or none.
 */
@Named
@ViewScoped
public class SheetPageBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern ROW_FIELD = Pattern.compile("rows\\[(\\d+)](?:\\.(\\w+))?");

    @Inject
    private CollectionSheetService sheets;

    @Inject
    private CollectionSheetPdf pdf;

    private Long id;
    private LocalDate meetingDate;
    private String scope;
    private long totalToCollect;
    private long totalPaid;
    private List<SheetEntryForm> rows = List.of();

    @PostConstruct
    void init() {
        String param = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        if (param != null && param.matches("\\d{1,18}")) {
            id = Long.valueOf(param);
            load();
        }
        if (id == null) {
            KubpFaces.recordMissing();
        }
    }

    private void load() {
        try {
            CollectionSheet sheet = sheets.find(id);
            meetingDate = sheet.getMeetingDate();
            scope = sheet.getDistrictCode() != null ? sheet.getDistrictCode() : sheet.getFieldOfficer();
            totalToCollect = sheet.totalToCollect();
            totalPaid = sheet.totalPaid();
            rows = sheet.getRows().stream().map(SheetEntryForm::new).toList();
        } catch (RuntimeException e) {
            id = null;
            KubpFaces.refused(e);
        }
    }

    public void post() {
        List<SheetEntry> entries = new ArrayList<>();
        List<Integer> rowIndexes = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            SheetEntry entry = rows.get(i).toEntry();
            if (entry != null) {
                entries.add(entry);
                rowIndexes.add(i);
            }
        }
        if (entries.isEmpty()) {
            KubpFaces.info("sheet.nothingEntered");
            return;
        }
        try {
            long posted = sheets.post(id, entries).stream().filter(p -> !p.replayed()).count();
            KubpFaces.info("sheet.posted", posted, entries.size() - posted);
            load();
        } catch (InvalidInputException e) {
            KubpFaces.refusedOn(clientId(e.getField(), rowIndexes), e);
        } catch (SheetRowRefusedException e) {
            KubpFaces.refusedOn(clientId(e.getField(), rowIndexes), e);
        } catch (DomainException e) {
            KubpFaces.refused(e);
        }
    }

    /** "rows[2].amount" of the submitted entries → the amount field of that row on the page. */
    private static String clientId(String field, List<Integer> rowIndexes) {
        Matcher m = ROW_FIELD.matcher(field == null ? "" : field);
        if (!m.matches()) {
            return null;
        }
        int submitted = Integer.parseInt(m.group(1));
        if (submitted >= rowIndexes.size()) {
            return null;
        }
        String input = m.group(2) == null || m.group(2).equals("key") || m.group(2).equals("loanId")
                ? "amount" : m.group(2);
        return "entries:rows:" + rowIndexes.get(submitted) + ":" + input;
    }

    public StreamedContent getPdf() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String base = external.getRequestScheme() + "://" + external.getRequestServerName() + ":"
                + external.getRequestServerPort() + external.getRequestContextPath() + "/";
        byte[] bytes = pdf.render(sheets.find(id), base);
        return DefaultStreamedContent.builder().name("lembar-penagihan-" + id + ".pdf").contentType("application/pdf")
                .contentLength((long) bytes.length).stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public boolean isPostable() {
        return meetingDate != null && !meetingDate.isAfter(KubpCalendar.today())
                && FacesContext.getCurrentInstance().getExternalContext().isUserInRole("FINANCE_STAFF");
    }

    public Long getId() { return id; }
    public LocalDate getMeetingDate() { return meetingDate; }
    public String getScope() { return scope; }
    public long getTotalToCollect() { return totalToCollect; }
    public long getTotalPaid() { return totalPaid; }
    public List<SheetEntryForm> getRows() { return rows; }
}
