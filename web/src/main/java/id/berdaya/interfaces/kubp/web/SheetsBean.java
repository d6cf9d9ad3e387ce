package id.berdaya.interfaces.kubp.web;

import id.berdaya.application.kubp.CollectionSheetService;
import id.berdaya.application.kubp.KubpCalendar;
import id.berdaya.domain.kubp.sheet.CollectionSheet;
import id.berdaya.domain.shared.InvalidInputException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/** Opening a collection sheet for a district or a field officer's groups and a meeting date. */
@Named
@ViewScoped
public class SheetsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CollectionSheetService sheets;

    private String districtCode;
    private String fieldOfficer;
    private LocalDate meetingDate = KubpCalendar.today();
    private transient List<CollectionSheet> latest;

    public void open() {
        try {
            CollectionSheet sheet = sheets.open(districtCode, fieldOfficer, meetingDate);
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            KubpFaces.info("sheet.opened", sheet.getRows().size());
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/kubp/sheet.xhtml?id=" + sheet.getId());
        } catch (InvalidInputException e) {
            KubpFaces.refusedOn(switch (e.getField()) {
                case "meetingDate" -> "open:meetingDate";
                case "districtCode" -> "open:districtCode";
                default -> null;
            }, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            KubpFaces.refused(e);
        }
    }

    public List<CollectionSheet> getLatest() {
        if (latest == null) {
            latest = sheets.latest();
        }
        return latest;
    }

    public String getDistrictCode() { return districtCode; }
    public void setDistrictCode(String districtCode) { this.districtCode = districtCode; }
    public String getFieldOfficer() { return fieldOfficer; }
    public void setFieldOfficer(String fieldOfficer) { this.fieldOfficer = fieldOfficer; }
    public LocalDate getMeetingDate() { return meetingDate; }
    public void setMeetingDate(LocalDate meetingDate) { this.meetingDate = meetingDate; }
}
