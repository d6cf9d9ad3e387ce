package id.berdaya.application.kubp;

import id.berdaya.application.reference.ReferenceDataService;
import id.berdaya.domain.kubp.group.GroupDetails;
import id.berdaya.domain.kubp.group.KubpGroup;
import id.berdaya.domain.kubp.group.KubpGroupRepository;
import id.berdaya.domain.region.Region;
import id.berdaya.domain.region.RegionLevel;
import id.berdaya.domain.region.RegionRepository;
import id.berdaya.domain.security.Role;
import id.berdaya.domain.shared.InvalidInputException;
import id.berdaya.domain.shared.ListOrder;
import id.berdaya.domain.shared.ListPage;
import id.berdaya.domain.shared.ListSearch;
import id.berdaya.domain.shared.Nik;
import id.berdaya.domain.shared.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/** KUBP groups: loan officers create and edit them, every member of staff reads them. */
@Stateless
public class KubpGroupService {

    private static final Logger LOG = Logger.getLogger(KubpGroupService.class.getName());

    @Inject
    private KubpGroupRepository groups;

    @Inject
    private RegionRepository regions;

    @Resource
    private SessionContext session;

    @RolesAllowed(Role.Names.LOAN_OFFICER)
    public KubpGroup create(GroupDetails details) {
        checkReferenceCodes(details);
        KubpGroup group = KubpGroup.create(details, caller(), Instant.now(), KubpCalendar.today());
        refuseMembersOfOtherBorrowingGroups(details, null);
        groups.add(group);
        LOG.info(() -> "KUBP group created by " + caller() + ": " + group.getName());
        return group;
    }

    @RolesAllowed(Role.Names.LOAN_OFFICER)
    public KubpGroup update(long id, GroupDetails details) {
        KubpGroup group = groups.find(id).orElseThrow(() -> new NotFoundException("KUBP group", id));
        checkReferenceCodes(details);
        group.update(details, caller(), Instant.now(), KubpCalendar.today());
        refuseMembersOfOtherBorrowingGroups(details, id);
        LOG.info(() -> "KUBP group " + id + " changed by " + caller());
        return group;
    }

    @RolesAllowed({Role.Names.LOAN_OFFICER, Role.Names.POLICY_STAFF, Role.Names.FINANCE_STAFF,
            Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public KubpGroup find(long id) {
        KubpGroup group = groups.find(id).orElseThrow(() -> new NotFoundException("KUBP group", id));
        group.getMembers().size();
        group.getHistory().size();
        return group;
    }

    @RolesAllowed({Role.Names.LOAN_OFFICER, Role.Names.POLICY_STAFF, Role.Names.FINANCE_STAFF,
            Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public List<KubpGroup> search(String text, String districtCode) {
        List<KubpGroup> found = groups.search(text, districtCode);
        found.forEach(g -> g.getMembers().size());
        return found;
    }

    /**
     * One page of the group list, counted and cut in the database, with each group's members
     * loaded; in the order asked for (a key of {@link KubpGroupRepository#SORT_KEYS}, else a 400 on
     * {@code sort}); a page beyond the end is empty.
     */
    @RolesAllowed({Role.Names.LOAN_OFFICER, Role.Names.POLICY_STAFF, Role.Names.FINANCE_STAFF,
            Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public ListPage<KubpGroup> page(ListSearch search, String districtCode, ListOrder order, int page, int size) {
        ListPaging.check(page, size);
        ListOrder checked = ListPaging.checked(order, KubpGroupRepository.SORT_KEYS, KubpGroupRepository.DEFAULT_ORDER);
        long total = groups.count(search, districtCode);
        long first = (long) page * size;
        List<KubpGroup> items = first >= total ? List.of() : groups.page(search, districtCode, checked, (int) first, size);
        items.forEach(g -> g.getMembers().size());
        return new ListPage<>(items, total, page, size);
    }

    /** How many groups the list finds, over all its pages. */
    @RolesAllowed({Role.Names.LOAN_OFFICER, Role.Names.POLICY_STAFF, Role.Names.FINANCE_STAFF,
            Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public long count(ListSearch search, String districtCode) {
        return groups.count(search, districtCode);
    }

    /** Every group found, in the order asked for (the REST list without page or size). */
    @RolesAllowed({Role.Names.LOAN_OFFICER, Role.Names.POLICY_STAFF, Role.Names.FINANCE_STAFF,
            Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public List<KubpGroup> all(ListSearch search, String districtCode, ListOrder order) {
        List<KubpGroup> found = groups.page(search, districtCode,
                ListPaging.checked(order, KubpGroupRepository.SORT_KEYS, KubpGroupRepository.DEFAULT_ORDER), 0, Integer.MAX_VALUE);
        found.forEach(g -> g.getMembers().size());
        return found;
    }

    /**
     * A person may belong to only one group with a loan that is not closed: entering her in a
     * second group is refused on her own field, so the officer learns it while registering, not
     * when the loan is refused.
     */
    private void refuseMembersOfOtherBorrowingGroups(GroupDetails details, Long groupId) {
        Set<String> taken = groups.niksInOtherGroupsWithOpenLoans(
                details.members().stream().map(m -> m.nik()).toList(), groupId);
        for (int i = 0; i < details.members().size(); i++) {
            String nik = details.members().get(i).nik();
            if (taken.contains(nik)) {
                String masked = Nik.of(nik).masked();
                throw new InvalidInputException("members[" + i + "].nik", "NIK " + masked + " already belongs to "
                        + "another group with an open loan: a person may be in only one borrowing group",
                        "NIK " + masked + " sudah menjadi anggota kelompok lain yang pinjamannya belum lunas: "
                                + "satu orang hanya boleh di satu kelompok peminjam");
            }
        }
    }

    private void checkReferenceCodes(GroupDetails details) {
        Region district = regions.find(details.districtCode()).orElse(null);
        if (district == null || district.getLevel() != RegionLevel.DISTRICT
                || !ReferenceDataService.KUTAI_KARTANEGARA.equals(district.getParentCode())) {
            throw new InvalidInputException("districtCode", "'" + details.districtCode()
                    + "' is not a district of Kutai Kartanegara",
                    "'" + details.districtCode() + "' bukan kecamatan di Kabupaten Kutai Kartanegara");
        }
        if (details.businessField() != null && !groups.businessFieldExists(details.businessField())) {
            throw new InvalidInputException("businessField", "'" + details.businessField()
                    + "' is not a business field code", "'" + details.businessField() + "' bukan kode bidang usaha");
        }
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
