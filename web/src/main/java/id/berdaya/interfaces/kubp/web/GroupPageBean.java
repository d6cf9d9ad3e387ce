package id.berdaya.interfaces.kubp.web;

import id.berdaya.application.kubp.KubpCalendar;
import id.berdaya.application.kubp.KubpGroupService;
import id.berdaya.application.kubp.LoanQueryService;
import id.berdaya.domain.kubp.group.GroupDetails;
import id.berdaya.domain.kubp.group.KubpGroup;
import id.berdaya.domain.kubp.group.MemberRole;
import id.berdaya.domain.shared.InvalidInputException;
import id.berdaya.rules.MaritalStatus;
import id.berdaya.rules.Sex;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A group's page: loan officers register a group or edit it (members in rows, at least five and
 * at most twenty as the KUBP terms ask), everyone else reads it with NIKs masked; the history of
 * changes and the group's loans below.
 */
@Named
@ViewScoped
public class GroupPageBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern MEMBER_FIELD = Pattern.compile("members\\[(\\d+)]\\.(\\w+)");
    static final int MAX_MEMBERS = 20;

    @Inject
    private KubpGroupService groups;

    @Inject
    private LoanQueryService loans;

    private Long id;
    private String name;
    private String districtCode;
    private String village;
    private String businessField;
    private LocalDate foundedOn;
    private List<MemberForm> members = new ArrayList<>();
    private transient KubpGroup group;
    private List<LoanRow> loanRows = List.of();

    @PostConstruct
    void init() {
        String param = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        if (param != null && param.matches("\\d{1,18}")) {
            id = Long.valueOf(param);
            load();
        } else {
            for (int i = 0; i < 5; i++) {
                MemberForm m = new MemberForm();
                m.setRole(i == 0 ? MemberRole.CHAIR : MemberRole.MEMBER);
                members.add(m);
            }
        }
    }

    private void load() {
        try {
            group = groups.find(id);
            name = group.getName();
            districtCode = group.getDistrictCode();
            village = group.getVillage();
            businessField = group.getBusinessField();
            foundedOn = group.getFoundedOn();
            members = new ArrayList<>(group.getMembers().stream().map(MemberForm::of).toList());
            LocalDate today = KubpCalendar.today();
            loanRows = loans.ofGroup(id).stream().map(l -> new LoanRow(l, today, loans.ladder())).toList();
        } catch (RuntimeException e) {
            group = null;
            id = null;
            KubpFaces.refused(e);
        }
    }

    public void addMember() {
        if (members.size() < MAX_MEMBERS) {
            members.add(new MemberForm());
        }
    }

    public void removeMember(int index) {
        if (index >= 0 && index < members.size()) {
            members.remove(index);
        }
    }

    /** Saves and opens the saved group; a refusal is shown on the field it names. */
    public void save() {
        GroupDetails details = new GroupDetails(name, districtCode, village, businessField, foundedOn,
                members.stream().map(MemberForm::toDetails).toList());
        try {
            long saved = id == null ? groups.create(details).getId() : groups.update(id, details).getId();
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            KubpFaces.info(id == null ? "group.created" : "group.saved", name);
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/kubp/group.xhtml?id=" + saved);
        } catch (InvalidInputException e) {
            KubpFaces.refusedOn(clientId(e.getField()), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            KubpFaces.refused(e);
        }
    }

    /** The form's component for a field the domain names ("members[2].nik" → the third row's NIK). */
    static String clientId(String field) {
        if (field == null) {
            return null;
        }
        Matcher m = MEMBER_FIELD.matcher(field);
        if (m.matches()) {
            return "group:members:" + m.group(1) + ":" + m.group(2);
        }
        return switch (field) {
            case "name", "districtCode", "village", "businessField", "foundedOn" -> "group:" + field;
            default -> null;
        };
    }

    public boolean isEditable() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("LOAN_OFFICER");
    }

    public boolean isTooFewMembers() {
        return members.size() < 5;
    }

    public boolean isFull() {
        return members.size() >= MAX_MEMBERS;
    }

    public KubpGroup getGroup() { return group; }
    public List<LoanRow> getLoanRows() { return loanRows; }
    public Long getId() { return id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDistrictCode() { return districtCode; }
    public void setDistrictCode(String districtCode) { this.districtCode = districtCode; }
    public String getVillage() { return village; }
    public void setVillage(String village) { this.village = village; }
    public String getBusinessField() { return businessField; }
    public void setBusinessField(String businessField) { this.businessField = businessField; }
    public LocalDate getFoundedOn() { return foundedOn; }
    public void setFoundedOn(LocalDate foundedOn) { this.foundedOn = foundedOn; }
    public List<MemberForm> getMembers() { return members; }
    public LocalDate getToday() { return KubpCalendar.today(); }
    public MemberRole[] getRoles() { return MemberRole.values(); }
    public Sex[] getSexes() { return Sex.values(); }
    public MaritalStatus[] getMaritalStatuses() { return MaritalStatus.values(); }
}
