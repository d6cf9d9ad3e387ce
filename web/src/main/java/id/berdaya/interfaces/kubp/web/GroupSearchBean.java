package id.berdaya.interfaces.kubp.web;

import id.berdaya.application.kubp.KubpGroupService;
import id.berdaya.application.kubp.ListPaging;
import id.berdaya.domain.kubp.group.KubpGroup;
import id.berdaya.domain.kubp.group.KubpGroupRepository;
import id.berdaya.domain.shared.InvalidInputException;
import id.berdaya.domain.shared.ListPage;
import id.berdaya.domain.shared.ListSearch;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/**
 * Finding groups by name, village, a member's name or her full NIK, one page at a time from the
 * database (counted, sorted and cut there); exporting everything that was found.
 */
@Named
@ViewScoped
public class GroupSearchBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The table's sortable columns (the row's property) and the list's sort key for each. */
    private static final Map<String, String> SORT_KEYS = Map.of(
            "name", "name",
            "village", "village",
            "districtCode", "district",
            "memberCount", "members");

    @Inject
    private KubpGroupService groups;

    private String text;
    private String districtCode;
    private ListSearch search;

    private final LazyDataModel<GroupRow> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) groups.count(search, district());
        }

        @Override
        public List<GroupRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            int size = Math.max(1, Math.min(pageSize, ListPaging.MAX_PAGE_SIZE));
            ListPage<KubpGroup> page = groups.page(search, district(),
                    TableSort.order(sortBy, SORT_KEYS, KubpGroupRepository.DEFAULT_ORDER), first / size, size);
            setRowCount((int) page.total());
            String needle = search == null ? "" : text.strip();
            return page.items().stream().map(g -> new GroupRow(g, needle)).toList();
        }

        @Override
        public String getRowKey(GroupRow row) {
            return Long.toString(row.getId());
        }
    };

    /** The search button: checks the text (a refusal is shown beside it), says how many were found; the table reloads. */
    public void search() {
        try {
            search = ListSearch.of(text);
        } catch (InvalidInputException e) {
            search = null;
            KubpFaces.refusedOn("search:q", e);
            return;
        }
        if (search != null) {
            KubpFaces.info("groups.found", groups.count(search, district()));
        }
    }

    private String district() {
        return districtCode == null || districtCode.isBlank() ? null : districtCode;
    }

    /** What the export holds: every group the text in the box finds (the last search's when the text is refused). */
    private List<KubpGroup> found() {
        ListSearch typed;
        try {
            typed = ListSearch.of(text);
        } catch (InvalidInputException e) {
            typed = search;
        }
        return groups.all(typed, district(), KubpGroupRepository.DEFAULT_ORDER);
    }

    public StreamedContent getCsv() {
        byte[] bytes = GroupExport.csv(found());
        return DefaultStreamedContent.builder().name("kelompok-kubp.csv").contentType("text/csv; charset=UTF-8")
                .contentLength((long) bytes.length).stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public StreamedContent getXlsx() {
        byte[] bytes = GroupExport.xlsx(found());
        return DefaultStreamedContent.builder().name("kelompok-kubp.xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .contentLength((long) bytes.length).stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public LazyDataModel<GroupRow> getRows() {
        return rows;
    }

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getDistrictCode() { return districtCode; }
    public void setDistrictCode(String districtCode) { this.districtCode = districtCode; }
}
