package id.berdaya.domain.kubp.sheet;

/**
 * What was collected from one group at the meeting, as entered afterwards (or sent by a field
 * device). {@code key} is the client's own name for this entry: sending the same entry again with
 * the same key posts nothing new.
 *
 * @param amount rupiah paid, 0 when the group paid nothing
 * @param receiptNo the receipt given to the group; required when something was paid
 * @param attendance members present, or null when not counted
 */
public record SheetEntry(long loanId, String key, long amount, String receiptNo, Integer attendance) {
}
