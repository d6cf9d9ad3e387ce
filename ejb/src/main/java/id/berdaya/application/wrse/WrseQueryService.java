package id.berdaya.application.wrse;

import id.berdaya.domain.region.Region;
import id.berdaya.domain.region.RegionRepository;
import id.berdaya.domain.security.Role;
import id.berdaya.domain.shared.ListOrder;
import id.berdaya.domain.shared.Nik;
import id.berdaya.domain.shared.NotFoundException;
import id.berdaya.domain.wrse.ApplicationDocument;
import id.berdaya.domain.wrse.DocumentKind;
import id.berdaya.domain.wrse.Inputs;
import id.berdaya.domain.wrse.WrseApplication;
import id.berdaya.domain.wrse.WrseApplicationRepository;
import id.berdaya.domain.wrse.WrseRanking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** Reading applications: one with its decision history, lists, an applicant's history, the ranking. */
@Stateless
@RolesAllowed({Role.Names.LOAN_OFFICER, Role.Names.SUPERVISOR, Role.Names.POLICY_STAFF})
public class WrseQueryService {

    public static final int MAX_PAGE_SIZE = 100;

    @Inject
    private WrseApplicationRepository applications;

    @Inject
    private WrseQuotaService quotas;

    @Inject
    private RegionRepository regions;

    public WrseApplication find(long id) {
        return applications.findComplete(id).orElseThrow(() -> new NotFoundException("WRSE application", id));
    }

    public ApplicationPage list(WrseApplicationRepository.Filter filter, int page, int size) {
        return list(filter, WrseApplicationRepository.DEFAULT_ORDER, page, size);
    }

    /** One page in the order asked for (a key of {@link WrseApplicationRepository#SORT_KEYS}, else a 400 on {@code sort}). */
    public ApplicationPage list(WrseApplicationRepository.Filter filter, ListOrder order, int page, int size) {
        Inputs.check(page >= 0, "page", "page must be 0 or more", "halaman harus 0 atau lebih");
        Inputs.check(size >= 1 && size <= MAX_PAGE_SIZE, "size", "size must be 1 to " + MAX_PAGE_SIZE,
                "ukuran halaman harus 1 sampai " + MAX_PAGE_SIZE);
        ListOrder checked = order == null ? WrseApplicationRepository.DEFAULT_ORDER
                : ListOrder.parse(order.text(), WrseApplicationRepository.SORT_KEYS, WrseApplicationRepository.DEFAULT_ORDER);
        return new ApplicationPage(applications.list(filter, checked, page * size, size), applications.count(filter), page, size);
    }

    /** Every application of one applicant, across years, newest first. */
    public List<WrseApplication> applicantHistory(String nik) {
        return applications.findByNik(Nik.of(nik).value());
    }

    public RankingResult ranking(String regencyCode, int year) {
        Region regency = regions.find(regencyCode).filter(Region::isRegencyOrCity)
                .orElseThrow(() -> new NotFoundException("Regency", regencyCode));
        var quota = quotas.find(regencyCode, year).orElse(null);
        return new RankingResult(regencyCode, regency.getName(), year, quota,
                WrseRanking.rank(applications.eligible(regencyCode, year), quota));
    }

    public ScanContent scan(long id, DocumentKind kind) {
        ApplicationDocument document = find(id).getDocuments().stream()
                .filter(d -> d.getKind() == kind && d.isHasScan()).findFirst()
                .orElseThrow(() -> new NotFoundException("Scan of " + kind + " for application", id));
        byte[] content = applications.findScan(document.getScanId())
                .orElseThrow(() -> new NotFoundException("Scan", document.getScanId())).getContent();
        return new ScanContent(document.getFileName(), document.getContentType(), content);
    }
}
