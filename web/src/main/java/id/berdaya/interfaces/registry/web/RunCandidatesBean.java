package id.berdaya.interfaces.registry.web;

import id.berdaya.application.registry.TargetingService;
import id.berdaya.application.registry.TargetingService.CandidatePage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** One targeting run's ranked candidates, a page at a time, each with "start an application". */
@Named
@ViewScoped
public class RunCandidatesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TargetingService targeting;

    private Long run;
    private int page = 1;
    private String districtCode;
    private transient CandidatePage loaded;

    public void load() {
        if (run != null) {
            loaded = targeting.candidates(run, districtCode, Math.max(page, 1));
        }
    }

    public List<Row> getRows() {
        List<Row> rows = new ArrayList<>();
        if (loaded != null) {
            int rank = (loaded.page() - 1) * loaded.pageSize();
            for (TargetingService.CandidateView c : loaded.items()) {
                rows.add(new Row(++rank, c));
            }
        }
        return rows;
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
    public String getDistrictCode() { return districtCode; }
    public void setDistrictCode(String districtCode) { this.districtCode = districtCode; }
}
