package id.berdaya.interfaces.kubp.web;

import id.berdaya.application.reference.ReferenceDataService;
import id.berdaya.application.reports.IssuingOffice;
import id.berdaya.domain.kubp.sheet.CollectionSheet;
import id.berdaya.domain.kubp.sheet.CollectionSheetRow;
import id.berdaya.domain.region.Region;
import id.berdaya.interfaces.reports.PdfRendering;
import id.berdaya.reports.kubp.CollectionSheetDocument;
import id.berdaya.reports.kubp.CollectionSheetLine;
import id.berdaya.reports.letter.LetterIssue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;

/**
 * A collection sheet as the PDF a field officer takes to the meetings. A working paper, not a
 * letter, so it takes no number from the letter register: it carries the sheet's own number and
 * the address of the page where it is entered afterwards.
 */
@ApplicationScoped
public class CollectionSheetPdf {

    @Inject
    private PdfRendering rendering;

    @Inject
    private ReferenceDataService referenceData;

    /** @param appBase the application's base URL, e.g. "http://localhost:8080/berdaya/" */
    public byte[] render(CollectionSheet sheet, String appBase) {
        return rendering.pdf(document(sheet, appBase));
    }

    CollectionSheetDocument document(CollectionSheet sheet, String appBase) {
        String scope = sheet.getDistrictCode() != null
                ? "Kecamatan " + referenceData.find(sheet.getDistrictCode()).map(Region::getName)
                        .orElse(sheet.getDistrictCode())
                : "Petugas lapangan: " + sheet.getFieldOfficer();
        String base = appBase.endsWith("/") ? appBase : appBase + "/";
        LetterIssue issue = new LetterIssue(String.format("LP-KUBP/%04d/%d", sheet.getId(),
                sheet.getMeetingDate().getYear()), LocalDate.now(), base + "kubp/sheet.xhtml?id=" + sheet.getId());
        return new CollectionSheetDocument(IssuingOffice.of("kubp").letterhead(), issue, sheet.getId(),
                sheet.getMeetingDate(), scope, sheet.getRows().stream().map(CollectionSheetPdf::line).toList());
    }

    private static CollectionSheetLine line(CollectionSheetRow r) {
        return new CollectionSheetLine(r.getLineNo(), r.getLoanId(), r.getGroupName(), r.getVillage(), r.getChairName(),
                r.getMemberCount(), r.getArrears(), r.getInstallmentDue(), r.getDaysPastDue(), r.getOutstanding());
    }
}
