package id.berdaya.domain.kubp.group;

import id.berdaya.domain.shared.KeepsHistory;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A KUBP group (Kelompok Usaha Bersama Perempuan): name, district, village, business field,
 * founding date and its members. Changes go through {@link #update}, which keeps the members'
 * rows (matched by NIK) and appends a history entry saying what was there before.
 */
@KeepsHistory
@Entity
@Table(name = "kubp_group")
public class KubpGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 150)
    private String name;

    @Column(name = "district_code", nullable = false, length = 6)
    private String districtCode;

    @Column(nullable = false, length = 100)
    private String village;

    @Column(name = "business_field", nullable = false, length = 20)
    private String businessField;

    @Column(name = "founded_on", nullable = false)
    private LocalDate foundedOn;

    @Column(name = "created_by", nullable = false, length = 50, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "group_id", nullable = false)
    @OrderBy("id")
    private List<GroupMember> members = new ArrayList<>();

    @OneToMany(mappedBy = "group", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<GroupChange> history = new ArrayList<>();

    protected KubpGroup() {
        // for JPA
    }

    /** A new group; the details are validated here, the reference codes by the caller. */
    public static KubpGroup create(GroupDetails details, String createdBy, Instant at, LocalDate today) {
        details.validate(today);
        KubpGroup group = new KubpGroup();
        group.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        group.createdAt = at;
        group.apply(details);
        group.history.add(new GroupChange(group, GroupChange.Kind.CREATED, createdBy, at, details.describe()));
        return group;
    }

    /** Replaces the group's details; members keep their records when their NIK stays. */
    public void update(GroupDetails details, String changedBy, Instant at, LocalDate today) {
        details.validate(today);
        String before = details().describe();
        apply(details);
        history.add(new GroupChange(this, GroupChange.Kind.UPDATED, changedBy, at,
                "before: " + before + " | after: " + details.describe()));
    }

    private void apply(GroupDetails details) {
        this.name = details.name().strip();
        this.districtCode = details.districtCode();
        this.village = details.village().strip();
        this.businessField = details.businessField();
        this.foundedOn = details.foundedOn();
        Map<String, MemberDetails> wanted = details.members().stream()
                .collect(Collectors.toMap(MemberDetails::nik, Function.identity()));
        members.removeIf(member -> !wanted.containsKey(member.getNik()));
        for (GroupMember member : members) {
            member.update(wanted.remove(member.getNik()));
        }
        details.members().stream()
                .filter(m -> wanted.containsKey(m.nik()))
                .forEach(m -> members.add(new GroupMember(m)));
    }

    public GroupDetails details() {
        return new GroupDetails(name, districtCode, village, businessField, foundedOn,
                members.stream().map(GroupMember::details).toList());
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDistrictCode() {
        return districtCode;
    }

    public String getVillage() {
        return village;
    }

    public String getBusinessField() {
        return businessField;
    }

    public LocalDate getFoundedOn() {
        return foundedOn;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public List<GroupMember> getMembers() {
        return Collections.unmodifiableList(members);
    }

    public List<String> memberNiks() {
        return members.stream().map(GroupMember::getNik).toList();
    }

    public List<GroupChange> getHistory() {
        return Collections.unmodifiableList(history);
    }
}
