package id.berdaya.interfaces.wrse.web;

import id.berdaya.application.wrse.AppealDetails;
import id.berdaya.application.wrse.AppealService;
import id.berdaya.application.wrse.ApplicantDetails;
import id.berdaya.application.wrse.WrseQueryService;
import id.berdaya.domain.shared.DomainException;
import id.berdaya.domain.wrse.RegistryEntry;
import id.berdaya.domain.wrse.WrseApplication;
import id.berdaya.domain.wrse.WrseProgramme;
import id.berdaya.domain.wrse.appeal.Appeal;
import id.berdaya.domain.wrse.appeal.AppealGround;
import id.berdaya.domain.wrse.appeal.RuleSetChoice;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The appeal page: with {@code application} a loan officer records an appeal against that application's
 * decision letter; with {@code id} it shows the appeal, and a supervisor who took no part in the
 * decision re-screens it under the rules he chooses and prints the answer.
 */
@Named
@ViewScoped
public class AppealBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "appealForm";
    private static final List<String> REGISTRIES = List.of("DTKS", "P3KE", "DTSEN", "REGSOSEK");

    @Inject
    private AppealService appeals;

    @Inject
    private WrseQueryService queries;

    @Inject
    private FacesErrors errors;

    private Long id;
    private Long applicationId;
    private transient Appeal appeal;
    private transient WrseApplication application;
    private transient List<Appeal> ofApplication;

    private LocalDate lodgedOn = WrseProgramme.today(Instant.now());
    private AppealGround ground;
    private String grounds;
    private String newFacts;
    private boolean correctRegistries;
    private List<RegistryCorrection> registryRows;
    private String registry;
    private String correction;
    private RuleSetChoice choice;
    private String note;

    public Appeal getAppeal() {
        if (appeal == null && id != null) {
            appeal = appeals.find(id);
        }
        return appeal;
    }

    public WrseApplication getApplication() {
        if (application == null) {
            Long of = getAppeal() != null ? Long.valueOf(getAppeal().getApplicationId()) : applicationId;
            application = of == null ? null : queries.find(of);
        }
        return application;
    }

    /** The registries as the application lists them, for the officer to correct. */
    public List<RegistryCorrection> getRegistryRows() {
        if (registryRows == null) {
            registryRows = new ArrayList<>();
            List<RegistryEntry> listed = getApplication() == null ? List.of() : getApplication().getRegistries();
            for (String name : REGISTRIES) {
                RegistryEntry entry = listed.stream().filter(r -> r.getRegistry().equals(name)).findFirst().orElse(null);
                registryRows.add(new RegistryCorrection(name, entry != null, entry == null ? null : entry.getDecile()));
            }
        }
        return registryRows;
    }

    public String lodge() {
        try {
            List<ApplicantDetails.Registry> registries = correctRegistries ? getRegistryRows().stream()
                    .filter(RegistryCorrection::isListed)
                    .map(r -> new ApplicantDetails.Registry(r.getName(), r.getDecile(), null)).toList() : null;
            Appeal lodged = appeals.lodge(applicationId, new AppealDetails(lodgedOn, ground, grounds, newFacts, registries,
                    null, null, registry, correction));
            errors.info("appeal.lodged", lodged.getId());
            return "/wrse/appeal?faces-redirect=true&id=" + lodged.getId();
        } catch (DomainException | jakarta.ejb.EJBAccessException e) {
            errors.show(e, FORM);
            return null;
        }
    }

    public void decide() {
        try {
            appeal = appeals.decide(id, choice, note);
            application = null;
            errors.info("appeal.decided", appeal.getId());
        } catch (DomainException | jakarta.ejb.EJBAccessException e) {
            errors.show(e, "decisionForm");
        }
    }

    /** The appeals against an application's decision letter, for its page. */
    public List<Appeal> ofApplication(long applicationId) {
        if (ofApplication == null) {
            ofApplication = appeals.ofApplication(applicationId);
        }
        return ofApplication;
    }

    public boolean isOverdue() {
        return getAppeal() != null && getAppeal().isOverdue(WrseProgramme.today(Instant.now()));
    }

    public AppealGround[] getGrounds() {
        return AppealGround.values();
    }

    public RuleSetChoice[] getChoices() {
        return RuleSetChoice.values();
    }

    public List<String> getRegistryNames() {
        return REGISTRIES;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public void setApplicationId(Long applicationId) {
        this.applicationId = applicationId;
    }

    public LocalDate getLodgedOn() {
        return lodgedOn;
    }

    public void setLodgedOn(LocalDate lodgedOn) {
        this.lodgedOn = lodgedOn;
    }

    public AppealGround getGround() {
        return ground;
    }

    public void setGround(AppealGround ground) {
        this.ground = ground;
    }

    public String getGroundsText() {
        return grounds;
    }

    public void setGroundsText(String grounds) {
        this.grounds = grounds;
    }

    public String getNewFacts() {
        return newFacts;
    }

    public void setNewFacts(String newFacts) {
        this.newFacts = newFacts;
    }

    public boolean isCorrectRegistries() {
        return correctRegistries;
    }

    public void setCorrectRegistries(boolean correctRegistries) {
        this.correctRegistries = correctRegistries;
    }

    public String getRegistry() {
        return registry;
    }

    public void setRegistry(String registry) {
        this.registry = registry;
    }

    public String getCorrection() {
        return correction;
    }

    public void setCorrection(String correction) {
        this.correction = correction;
    }

    public RuleSetChoice getChoice() {
        return choice;
    }

    public void setChoice(RuleSetChoice choice) {
        this.choice = choice;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
