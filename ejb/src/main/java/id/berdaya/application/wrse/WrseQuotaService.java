package id.berdaya.application.wrse;

import id.berdaya.domain.region.Region;
import id.berdaya.domain.region.RegionRepository;
import id.berdaya.domain.security.Role;
import id.berdaya.domain.shared.NotFoundException;
import id.berdaya.domain.shared.Rupiah;
import id.berdaya.domain.wrse.Inputs;
import id.berdaya.domain.wrse.RegencyQuota;
import id.berdaya.domain.wrse.RegencyQuotaRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/** The yearly WRSE quota per regency (recipients and budget), set by supervisors or policy staff. */
@Stateless
@RolesAllowed({Role.Names.LOAN_OFFICER, Role.Names.SUPERVISOR, Role.Names.POLICY_STAFF})
public class WrseQuotaService {

    private static final Logger LOG = Logger.getLogger(WrseQuotaService.class.getName());

    @Resource
    private SessionContext context;

    @Inject
    private RegencyQuotaRepository quotas;

    @Inject
    private RegionRepository regions;

    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.POLICY_STAFF})
    public RegencyQuota set(String regencyCode, int year, int recipients, long budget) {
        regions.find(regencyCode).filter(Region::isRegencyOrCity)
                .orElseThrow(() -> new NotFoundException("Regency", regencyCode));
        Inputs.check(budget >= 0, "budget", "budget cannot be negative", "anggaran tidak boleh negatif");
        String by = context.getCallerPrincipal().getName();
        Optional<RegencyQuota> existing = quotas.find(regencyCode, year);
        RegencyQuota quota = existing.orElseGet(() -> new RegencyQuota(regencyCode, year, recipients, Rupiah.of(budget),
                by, Instant.now()));
        if (existing.isPresent()) {
            quota.change(recipients, Rupiah.of(budget), by, Instant.now());
        } else {
            quotas.add(quota);
        }
        LOG.info(() -> "WRSE quota " + regencyCode + "/" + year + ": " + recipients + " recipients, " + Rupiah.of(budget));
        return quota;
    }

    public Optional<RegencyQuota> find(String regencyCode, int year) {
        return quotas.find(regencyCode, year);
    }

    public List<RegencyQuota> forYear(int year) {
        return quotas.forYear(year);
    }
}
