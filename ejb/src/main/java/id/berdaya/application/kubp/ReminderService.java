package id.berdaya.application.kubp;

import id.berdaya.domain.kubp.group.GroupMember;
import id.berdaya.domain.kubp.group.MemberRole;
import id.berdaya.domain.kubp.ledger.InstallmentPosition;
import id.berdaya.domain.kubp.loan.Loan;
import id.berdaya.domain.kubp.loan.LoanRepository;
import id.berdaya.domain.kubp.loan.LoanStanding;
import id.berdaya.domain.kubp.loan.LoanStatus;
import id.berdaya.domain.security.Role;
import id.berdaya.domain.shared.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Who to remind, per district and date: groups with an installment falling due in the next N
 * days, and groups in arrears, with the chair's telephone. No SMS or WhatsApp gateway is wired in:
 * the list (and its CSV) is the interface a gateway takes.
 */
@Stateless
@RolesAllowed({Role.Names.LOAN_OFFICER, Role.Names.FINANCE_STAFF, Role.Names.SUPERVISOR})
public class ReminderService {

    public enum Kind {
        DUE_SOON,
        IN_ARREARS
    }

    /** One reminder: for DUE_SOON the installment's due date and unpaid amount; for IN_ARREARS the arrears. */
    public record Reminder(Kind kind, long loanId, long groupId, String groupName, String village, String chairName,
            String chairTelephone, LocalDate dueDate, long amount, long daysPastDue) {
    }

    @Inject
    private LoanRepository loans;

    public List<Reminder> list(String districtCode, LocalDate date, int days) {
        if (districtCode == null || !districtCode.matches("\\d{6}")) {
            throw new InvalidInputException("district", "district is a six-digit district code",
                    "Kecamatan berupa kode enam angka");
        }
        if (date == null) {
            throw new InvalidInputException("date", "date is required", "Tanggal wajib diisi");
        }
        if (days < 1 || days > 62) {
            throw new InvalidInputException("days", "days must be 1 to 62", "Jumlah hari 1 sampai 62");
        }
        List<Reminder> reminders = new ArrayList<>();
        for (Loan loan : loans.findWithLedger(LoanStatus.REPAYABLE)) {
            if (!loan.getGroup().getDistrictCode().equals(districtCode)) {
                continue;
            }
            LoanStanding standing = loan.standingOn(date);
            if (!standing.isOnBooks()) {
                continue;
            }
            GroupMember chair = loan.getGroup().getMembers().stream().filter(m -> m.getRole() == MemberRole.CHAIR)
                    .findFirst().orElse(null);
            String chairName = chair == null ? null : chair.getFullName();
            String phone = chair == null ? null : chair.getTelephone();
            if (standing.arrearsAmount().isPositive()) {
                LocalDate oldest = standing.position().installments().stream().filter(p -> !p.isFullyPaid())
                        .map(InstallmentPosition::dueDate).findFirst().orElse(date);
                reminders.add(new Reminder(Kind.IN_ARREARS, loan.getId(), loan.getGroup().getId(),
                        loan.getGroup().getName(), loan.getGroup().getVillage(), chairName, phone, oldest,
                        standing.arrearsAmount().amount(), standing.daysPastDue()));
            }
            for (InstallmentPosition p : standing.position().installments()) {
                if (!p.isFullyPaid() && !p.dueDate().isBefore(date) && !p.dueDate().isAfter(date.plusDays(days))) {
                    reminders.add(new Reminder(Kind.DUE_SOON, loan.getId(), loan.getGroup().getId(),
                            loan.getGroup().getName(), loan.getGroup().getVillage(), chairName, phone, p.dueDate(),
                            p.unpaid().amount(), 0));
                }
            }
        }
        reminders.sort(Comparator.comparing(Reminder::kind).thenComparing(Reminder::village)
                .thenComparing(Reminder::groupName).thenComparing(Reminder::dueDate));
        return reminders;
    }
}
