package id.berdaya.interfaces.kubp.web;

import id.berdaya.application.kubp.ReminderService.Kind;
import id.berdaya.application.kubp.ReminderService.Reminder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * Reminders as a CSV an SMS or WhatsApp gateway can take: UTF-8, one reminder a line, the
 * telephone in international digits without "+" (6281234567890, as wa.me and most gateways
 * want it), and the message text ready to send. No gateway is wired in; this file is the interface.
 * Text cells that a spreadsheet would run as a formula are neutralised as in the group export.
 */
public final class ReminderCsv {

    static final String HEADER = "phone,chair_name,group_name,village,loan_id,kind,due_date,amount,days_past_due,message";

    private ReminderCsv() {
    }

    public static byte[] of(List<Reminder> reminders) {
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        for (Reminder r : reminders) {
            String phone = r.chairTelephone() == null ? "" : r.chairTelephone().replace("+", "");
            String[] cells = {phone, text(r.chairName()), text(r.groupName()), text(r.village()),
                String.valueOf(r.loanId()), r.kind().name(), String.valueOf(r.dueDate()), String.valueOf(r.amount()),
                String.valueOf(r.daysPastDue()), text(message(r))};
            for (int i = 0; i < cells.length; i++) {
                out.append(i == 0 ? "" : ",").append(quote(cells[i]));
            }
            out.append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The message in Bahasa Indonesia, the language the groups read. */
    static String message(Reminder r) {
        String amount = "Rp " + NumberFormat.getIntegerInstance(Locale.forLanguageTag("id-ID")).format(r.amount());
        return r.kind() == Kind.DUE_SOON
                ? "Ibu " + nz(r.chairName()) + ", angsuran KUBP " + r.groupName() + " sebesar " + amount
                        + " jatuh tempo " + r.dueDate() + ". Terima kasih."
                : "Ibu " + nz(r.chairName()) + ", angsuran KUBP " + r.groupName() + " tertunggak " + amount + " ("
                        + r.daysPastDue() + " hari). Mohon dibayar pada pertemuan kelompok berikutnya.";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String text(String value) {
        return GroupExport.neutralise(value == null ? "" : value);
    }

    private static String quote(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("'")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
