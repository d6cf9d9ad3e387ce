package id.berdaya.interfaces.kubp.web;

import id.berdaya.application.kubp.KubpCalendar;
import id.berdaya.application.kubp.ReminderService;
import id.berdaya.application.kubp.ReminderService.Reminder;
import id.berdaya.domain.shared.DomainException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The reminder list for a district and date: printable, and as CSV for an SMS or WhatsApp gateway. */
@Named
@ViewScoped
public class ReminderPageBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReminderService reminders;

    private String districtCode;
    private LocalDate date = KubpCalendar.today();
    private Integer days = 7;
    private List<ReminderRow> rows = List.of();

    /** A reminder for the table; EL reads getters. */
    public static final class ReminderRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Reminder r;
        private final String message;

        ReminderRow(Reminder r) {
            this.r = r;
            this.message = ReminderCsv.message(r);
        }

        public String getKind() { return r.kind().name(); }
        public long getLoanId() { return r.loanId(); }
        public String getGroupName() { return r.groupName(); }
        public String getVillage() { return r.village(); }
        public String getChairName() { return r.chairName(); }
        public String getChairTelephone() { return r.chairTelephone(); }
        public LocalDate getDueDate() { return r.dueDate(); }
        public long getAmount() { return r.amount(); }
        public long getDaysPastDue() { return r.daysPastDue(); }
        public String getMessage() { return message; }
    }

    private List<Reminder> found() {
        return reminders.list(districtCode, date, days == null ? 7 : days);
    }

    public void show() {
        try {
            rows = found().stream().map(ReminderRow::new).toList();
        } catch (DomainException e) {
            rows = List.of();
            KubpFaces.refused(e);
        }
    }

    public StreamedContent getCsv() {
        byte[] bytes = ReminderCsv.of(found());
        return DefaultStreamedContent.builder().name("pengingat-" + districtCode + "-" + date + ".csv")
                .contentType("text/csv; charset=UTF-8").contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public String getDistrictCode() { return districtCode; }
    public void setDistrictCode(String districtCode) { this.districtCode = districtCode; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public Integer getDays() { return days; }
    public void setDays(Integer days) { this.days = days; }
    public List<ReminderRow> getRows() { return rows; }
}
