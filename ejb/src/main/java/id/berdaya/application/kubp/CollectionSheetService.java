package id.berdaya.application.kubp;

import id.berdaya.application.reference.ReferenceDataService;
import id.berdaya.domain.kubp.loan.Loan;
import id.berdaya.domain.kubp.loan.LoanRepository;
import id.berdaya.domain.kubp.loan.LoanStatus;
import id.berdaya.domain.kubp.loan.PaymentChannel;
import id.berdaya.domain.kubp.loan.Repayment;
import id.berdaya.domain.kubp.loan.RepaymentDetails;
import id.berdaya.domain.kubp.loan.RepaymentRefusedException;
import id.berdaya.domain.kubp.sheet.CollectionSheet;
import id.berdaya.domain.kubp.sheet.CollectionSheetRepository;
import id.berdaya.domain.kubp.sheet.CollectionSheetRow;
import id.berdaya.domain.kubp.sheet.SheetEntry;
import id.berdaya.domain.kubp.sheet.SheetRowRefusedException;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.IntStream;

/**
 * Collection sheets: opened for a district or a field officer's groups and a meeting date, then
 * posted in one action. A submission is one transaction: every row is checked and posted through
 * the loan's own repayment rules, or — when any row is refused — nothing is. A row is posted once:
 * sending it again (same amount, receipt and attendance; the same key when one was given) answers
 * with what was posted and posts nothing.
 */
@Stateless
public class CollectionSheetService {

    private static final Logger LOG = Logger.getLogger(CollectionSheetService.class.getName());
    /** No meeting is planned further ahead than this, and none before the programme began. */
    static final int MAX_DAYS_AHEAD = 92;
    static final LocalDate PROGRAMME_START = LocalDate.of(2012, 1, 1);

    @Inject
    private CollectionSheetRepository sheets;

    @Inject
    private LoanRepository loans;

    @Inject
    private RegionRepository regions;

    @Resource
    private SessionContext session;

    /** One row's outcome: the repayment it became (null when nothing was paid) and whether it was posted before. */
    public record RowPosting(CollectionSheetRow row, Long repaymentId, boolean replayed) {
    }

    @RolesAllowed({Role.Names.LOAN_OFFICER, Role.Names.FINANCE_STAFF, Role.Names.SUPERVISOR})
    public CollectionSheet open(String districtCode, String fieldOfficer, LocalDate meetingDate) {
        boolean byDistrict = districtCode != null && !districtCode.isBlank();
        boolean byOfficer = fieldOfficer != null && !fieldOfficer.isBlank();
        if (byDistrict == byOfficer) {
            throw new InvalidInputException("districtCode", "give either a districtCode or a fieldOfficer",
                    "Isi kecamatan atau petugas lapangan (salah satu)");
        }
        if (byDistrict) {
            Region district = regions.find(districtCode).orElse(null);
            if (district == null || district.getLevel() != RegionLevel.DISTRICT
                    || !ReferenceDataService.KUTAI_KARTANEGARA.equals(district.getParentCode())) {
                throw new InvalidInputException("districtCode", "'" + districtCode
                        + "' is not a district of Kutai Kartanegara",
                        "'" + districtCode + "' bukan kecamatan di Kabupaten Kutai Kartanegara");
            }
        }
        LocalDate today = KubpCalendar.today();
        if (meetingDate == null) {
            throw new InvalidInputException("meetingDate", "meetingDate is required", "Tanggal pertemuan wajib diisi");
        }
        if (meetingDate.isBefore(PROGRAMME_START) || meetingDate.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            throw new InvalidInputException("meetingDate", "meetingDate " + meetingDate + " must be between "
                    + PROGRAMME_START + " and " + today.plusDays(MAX_DAYS_AHEAD),
                    "Tanggal pertemuan " + meetingDate + " harus antara " + PROGRAMME_START + " dan "
                            + today.plusDays(MAX_DAYS_AHEAD));
        }
        List<Loan> inScope = loans.findWithLedger(LoanStatus.REPAYABLE).stream()
                .filter(l -> byDistrict ? l.getGroup().getDistrictCode().equals(districtCode)
                        : l.getGroup().getCreatedBy().equals(fieldOfficer.strip()))
                .filter(l -> !l.getEvents().getDisbursedOn().isAfter(meetingDate))
                .toList();
        CollectionSheet sheet = CollectionSheet.open(byDistrict ? districtCode : null,
                byOfficer ? fieldOfficer.strip() : null, meetingDate, inScope, caller(), Instant.now());
        sheets.add(sheet);
        LOG.info(() -> "KUBP collection sheet for " + (byDistrict ? districtCode : fieldOfficer) + " on "
                + meetingDate + " opened by " + caller() + ": " + inScope.size() + " loans");
        return sheet;
    }

    @RolesAllowed({Role.Names.LOAN_OFFICER, Role.Names.FINANCE_STAFF, Role.Names.SUPERVISOR})
    public CollectionSheet find(long id) {
        CollectionSheet sheet = sheets.find(id).orElseThrow(() -> new NotFoundException("Collection sheet", id));
        sheet.getRows().size();
        return sheet;
    }

    @RolesAllowed({Role.Names.LOAN_OFFICER, Role.Names.FINANCE_STAFF, Role.Names.SUPERVISOR})
    public List<CollectionSheet> latest() {
        List<CollectionSheet> found = sheets.latest(50);
        found.forEach(s -> s.getRows().size());
        return found;
    }

    /** Posts the entered rows of a sheet, all or none; rows already posted are answered, not posted again. */
    @RolesAllowed(Role.Names.FINANCE_STAFF)
    public List<RowPosting> post(long sheetId, List<SheetEntry> entries) {
        CollectionSheet sheet = sheets.findForUpdate(sheetId)
                .orElseThrow(() -> new NotFoundException("Collection sheet", sheetId));
        LocalDate today = KubpCalendar.today();
        if (sheet.getMeetingDate().isAfter(today)) {
            throw new StateConflictException("The meeting of " + sheet.getMeetingDate()
                    + " has not taken place yet; its sheet can be posted from that day",
                    "Pertemuan tanggal " + sheet.getMeetingDate() + " belum berlangsung; lembarnya baru dapat "
                            + "dibukukan sejak hari itu");
        }
        checkEntries(sheet, entries);
        String by = caller();
        Instant now = Instant.now();
        RowPosting[] postings = new RowPosting[entries.size()];
        // Loans are locked in id order, as every other writer would, so two sheets never deadlock.
        List<Integer> order = IntStream.range(0, entries.size()).boxed()
                .sorted(Comparator.comparingLong(i -> entries.get(i).loanId())).toList();
        for (int i : order) {
            postings[i] = postRow(sheet, i, entries.get(i), by, now, today);
        }
        loans.flush();
        long posted = java.util.Arrays.stream(postings).filter(p -> !p.replayed()).count();
        LOG.info(() -> "KUBP collection sheet " + sheetId + ": " + posted + " row(s) posted, "
                + (entries.size() - posted) + " already posted, by " + by);
        return List.of(postings);
    }

    private RowPosting postRow(CollectionSheet sheet, int i, SheetEntry entry, String by, Instant now,
            LocalDate today) {
        String field = "rows[" + i + "]";
        CollectionSheetRow row = sheet.rowOf(entry.loanId()).orElseThrow();
        if (row.isPosted()) {
            if (entry.key() != null && row.getClientKey() != null && !entry.key().strip().equals(row.getClientKey())) {
                throw new SheetRowRefusedException(field + ".key", "row of loan " + entry.loanId()
                        + " was already posted under another key", "Baris pinjaman " + entry.loanId()
                        + " sudah dibukukan dengan kunci lain");
            }
            if (!row.recorded(entry)) {
                throw new SheetRowRefusedException(field, "row of loan " + entry.loanId() + " was already posted "
                        + "with other figures (Rp " + row.getPaidAmount() + ", receipt " + row.getReceiptNo()
                        + "); reverse its repayment to correct it", "Baris pinjaman " + entry.loanId()
                        + " sudah dibukukan dengan angka lain; batalkan pembayarannya untuk membetulkan");
            }
            return new RowPosting(row, row.getRepaymentId(), true);
        }
        Long repaymentId = null;
        if (entry.amount() > 0) {
            String receipt = entry.receiptNo().strip();
            loans.findRepaymentByReceiptNo(receipt).ifPresent(other -> {
                throw new SheetRowRefusedException(field + ".receiptNo", "receipt number " + receipt
                        + " is already used by repayment " + other.getId(), "Nomor kuitansi " + receipt
                        + " sudah dipakai pembayaran " + other.getId());
            });
            Loan loan = loans.findForUpdate(entry.loanId()).orElseThrow();
            // The row's own key: a second posting of this row could never become a second repayment.
            RepaymentDetails details = RepaymentDetails.of(entry.amount(), sheet.getMeetingDate(), PaymentChannel.CASH,
                    receipt, "sheet-" + sheet.getId() + "-row-" + row.getId());
            try {
                Repayment repayment = loan.postRepayment(details, by, now, today);
                loans.flush();
                repaymentId = repayment.getId();
            } catch (RepaymentRefusedException e) {
                throw new SheetRowRefusedException(field + ".amount", row.getGroupName() + ": " + e.getMessage(),
                        row.getGroupName() + ": " + e.getMessageId());
            } catch (StateConflictException e) {
                throw new SheetRowRefusedException(field, row.getGroupName() + ": " + e.getMessage(),
                        row.getGroupName() + ": " + e.getMessageId());
            } catch (InvalidInputException e) {
                throw new InvalidInputException(field + "." + e.getField(), row.getGroupName() + ": " + e.getMessage(),
                        row.getGroupName() + ": " + e.getMessageId());
            }
        }
        sheet.post(row, entry, repaymentId, by, now);
        return new RowPosting(row, repaymentId, false);
    }

    /** Bad input anywhere refuses the whole submission before anything is posted. */
    private static void checkEntries(CollectionSheet sheet, List<SheetEntry> entries) {
        if (entries == null || entries.isEmpty()) {
            throw new InvalidInputException("rows", "rows are required", "Baris lembar penagihan wajib diisi");
        }
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String field = "rows[" + i + "]";
            SheetEntry entry = entries.get(i);
            if (entry == null) {
                throw new InvalidInputException(field, field + " is empty", field + " kosong");
            }
            CollectionSheetRow row = sheet.rowOf(entry.loanId()).orElseThrow(() -> new InvalidInputException(
                    field + ".loanId", "loan " + entry.loanId() + " is not on sheet " + sheet.getId(),
                    "Pinjaman " + entry.loanId() + " tidak ada di lembar " + sheet.getId()));
            if (!seen.add(entry.loanId())) {
                throw new InvalidInputException(field + ".loanId", "loan " + entry.loanId() + " appears twice",
                        "Pinjaman " + entry.loanId() + " tercatat dua kali");
            }
            if (entry.amount() < 0) {
                throw new InvalidInputException(field + ".amount", "amount must not be negative",
                        "Jumlah tidak boleh negatif");
            }
            if (entry.amount() > 0 && (entry.receiptNo() == null || entry.receiptNo().isBlank())) {
                throw new InvalidInputException(field + ".receiptNo", "a receipt number is required when "
                        + "something was paid", "Nomor kuitansi wajib diisi bila ada pembayaran");
            }
            if (entry.attendance() != null && (entry.attendance() < 0 || entry.attendance() > row.getMemberCount())) {
                throw new InvalidInputException(field + ".attendance", "attendance must be between 0 and the group's "
                        + row.getMemberCount() + " members", "Kehadiran harus antara 0 dan " + row.getMemberCount()
                        + " anggota kelompok");
            }
        }
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
