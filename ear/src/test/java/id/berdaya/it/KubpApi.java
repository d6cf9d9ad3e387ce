package id.berdaya.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Arranges KUBP groups and loans through the API as the demo users would: petugas enters,
 * penyelia approves, keuangan disburses and takes payments. Every member gets a NIK of her own,
 * so tests never meet each other's members (a person may be in only one borrowing group).
 */
final class KubpApi {

    private static final AtomicInteger SERIAL = new AtomicInteger(5000 + ThreadLocalRandom.current().nextInt(2000));

    final ApiClient officer;
    final ApiClient supervisor;
    final ApiClient finance;

    KubpApi(URL app) {
        this.officer = ApiClient.demo(app, "petugas");
        this.supervisor = ApiClient.demo(app, "penyelia");
        this.finance = ApiClient.demo(app, "keuangan");
    }

    /**
     * A woman born in the 1980s with a NIK that agrees with her birth date. The NIK's last four digits
     * wrap after 9,999 members (the benchmark registers 5,500); the birth date, which cycles every
     * 3,000, keeps the NIKs apart for the next 9,999,000.
     */
    static String woman(String role) {
        int serial = SERIAL.incrementAndGet();
        LocalDate birth = LocalDate.of(1980, 1, 1).plusDays(serial % 3000);
        return member(serial, "F", birth, "MARRIED", role, null);
    }

    static String member(int serial, String sex, LocalDate birth, String marital, String role, String domicile) {
        String nik = String.format("640206%02d%02d%02d%s", birth.getDayOfMonth() + ("F".equals(sex) ? 40 : 0),
                birth.getMonthValue(), birth.getYear() % 100, nikSerial(serial));
        return String.format("{\"nik\":\"%s\",\"fullName\":\"Anggota %d\",\"sex\":\"%s\",\"birthDate\":\"%s\","
                + "\"maritalStatus\":\"%s\",\"role\":\"%s\"%s}", nik, serial, sex, birth, marital, role,
                domicile == null ? "" : ",\"domicileDistrictCode\":\"" + domicile + "\"");
    }

    /** The last four digits of the NIK of member number {@code serial}. */
    static String nikSerial(int serial) {
        return String.format("%04d", serial % 9999 + 1);
    }

    static int nextSerial() {
        return SERIAL.incrementAndGet();
    }

    /** A chair and size - 1 ordinary members. */
    static List<String> women(int size) {
        List<String> members = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            members.add(woman(i == 0 ? "CHAIR" : "MEMBER"));
        }
        return members;
    }

    static String groupJson(String district, List<String> members) {
        return String.format("{\"name\":\"KUBP Uji %d\",\"districtCode\":\"%s\",\"village\":\"Desa Uji\","
                + "\"businessField\":\"CULINARY\",\"foundedOn\":\"2014-03-01\",\"members\":[%s]}",
                SERIAL.get(), district, String.join(",", members));
    }

    long group(String district, List<String> members) {
        ApiClient.Answer answer = officer.post("api/kubp/groups", groupJson(district, members));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json().getJsonNumber("id").longValue();
    }

    long group(String district, int size) {
        return group(district, women(size));
    }

    static String loanJson(long groupId, long principal, int installments, LocalDate disbursement, LocalDate firstDue) {
        return String.format("{\"groupId\":%d,\"principal\":%d,\"installments\":%d,\"disbursementDate\":\"%s\","
                + "\"firstDueDate\":\"%s\",\"purpose\":\"Modal usaha\"}", groupId, principal, installments,
                disbursement, firstDue);
    }

    ApiClient.Answer apply(long groupId, long principal, int installments, LocalDate disbursement, LocalDate firstDue) {
        return officer.post("api/kubp/loans", loanJson(groupId, principal, installments, disbursement, firstDue));
    }

    /** Applied, approved and disbursed on the given date; the first installment a month later. */
    long disbursedLoan(long groupId, long principal, int installments, LocalDate disbursedOn) {
        ApiClient.Answer applied = apply(groupId, principal, installments, disbursedOn, disbursedOn.plusMonths(1));
        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        long id = applied.json().getJsonNumber("id").longValue();
        assertThat(supervisor.post("api/kubp/loans/" + id + "/approval", "").status()).isEqualTo(200);
        ApiClient.Answer disbursed = finance.post("api/kubp/loans/" + id + "/disbursement",
                "{\"date\":\"" + disbursedOn + "\",\"channel\":\"BANK_TRANSFER\"}");
        assertThat(disbursed.status()).as(disbursed.toString()).isEqualTo(200);
        return id;
    }

    static String repaymentJson(long amount, LocalDate valueDate, String receiptNo) {
        return String.format("{\"amount\":%d,\"valueDate\":\"%s\",\"channel\":\"CASH\",\"receiptNo\":\"%s\"}",
                amount, valueDate, receiptNo);
    }

    static String receipt() {
        return "KW-IT-" + System.nanoTime();
    }

    ApiClient.Answer repay(long loanId, long amount, LocalDate valueDate) {
        return finance.post("api/kubp/loans/" + loanId + "/repayments", repaymentJson(amount, valueDate, receipt()));
    }

    long repaid(long loanId, long amount, LocalDate valueDate) {
        ApiClient.Answer answer = repay(loanId, amount, valueDate);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json().getJsonNumber("id").longValue();
    }

    ApiClient.Answer loan(long loanId, LocalDate asOf) {
        return finance.get("api/kubp/loans/" + loanId + "?asOf=" + asOf);
    }
}
