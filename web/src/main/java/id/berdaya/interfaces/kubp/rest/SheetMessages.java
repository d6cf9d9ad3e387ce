package id.berdaya.interfaces.kubp.rest;

import id.berdaya.application.kubp.CollectionSheetService.RowPosting;
import id.berdaya.domain.kubp.sheet.CollectionSheet;
import id.berdaya.domain.kubp.sheet.CollectionSheetRow;
import id.berdaya.domain.kubp.sheet.SheetEntry;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Collection sheets on the API: what a client sends and what it gets back. */
public final class SheetMessages {

    private SheetMessages() {
    }

    /** Either a district (code) or a field officer (user name), and the meeting date. */
    public record SheetRequest(
            @Size(max = 6) @Pattern(regexp = "\\d{6}") String districtCode,
            @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9._-]+") String fieldOfficer,
            @NotNull LocalDate meetingDate) {
    }

    /**
     * One group's entry. {@code key} is chosen by the client (a field device's own id for the
     * entry); sending the same entry again with the same key answers with the first posting.
     */
    public record RowRequest(
            @NotNull Long loanId,
            @Size(min = 1, max = 100) @Pattern(regexp = "[A-Za-z0-9._:-]+") String key,
            @NotNull @PositiveOrZero @Max(100_000_000_000L) Long amount,
            @Size(max = 40) String receiptNo,
            @Min(0) @Max(100) Integer attendance) {

        SheetEntry toEntry() {
            return new SheetEntry(loanId, key, amount, receiptNo, attendance);
        }
    }

    public record PostingRequest(@NotNull @Size(min = 1, max = 500) List<@NotNull @Valid RowRequest> rows) {
    }

    public record SheetRowView(long rowId, int lineNo, long loanId, long groupId, String groupName, String village,
            String chairName, int memberCount, long arrears, long installmentDue, long toCollect, long daysPastDue,
            long outstanding, boolean posted, Long paidAmount, String receiptNo, Integer attendance, Long repaymentId,
            String key) {

        static SheetRowView of(CollectionSheetRow r) {
            return new SheetRowView(r.getId(), r.getLineNo(), r.getLoanId(), r.getGroupId(), r.getGroupName(),
                    r.getVillage(), r.getChairName(), r.getMemberCount(), r.getArrears(), r.getInstallmentDue(),
                    r.getToCollect(), r.getDaysPastDue(), r.getOutstanding(), r.isPosted(), r.getPaidAmount(),
                    r.getReceiptNo(), r.getAttendance(), r.getRepaymentId(), r.getClientKey());
        }
    }

    public record SheetView(long id, LocalDate meetingDate, String districtCode, String fieldOfficer, String createdBy,
            Instant createdAt, long totalToCollect, long totalPaid, List<SheetRowView> rows) {

        static SheetView of(CollectionSheet s) {
            return new SheetView(s.getId(), s.getMeetingDate(), s.getDistrictCode(), s.getFieldOfficer(),
                    s.getCreatedBy(), s.getCreatedAt(), s.totalToCollect(), s.totalPaid(),
                    s.getRows().stream().map(SheetRowView::of).toList());
        }
    }

    /** @param replayed true when this row had been posted before and nothing was posted now */
    public record RowPostingView(long loanId, long rowId, Long repaymentId, long amount, boolean replayed) {

        static RowPostingView of(RowPosting p) {
            return new RowPostingView(p.row().getLoanId(), p.row().getId(), p.repaymentId(),
                    p.row().getPaidAmount() == null ? 0 : p.row().getPaidAmount(), p.replayed());
        }
    }

    public record PostingView(long sheetId, int posted, int replayed, List<RowPostingView> rows) {
    }
}
