package id.berdaya.rules.authoring;

import java.util.List;

/**
 * The programmes a rule set is authored for, each with its parameter schema (the parameters the code
 * knows, typed and bounded). KUBP is interest-free by definition: interest, penalty interest and fees
 * are bounded to 0, so a value above zero is refused on entry.
 */
public enum Programme {

    /** WRSE's criteria and weights are rows; its parameters are the appeal periods (issue 20), read by the appeals. */
    WRSE(List.of(
            new ParameterDefinition("APPEAL_PERIOD_DAYS", ValueSpec.number(1, 365),
                    "Masa sanggah sejak tanggal surat keputusan (hari)", "Appeal period from the date of the decision letter (days)"),
            new ParameterDefinition("APPEAL_HANDLING_DAYS", ValueSpec.number(1, 365),
                    "Batas waktu penyelia menangani sanggahan sejak diajukan (hari)", "Days a supervisor has to handle an appeal from its lodging"))),

    KUBP(List.of(
            new ParameterDefinition("INTEREST_RATE_PERCENT", ValueSpec.number(0, 0), "Bunga per tahun (persen); program tanpa bunga", "Yearly interest (percent); the programme is interest-free"),
            new ParameterDefinition("PENALTY_INTEREST_RATE_PERCENT", ValueSpec.number(0, 0), "Bunga denda (persen); program tanpa bunga", "Penalty interest (percent); the programme is interest-free"),
            new ParameterDefinition("ADMIN_FEE", ValueSpec.money(0, 0), "Biaya administrasi (rupiah); program tanpa biaya", "Administration fee (rupiah); the programme has no fees"),
            new ParameterDefinition("COLLATERAL_REQUIRED", ValueSpec.bool(), "Wajib agunan", "Collateral required"),
            new ParameterDefinition("GROUP_SIZE_MIN", ValueSpec.number(1, 100), "Jumlah anggota kelompok minimum", "Fewest members of a group"),
            new ParameterDefinition("GROUP_SIZE_MAX", ValueSpec.number(1, 100), "Jumlah anggota kelompok maksimum", "Most members of a group"),
            new ParameterDefinition("MEMBER_AGE_MIN", ValueSpec.number(0, 100), "Usia minimum anggota yang belum kawin", "Minimum age of an unmarried member"),
            new ParameterDefinition("PRINCIPAL_MAX_PER_MEMBER", ValueSpec.money(1, 1_000_000_000), "Plafon per anggota (rupiah)", "Ceiling per member (rupiah)"),
            new ParameterDefinition("PRINCIPAL_MAX_PER_GROUP", ValueSpec.money(1, 10_000_000_000L), "Plafon per kelompok (rupiah)", "Ceiling per group (rupiah)"),
            new ParameterDefinition("INSTALLMENTS_MIN", ValueSpec.number(1, 120), "Tenor minimum (angsuran bulanan)", "Shortest tenor (monthly installments)"),
            new ParameterDefinition("INSTALLMENTS_MAX", ValueSpec.number(1, 120), "Tenor maksimum (angsuran bulanan)", "Longest tenor (monthly installments)"),
            new ParameterDefinition("GRACE_MONTHS_MIN", ValueSpec.number(0, 24), "Masa tenggang minimum (bulan)", "Shortest grace period (months)"),
            new ParameterDefinition("GRACE_MONTHS_MAX", ValueSpec.number(0, 24), "Masa tenggang maksimum (bulan)", "Longest grace period (months)"),
            new ParameterDefinition("ARREARS_STEP_1_DAYS", ValueSpec.number(1, 365), "Tangga tunggakan 1 (hari): kolom umur pertama, PAR pertama, SP-1", "Arrears ladder step 1 (days): first aging bucket, first PAR, SP-1"),
            new ParameterDefinition("ARREARS_STEP_2_DAYS", ValueSpec.number(1, 365), "Tangga tunggakan 2 (hari): kolom kedua, SP-2", "Arrears ladder step 2 (days): second bucket, SP-2"),
            new ParameterDefinition("ARREARS_STEP_3_DAYS", ValueSpec.number(1, 365), "Tangga tunggakan 3 (hari): kolom ketiga, PAR kedua, SP-3, batas pinjaman ulang", "Arrears ladder step 3 (days): third bucket, second PAR, SP-3, repeat-loan limit"),
            new ParameterDefinition("DISTRICT_CODES", ValueSpec.codes(CodeLists.DISTRICT), "Kecamatan program", "Programme districts")));

    /** What KUBP is by definition (interest-free, no fees): these parameters may only be 0. */
    private static final List<String> KUBP_ZERO_ONLY = List.of("INTEREST_RATE_PERCENT", "PENALTY_INTEREST_RATE_PERCENT", "ADMIN_FEE");

    /** The steps of the KUBP arrears ladder, which must rise strictly. */
    private static final List<String> KUBP_LADDER = List.of("ARREARS_STEP_1_DAYS", "ARREARS_STEP_2_DAYS", "ARREARS_STEP_3_DAYS");

    private final List<ParameterDefinition> parameters;

    Programme(List<ParameterDefinition> parameters) {
        this.parameters = parameters;
    }

    public List<ParameterDefinition> getParameters() {
        return parameters;
    }

    public ParameterDefinition parameter(String code) {
        return parameters.stream().filter(p -> p.getCode().equals(code)).findFirst().orElse(null);
    }

    /** Whether the parameter may only be 0 (KUBP's interest, penalty interest and fee). */
    public boolean isZeroOnly(String code) {
        return this == KUBP && KUBP_ZERO_ONLY.contains(code);
    }

    /** The parameters whose values must rise strictly in this order (KUBP's arrears ladder); else empty. */
    public List<String> getAscending() {
        return this == KUBP ? KUBP_LADDER : List.of();
    }

    /** The programme named, or null. */
    public static Programme of(String name) {
        for (Programme programme : values()) {
            if (programme.name().equals(name)) {
                return programme;
            }
        }
        return null;
    }
}
