package id.berdaya.interfaces.wrse.web;

import id.berdaya.application.wrse.CircumstanceService;
import id.berdaya.domain.wrse.Circumstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The applicant circumstance list as a page: every staff reader sees the codes and labels; policy staff
 * add one (code, Indonesian and English label, confidential or not). A code once added stays.
 */
@Named
@RequestScoped
public class CircumstancesBean {

    @Inject
    private CircumstanceService circumstances;

    @Inject
    private FacesErrors errors;

    private String code;
    private String nameId;
    private String nameEn;
    private boolean confidential;

    public List<Circumstance> getList() {
        return circumstances.list();
    }

    public String add() {
        try {
            Circumstance added = circumstances.add(code, nameId, nameEn, confidential);
            errors.info("circumstance.added", added.code());
            return "/wrse/circumstances?faces-redirect=true";
        } catch (RuntimeException e) {
            errors.show(e, "addForm");
            return null;
        }
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getNameId() { return nameId; }
    public void setNameId(String nameId) { this.nameId = nameId; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public boolean isConfidential() { return confidential; }
    public void setConfidential(boolean confidential) { this.confidential = confidential; }
}
