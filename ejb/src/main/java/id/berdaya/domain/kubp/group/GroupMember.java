package id.berdaya.domain.kubp.group;

import id.berdaya.domain.shared.KeepsHistory;
import id.berdaya.domain.shared.Nik;
import id.berdaya.rules.MaritalStatus;
import id.berdaya.rules.Sex;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A woman in a KUBP group. Part of the group aggregate: created and replaced only through it. */
@KeepsHistory
@Entity
@Table(name = "kubp_group_member")
public class GroupMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 16)
    private String nik;

    @Column(name = "full_name", nullable = false, length = 150)
    private String fullName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 1)
    private Sex sex;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "marital_status", nullable = false, length = 10)
    private MaritalStatus maritalStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "member_role", nullable = false, length = 10)
    private MemberRole role;

    @Column(name = "domicile_district_code", length = 6)
    private String domicileDistrictCode;

    @Column(length = 16)
    private String telephone;

    protected GroupMember() {
        // for JPA
    }

    GroupMember(MemberDetails details) {
        this.nik = details.nik();
        update(details);
    }

    /** Everything but the NIK, which identifies her within the group. */
    void update(MemberDetails details) {
        this.fullName = details.fullName().strip();
        this.sex = details.sex();
        this.birthDate = details.birthDate();
        this.maritalStatus = details.maritalStatus();
        this.role = details.role();
        this.domicileDistrictCode = details.domicileDistrictCode();
        this.telephone = Telephone.normalise("telephone", details.telephone());
    }

    public MemberDetails details() {
        return new MemberDetails(nik, fullName, sex, birthDate, maritalStatus, role, domicileDistrictCode, telephone);
    }

    public Long getId() {
        return id;
    }

    public String getNik() {
        return nik;
    }

    /** As lists show it: the full NIK only where the member's record is open. */
    public String getMaskedNik() {
        return Nik.of(nik).masked();
    }

    public String getFullName() {
        return fullName;
    }

    public Sex getSex() {
        return sex;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public MaritalStatus getMaritalStatus() {
        return maritalStatus;
    }

    public MemberRole getRole() {
        return role;
    }

    /** In +62 form, or null when not recorded. */
    public String getTelephone() {
        return telephone;
    }

    public String getDomicileDistrictCode() {
        return domicileDistrictCode;
    }
}
