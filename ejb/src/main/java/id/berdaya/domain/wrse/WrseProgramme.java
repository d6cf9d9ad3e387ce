package id.berdaya.domain.wrse;

import id.berdaya.domain.shared.Rupiah;
import id.berdaya.rules.wrse.WrseApplicant;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Programme facts and date rules that every WRSE step shares. */
public final class WrseProgramme {

    /** East Kalimantan keeps Central Indonesian Time (WITA): "today" is today there. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Makassar");

    /** The aid per recipient (business goods, not cash), unless a delivery records another value. */
    public static final Rupiah STANDARD_AID_VALUE = Rupiah.of(3_000_000);

    static final int MAX_AID_ITEMS = 30;

    private WrseProgramme() {
    }

    public static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, ZONE);
    }

    /** A birth date is neither in the future nor after the application date. */
    public static void requireBornBy(LocalDate birthDate, LocalDate applicationDate, Instant now) {
        Inputs.required("birthDate", birthDate);
        Inputs.check(!birthDate.isAfter(today(now)), "birthDate", "birth date cannot be in the future",
                "tanggal lahir tidak boleh di masa depan");
        Inputs.check(applicationDate == null || !birthDate.isAfter(applicationDate), "birthDate",
                "birth date cannot be after the application date " + applicationDate,
                "tanggal lahir tidak boleh setelah tanggal permohonan " + applicationDate);
    }

    static void requireBetween(String field, LocalDate date, LocalDate earliest, LocalDate latest) {
        Inputs.required(field, date);
        Inputs.check(earliest == null || !date.isBefore(earliest), field, field + " cannot be before " + earliest,
                field + " tidak boleh sebelum " + earliest);
        Inputs.check(!date.isAfter(latest), field, field + " cannot be in the future",
                field + " tidak boleh di masa depan");
    }

    static List<String> aidItems(List<String> items) {
        Inputs.required("items", items);
        Inputs.check(!items.isEmpty() && items.size() <= MAX_AID_ITEMS, "items",
                "list 1 to " + MAX_AID_ITEMS + " items", "isi 1 sampai " + MAX_AID_ITEMS + " barang");
        List<String> cleaned = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            cleaned.add(Inputs.requiredText("items[" + i + "]", items.get(i), 200));
        }
        return cleaned;
    }

    private static Integer earlier(Integer a, Integer b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : Integer.valueOf(Math.min(a, b));
    }

    /**
     * The fact the rules judge. Prior WRSE aid is the earlier of the year she declared and the year
     * the records show for her NIK, so neither a forgotten nor a concealed earlier aid slips through.
     */
    public static WrseApplicant facts(Applicant a, LocalDate applicationDate, Collection<RegistryEntry> registries,
            Collection<String> currentAid, Integer recordedPriorAidYear) {
        return facts(a, applicationDate, registries, currentAid, List.of(), recordedPriorAidYear);
    }

    /** The facts with her recorded circumstances (codes), which criteria and score rows may test. */
    public static WrseApplicant facts(Applicant a, LocalDate applicationDate, Collection<RegistryEntry> registries,
            Collection<String> currentAid, Collection<String> circumstances, Integer recordedPriorAidYear) {
        Integer priorAid = earlier(a.getDeclaredPriorAidYear(), recordedPriorAidYear);
        return WrseApplicant.builder()
                .nik(a.getNikValue()).kkNumber(a.getKkNumber()).fullName(a.getFullName())
                .sex(a.getSex()).birthDate(a.getBirthDate()).maritalStatus(a.getMaritalStatus())
                .regencyCode(a.getRegencyCode()).districtCode(a.getDistrictCode())
                .applicationDate(applicationDate)
                .registries(registries.stream().map(RegistryEntry::toListing).toList())
                .currentAid(List.copyOf(currentAid))
                .circumstances(circumstances.stream().sorted().toList())
                .priorWrseAidYear(priorAid)
                .hasBusiness(a.isHasBusiness()).businessField(a.getBusinessField())
                .mainBreadwinner(a.isMainBreadwinner()).priorSkillsTraining(a.isPriorSkillsTraining())
                .build();
    }
}
