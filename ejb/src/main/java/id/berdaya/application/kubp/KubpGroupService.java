package id.berdaya.application.kubp;

import id.berdaya.application.reference.ReferenceDataService;
import id.berdaya.domain.kubp.group.GroupDetails;
import id.berdaya.domain.kubp.group.KubpGroup;
import id.berdaya.domain.kubp.group.KubpGroupRepository;
import id.berdaya.domain.kubp.loan.LoanRepository;
import id.berdaya.domain.kubp.loan.LoanStatus;
import id.berdaya.domain.region.Region;
import id.berdaya.domain.region.RegionLevel;
import id.berdaya.domain.region.RegionRepository;
import id.berdaya.domain.security.Role;
import id.berdaya.domain.shared.InvalidInputException;
import id.berdaya.domain.shared.NotFoundException;
import id.berdaya.domain.shared.StateConflictException;
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
    private LoanRepository loans;

    @Inject
    private RegionRepository regions;

    @Resource
    private SessionContext session;

    @RolesAllowed(Role.Names.LOAN_OFFICER)
    public KubpGroup create(GroupDetails details) {
        checkReferenceCodes(details);
        KubpGroup group = KubpGroup.create(details, caller(), Instant.now(), KubpCalendar.today());
        groups.add(group);
        LOG.info(() -> "KUBP group created by " + caller() + ": " + group.getName());
        return group;
    }

    @RolesAllowed(Role.Names.LOAN_OFFICER)
    public KubpGroup update(long id, GroupDetails details) {
        KubpGroup group = groups.find(id).orElseThrow(() -> new NotFoundException("KUBP group", id));
        checkReferenceCodes(details);
        group.update(details, caller(), Instant.now(), KubpCalendar.today());
        boolean borrowing = loans.findByGroup(id).stream().anyMatch(l -> LoanStatus.OPEN.contains(l.getStatus()));
        if (borrowing) {
            // A person may be in only one group with a loan that is not closed.
            Set<String> taken = groups.niksInOtherGroupsWithOpenLoans(group.memberNiks(), id);
            if (!taken.isEmpty()) {
                throw new StateConflictException(taken.size() + " member(s) already belong to another group with "
                        + "an open loan", taken.size() + " anggota sudah tergabung di kelompok lain yang pinjamannya aktif");
            }
        }
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
