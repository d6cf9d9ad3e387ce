package id.berdaya.interfaces.kubp.web;

import id.berdaya.domain.kubp.group.GroupMember;
import id.berdaya.domain.kubp.group.KubpGroup;
import id.berdaya.domain.kubp.group.MemberRole;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A group in the search results; members that matched the search are named with masked NIKs. */
public class GroupRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String name;
    private final String districtCode;
    private final String village;
    private final String businessField;
    private final int memberCount;
    private final String chair;
    private final String matchedMembers;

    GroupRow(KubpGroup g, String needle) {
        this.id = g.getId();
        this.name = g.getName();
        this.districtCode = g.getDistrictCode();
        this.village = g.getVillage();
        this.businessField = g.getBusinessField();
        this.memberCount = g.getMembers().size();
        this.chair = g.getMembers().stream().filter(m -> m.getRole() == MemberRole.CHAIR)
                .map(GroupMember::getFullName).findFirst().orElse("");
        List<GroupMember> matched = needle == null || needle.isBlank() ? List.of()
                : g.getMembers().stream().filter(m -> m.getNik().equals(needle.strip())
                        || m.getFullName().toLowerCase(Locale.ROOT).contains(needle.strip().toLowerCase(Locale.ROOT)))
                        .toList();
        this.matchedMembers = matched.stream().map(m -> m.getFullName() + " (" + m.getMaskedNik() + ")")
                .collect(Collectors.joining(", "));
    }

    public long getId() { return id; }
    public String getName() { return name; }
    public String getDistrictCode() { return districtCode; }
    public String getVillage() { return village; }
    public String getBusinessField() { return businessField; }
    public int getMemberCount() { return memberCount; }
    public String getChair() { return chair; }
    public String getMatchedMembers() { return matchedMembers; }
}
