package id.berdaya.interfaces.wrse.web;

import id.berdaya.application.wrse.ApplicationPage;
import id.berdaya.application.wrse.WrseQueryService;
import id.berdaya.domain.wrse.ApplicationStatus;
import id.berdaya.domain.wrse.WrseApplicationRepository;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The application list, filtered by regency, district, status and year, one page at a time from the database. */
@Named
@ViewScoped
public class ApplicationListBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private WrseQueryService queries;

    private String regencyCode;
    private String districtCode;
    private ApplicationStatus status;
    private Integer year = java.time.LocalDate.now(id.berdaya.domain.wrse.WrseProgramme.ZONE).getYear();

    private final LazyDataModel<ApplicationRow> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) queries.list(filter(), 0, 1).total();
        }

        @Override
        public List<ApplicationRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            int size = Math.min(pageSize, WrseQueryService.MAX_PAGE_SIZE);
            ApplicationPage page = queries.list(filter(), first / size, size);
            setRowCount((int) page.total());
            return page.items().stream().map(ApplicationRow::new).toList();
        }

        @Override
        public String getRowKey(ApplicationRow row) {
            return Long.toString(row.getId());
        }
    };

    private WrseApplicationRepository.Filter filter() {
        return new WrseApplicationRepository.Filter(blank(regencyCode), blank(districtCode), status, year);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public void regencyChanged() {
        districtCode = null;
    }

    public LazyDataModel<ApplicationRow> getRows() { return rows; }
    public String getRegencyCode() { return regencyCode; }
    public void setRegencyCode(String regencyCode) { this.regencyCode = regencyCode; }
    public String getDistrictCode() { return districtCode; }
    public void setDistrictCode(String districtCode) { this.districtCode = districtCode; }
    public ApplicationStatus getStatus() { return status; }
    public void setStatus(ApplicationStatus status) { this.status = status; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
}
