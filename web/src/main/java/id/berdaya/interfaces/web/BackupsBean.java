package id.berdaya.interfaces.web;

import id.berdaya.application.backup.BackupService;
import id.berdaya.infrastructure.backup.BackupInfo;
import id.berdaya.interfaces.i18n.LocaleBean;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.ResourceBundle;

/** The supervisor's backup page: the last backups, the schedule, and "back up now". */
@Named
@RequestScoped
public class BackupsBean {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** One backup as the page shows it (EL reads getters, not record accessors). */
    public static final class Row {
        private final BackupInfo info;
        private final String trigger;

        Row(BackupInfo info, String trigger) {
            this.info = info;
            this.trigger = trigger;
        }

        public String getFileName() { return info.fileName(); }
        public String getCreatedAt() { return WHEN.format(info.createdAt().atZone(ZoneId.systemDefault())); }
        public String getDatabase() { return info.database(); }
        public String getSchemaVersion() { return info.schemaVersion(); }
        public String getSize() { return String.format("%,.1f MB", info.sizeBytes() / 1_048_576.0); }
        public String getCreatedBy() { return info.createdBy(); }
        public String getTrigger() { return trigger; }
        public int getDocuments() { return info.documents(); }
    }

    @Inject
    private BackupService backups;

    @Inject
    private LocaleBean locale;

    private List<Row> rows;
    private BackupService.Schedule schedule;

    public List<Row> getBackups() {
        if (rows == null) {
            rows = backups.recent().stream().map(b -> new Row(b, text("backups.trigger." + b.trigger()))).toList();
        }
        return rows;
    }

    public Row getLast() {
        return getBackups().isEmpty() ? null : getBackups().get(0);
    }

    public String getSchedule() {
        BackupService.Schedule s = schedule();
        return s.nightly() ? text("backups.nightlyOn", s.at(), s.keep()) : text("backups.nightlyOff");
    }

    public String getDirectory() {
        return schedule().directory();
    }

    private BackupService.Schedule schedule() {
        if (schedule == null) {
            schedule = backups.schedule();
        }
        return schedule;
    }

    public void backUpNow() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            BackupInfo made = backups.backUpNow();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text("backups.made", made.fileName()), null));
        } catch (EJBException | UncheckedIOException e) {
            Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
            String reason = cause.getCause() != null ? cause.getCause().getMessage() : cause.getMessage();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text("backups.failed", reason), null));
        }
        rows = null;
    }

    private String text(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle("id.berdaya.interfaces.i18n.messages", locale.getLocale()).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale.getLocale()).format(arguments);
    }
}
