package id.berdaya.interfaces.registry.web;

import id.berdaya.application.registry.TargetingService;
import id.berdaya.application.registry.TargetingService.CandidatePage;
import id.berdaya.domain.shared.DomainException;
import id.berdaya.domain.shared.ListOrder;
import id.berdaya.domain.shared.ListSearch;
import id.berdaya.interfaces.wrse.web.FacesErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One targeting run's ranked candidates, a page at a time, each with "start an application"; found
 * by exact NIK or part of a name and sorted by a column ({@code ?q=&sort=}), each keeping her rank.
 */
@Named
@ViewScoped
public class RunCandidatesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TargetingService targeting;

    @Inject
    private FacesErrors errors;

    private Long run;
    private int page = 1;
    private String districtCode;
    private String q;
    private String sort;
    private transient CandidatePage loaded;

    public void load() {
        if (run != null) {
            try {
                loaded = targeting.candidates(run, districtCode, ListSearch.of(q),
                        ListOrder.parse(sort, TargetingService.CANDIDATE_SORT_KEYS, ListOrder.ascending("rank")), Math.max(page, 1));
            } catch (DomainException e) {
                loaded = null;
                errors.show(e, "search");
            }
        }
    }

    public List<Row> getRows() {
        List<Row> rows = new ArrayList<>();
        if (loaded != null) {
            for (TargetingService.CandidateView c : loaded.items()) {
                rows.add(new Row(c.rank(), c));
            }
        }
        return rows;
    }

    /** The sort a column heading asks for: its key, or the same key descending when the list is sorted by it already. */
    public String nextSort(String key) {
        String current = sort == null || sort.isBlank() ? "rank" : sort;
        return key.equals(current) ? "-" + key : key;
    }


    public long getTotal() {
        return loaded == null ? 0 : loaded.total();
    }

    public boolean isHasNext() {
        return loaded != null && (long) loaded.page() * loaded.pageSize() < loaded.total();
    }

    /** A candidate as a table row. */
    public static final class Row {
        private final int rank;
        private final TargetingService.CandidateView c;

        Row(int rank, TargetingService.CandidateView c) {
            this.rank = rank;
            this.c = c;
        }

        public int getRank() { return rank; }
        public String getNik() { return c.nikMasked(); }
        public String getName() { return c.fullName(); }
        public String getDistrict() { return c.districtName() != null ? c.districtName() : c.districtCode(); }
        public String getVillage() { return c.villageCode(); }
        public int getScore() { return c.score(); }
        public String getToCheck() { return String.join(", ", c.toCheck()); }
    }

    public Long getRun() { return run; }
    public void setRun(Long run) { this.run = run; }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = page; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getSort() { return sort; }
    public void setSort(String sort) { this.sort = sort; }
    public String getDistrictCode() { return districtCode; }
    public void setDistrictCode(String districtCode) { this.districtCode = districtCode; }
}
