package id.berdaya.interfaces.wrse.web;

import id.berdaya.application.wrse.WrseIntakeService;
import id.berdaya.application.wrse.WrseQueryService;
import id.berdaya.domain.wrse.WrseApplication;
import id.berdaya.interfaces.web.CurrentUser;
import id.berdaya.interfaces.web.NikAccessLog;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The intake form: records a new application, or corrects one (?id=), then either keeps it as a
 * draft or submits it at once and opens the decision page.
 */
@Named
@ViewScoped
public class IntakeBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "intake";

    @Inject
    private WrseIntakeService intake;

    @Inject
    private WrseQueryService queries;

    @Inject
    private FacesErrors errors;

    @Inject
    private CurrentUser user;

    private Long id;
    private IntakeForm form = new IntakeForm();
    // issue 16: "start an application" from a targeting run's candidate (?fromRun=&rank=)
    private Long fromRun;
    private Integer rank;

    @Inject
    private id.berdaya.application.registry.TargetingService targeting;

    /** Loads the application to correct when the page is opened with ?id=. */
    public void load() {
        if (id != null && form.getNik() == null) {
            form = IntakeForm.of(queries.find(id));
            NikAccessLog.viewed(user.getUsername(), "page", "wrse-application/" + id + "/intake");
        } else if (fromRun != null && rank != null && form.getNik() == null) {
            try {
                form = RegistryPrefill.of(targeting.candidateFacts(fromRun, rank));
                NikAccessLog.viewed(user.getUsername(), "page", "targeting-run/" + fromRun + "/rank/" + rank);
            } catch (RuntimeException e) {
                errors.show(e, "intake");
            }
        }
    }

    public String saveDraft() {
        WrseApplication saved = save();
        if (saved == null) {
            return null;
        }
        errors.info("intake.saved", saved.getId());
        return "/wrse/application?faces-redirect=true&id=" + saved.getId();
    }

    public String saveAndSubmit() {
        WrseApplication saved = save();
        if (saved == null) {
            return null;
        }
        try {
            intake.submit(saved.getId());
        } catch (RuntimeException e) {
            errors.show(e, FORM);
        }
        return "/wrse/application?faces-redirect=true&id=" + saved.getId();
    }

    private WrseApplication save() {
        try {
            WrseApplication saved = id == null ? intake.record(form.toDetails()) : intake.correct(id, form.toDetails());
            id = saved.getId();
            return saved;
        } catch (RuntimeException e) {
            errors.show(e, FORM);
            return null;
        }
    }

    /** The district list follows the chosen regency. */
    public void regencyChanged() {
        form.setDistrictCode(null);
    }

    public boolean isCorrection() {
        return id != null;
    }

    public Long getFromRun() {
        return fromRun;
    }

    public void setFromRun(Long fromRun) {
        this.fromRun = fromRun;
    }

    public Integer getRank() {
        return rank;
    }

    public void setRank(Integer rank) {
        this.rank = rank;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public IntakeForm getForm() {
        return form;
    }
}
