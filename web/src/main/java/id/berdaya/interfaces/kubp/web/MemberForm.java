package id.berdaya.interfaces.kubp.web;

import id.berdaya.domain.kubp.group.GroupMember;
import id.berdaya.domain.kubp.group.MemberDetails;
import id.berdaya.domain.kubp.group.MemberRole;
import id.berdaya.rules.MaritalStatus;
import id.berdaya.rules.Sex;
import java.io.Serializable;
import java.time.LocalDate;

/** One member's row on the group form, as the officer types it. */
public class MemberForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String nik;
    private String fullName;
    private Sex sex = Sex.F;
    private LocalDate birthDate;
    private MaritalStatus maritalStatus = MaritalStatus.MARRIED;
    private MemberRole role = MemberRole.MEMBER;
    private String telephone;
    private String domicileDistrictCode;

    static MemberForm of(GroupMember m) {
        MemberForm f = new MemberForm();
        f.nik = m.getNik();
        f.fullName = m.getFullName();
        f.sex = m.getSex();
        f.birthDate = m.getBirthDate();
        f.maritalStatus = m.getMaritalStatus();
        f.role = m.getRole();
        f.telephone = m.getTelephone();
        f.domicileDistrictCode = m.getDomicileDistrictCode();
        return f;
    }

    MemberDetails toDetails() {
        return new MemberDetails(nik == null ? null : nik.strip(), fullName, sex, birthDate, maritalStatus, role,
                domicileDistrictCode == null || domicileDistrictCode.isBlank() ? null : domicileDistrictCode,
                telephone);
    }

    public String getNik() { return nik; }
    public void setNik(String nik) { this.nik = nik; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public Sex getSex() { return sex; }
    public void setSex(Sex sex) { this.sex = sex; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
    public MaritalStatus getMaritalStatus() { return maritalStatus; }
    public void setMaritalStatus(MaritalStatus maritalStatus) { this.maritalStatus = maritalStatus; }
    public MemberRole getRole() { return role; }
    public void setRole(MemberRole role) { this.role = role; }
    public String getTelephone() { return telephone; }
    public void setTelephone(String telephone) { this.telephone = telephone; }
    public String getDomicileDistrictCode() { return domicileDistrictCode; }
    public void setDomicileDistrictCode(String domicileDistrictCode) { this.domicileDistrictCode = domicileDistrictCode; }
}
