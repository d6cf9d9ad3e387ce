package id.berdaya.interfaces.kubp.web;

import id.berdaya.application.kubp.KubpGroupService;
import id.berdaya.domain.kubp.group.KubpGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** Finding groups by name, village, a member's name or her full NIK; exporting what was found. */
@Named
@ViewScoped
public class GroupSearchBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private KubpGroupService groups;

    private String text;
    private String districtCode;
    private List<GroupRow> rows;

    public void search() {
        String needle = text == null ? "" : text.strip();
        if (needle.length() > 100) {
            needle = needle.substring(0, 100);
        }
        String finalNeedle = needle;
        // A list the table can sort in place (a sortable column sorts the value list itself).
        rows = new java.util.ArrayList<>(found().stream().map(g -> new GroupRow(g, finalNeedle)).toList());
    }

    private List<KubpGroup> found() {
        String needle = text == null ? "" : text.strip();
        return groups.search(needle.length() > 100 ? needle.substring(0, 100) : needle,
                districtCode == null || districtCode.isBlank() ? null : districtCode);
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

    public List<GroupRow> getRows() {
        if (rows == null) {
            search();
        }
        return rows;
    }

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getDistrictCode() { return districtCode; }
    public void setDistrictCode(String districtCode) { this.districtCode = districtCode; }
}
