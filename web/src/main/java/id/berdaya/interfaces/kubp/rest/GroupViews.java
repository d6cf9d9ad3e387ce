package id.berdaya.interfaces.kubp.rest;

import id.berdaya.domain.kubp.group.GroupChange;
import id.berdaya.domain.kubp.group.GroupMember;
import id.berdaya.domain.kubp.group.KubpGroup;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Groups as the API shows them; NIKs masked, as in every list. */
public final class GroupViews {

    private GroupViews() {
    }

    public record IdView(long id) {
    }

    public record MemberView(String nik, String fullName, String sex, LocalDate birthDate, String maritalStatus,
            String role, String domicileDistrictCode, String telephone) {
    }

    public record ChangeView(String kind, String changedBy, Instant changedAt, String description) {
    }

    public record GroupSummaryView(long id, String name, String districtCode, String village, String businessField,
            LocalDate foundedOn, int memberCount) {
    }

    public record GroupView(long id, String name, String districtCode, String village, String businessField,
            LocalDate foundedOn, List<MemberView> members, List<LoanViews.LoanSummaryView> loans,
            List<ChangeView> history) {
    }

    public static GroupSummaryView summary(KubpGroup g) {
        return new GroupSummaryView(g.getId(), g.getName(), g.getDistrictCode(), g.getVillage(), g.getBusinessField(),
                g.getFoundedOn(), g.getMembers().size());
    }

    public static GroupView of(KubpGroup g, List<LoanViews.LoanSummaryView> loans) {
        return new GroupView(g.getId(), g.getName(), g.getDistrictCode(), g.getVillage(), g.getBusinessField(),
                g.getFoundedOn(), g.getMembers().stream().map(GroupViews::member).toList(), loans,
                g.getHistory().stream().map(GroupViews::change).toList());
    }

    private static MemberView member(GroupMember m) {
        return new MemberView(m.getMaskedNik(), m.getFullName(), m.getSex().name(), m.getBirthDate(),
                m.getMaritalStatus().name(), m.getRole().name(), m.getDomicileDistrictCode(), m.getTelephone());
    }

    private static ChangeView change(GroupChange c) {
        return new ChangeView(c.getKind().name(), c.getChangedBy(), c.getChangedAt(), c.getDescription());
    }
}
