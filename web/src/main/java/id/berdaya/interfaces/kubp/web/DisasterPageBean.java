package id.berdaya.interfaces.kubp.web;

import id.berdaya.application.kubp.DisasterReliefService;
import id.berdaya.application.kubp.DisasterReliefService.Relief;
import id.berdaya.application.kubp.DisasterReliefService.ReliefPortfolio;
import id.berdaya.application.kubp.KubpCalendar;
import id.berdaya.domain.kubp.disaster.Disaster;
import id.berdaya.domain.kubp.disaster.DisasterArea;
import id.berdaya.domain.kubp.disaster.DisasterType;
import id.berdaya.domain.kubp.loan.Loan;
import id.berdaya.domain.kubp.loan.ScheduleRevision;
import id.berdaya.domain.shared.InvalidInputException;
import id.berdaya.interfaces.reports.VerificationLinks;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Disasters: a supervisor declares one (type, districts or villages, start, moratorium, decree) and
 * every loan of the area is relieved at once; a disaster's page shows the relieved loans' old and
 * new schedules, the relief letters and the portfolio with and without them.
 */
@Named
@ViewScoped
public class DisasterPageBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DisasterReliefService relief;

    private DisasterType type = DisasterType.FLOOD;
    private String description;
    private List<String> districts = new ArrayList<>();
    private String villages;
    private LocalDate startDate;
    private Integer moratoriumMonths = 3;
    private String decreeNumber;
    private Long id;
    private transient Disaster disaster;
    private List<RelievedRow> relieved = List.of();
    private transient ReliefPortfolio portfolio;

    /** A relieved loan with its schedules as text, for the table. */
    public static final class RelievedRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long loanId;
        private final long groupId;
        private final String groupName;
        private final String village;
        private final String oldSchedule;
        private final String newSchedule;

        RelievedRow(Loan loan, ScheduleRevision revision) {
            this.loanId = loan.getId();
            this.groupId = loan.getGroup().getId();
            this.groupName = loan.getGroup().getName();
            this.village = loan.getGroup().getVillage();
            this.oldSchedule = revision.replacedSchedule().installments().stream().map(i -> i.dueDate().toString())
                    .collect(Collectors.joining(", "));
            this.newSchedule = revision.proposedSchedule().installments().stream().map(i -> i.dueDate().toString())
                    .collect(Collectors.joining(", "));
        }

        public long getLoanId() { return loanId; }
        public long getGroupId() { return groupId; }
        public String getGroupName() { return groupName; }
        public String getVillage() { return village; }
        public String getOldSchedule() { return oldSchedule; }
        public String getNewSchedule() { return newSchedule; }
    }

    @PostConstruct
    void init() {
        String param = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        if (param != null && param.matches("\\d{1,18}")) {
            id = Long.valueOf(param);
            try {
                disaster = relief.find(id);
                long disasterId = id;
                relieved = relief.relievedLoans(id).stream().map(l -> new RelievedRow(l, l.getRevisions().stream()
                        .filter(r -> Long.valueOf(disasterId).equals(r.getDisasterId())).findFirst().orElseThrow()))
                        .toList();
                portfolio = relief.portfolio(id, KubpCalendar.today());
            } catch (RuntimeException e) {
                id = null;
                KubpFaces.refused(e);
            }
        }
        // The bean also serves the list of disasters (declare), which names no record.
        FacesContext faces = FacesContext.getCurrentInstance();
        if (disaster == null && faces.getViewRoot() != null && "/kubp/disaster.xhtml".equals(faces.getViewRoot().getViewId())) {
            KubpFaces.recordMissing();
        }
    }

    public void declare() {
        List<String> villageNames = villages == null ? List.of() : Arrays.stream(villages.split("[,\\n]"))
                .map(String::strip).filter(v -> !v.isEmpty()).toList();
        List<DisasterArea> areas = new ArrayList<>();
        if (!villageNames.isEmpty() && districts.size() != 1) {
            KubpFaces.refusedOn("declare:villages", new InvalidInputException("villages",
                    "villages can be named for one district at a time", "Desa hanya dapat diisi untuk satu kecamatan"));
            return;
        }
        for (String district : districts) {
            if (villageNames.isEmpty()) {
                areas.add(new DisasterArea(district, null));
            } else {
                villageNames.forEach(v -> areas.add(new DisasterArea(district, v)));
            }
        }
        try {
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                    .getRequest();
            Relief done = relief.declare(type, description, areas, startDate,
                    moratoriumMonths == null ? 0 : moratoriumMonths, decreeNumber, VerificationLinks.base(request));
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            KubpFaces.info("disaster.declared", done.revisions().size(), done.lettersByGroup().size());
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/kubp/disaster.xhtml?id=" + done.disaster().getId());
        } catch (InvalidInputException e) {
            String field = e.getField() == null ? "" : e.getField();
            KubpFaces.refusedOn(field.startsWith("areas") ? "declare:districts" : switch (field) {
                case "startDate" -> "declare:startDate";
                case "moratoriumMonths" -> "declare:moratoriumMonths";
                case "decreeNumber" -> "declare:decreeNumber";
                default -> null;
            }, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            KubpFaces.refused(e);
        }
    }

    @Inject
    private ReliefLetterPdf letters;

    /** The group's relief letter, downloaded through the page (the page's login, not the API's). */
    public org.primefaces.model.StreamedContent letter(long groupId) {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        byte[] bytes = letters.render(id, groupId, VerificationLinks.base(request));
        return org.primefaces.model.DefaultStreamedContent.builder().name("keringanan-" + id + "-" + groupId + ".pdf")
                .contentType("application/pdf").contentLength((long) bytes.length)
                .stream(() -> new java.io.ByteArrayInputStream(bytes)).build();
    }

    public List<Disaster> getAll() {
        return relief.all();
    }

    public String areaText(Disaster d) {
        return d.getAreas().stream().map(a -> a.getDistrictCode() + (a.getVillage() == null ? "" : " " + a.getVillage()))
                .collect(Collectors.joining("; "));
    }

    public DisasterType[] getTypes() { return DisasterType.values(); }
    public LocalDate getToday() { return KubpCalendar.today(); }
    public DisasterType getType() { return type; }
    public void setType(DisasterType type) { this.type = type; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public List<String> getDistricts() { return districts; }
    public void setDistricts(List<String> districts) { this.districts = districts == null ? new ArrayList<>() : districts; }
    public String getVillages() { return villages; }
    public void setVillages(String villages) { this.villages = villages; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public Integer getMoratoriumMonths() { return moratoriumMonths; }
    public void setMoratoriumMonths(Integer moratoriumMonths) { this.moratoriumMonths = moratoriumMonths; }
    public String getDecreeNumber() { return decreeNumber; }
    public void setDecreeNumber(String decreeNumber) { this.decreeNumber = decreeNumber; }
    public Long getId() { return id; }
    public Disaster getDisaster() { return disaster; }
    public List<RelievedRow> getRelieved() { return relieved; }
    public ReliefPortfolio getPortfolio() { return portfolio; }
}
