package id.berdaya.rules.authoring;

import java.util.List;

/**
 * The programmes a rule set is authored for, each with its parameter schema (the parameters the code
 * knows, typed and bounded). KUBP is interest-free by definition: interest, penalty interest and fees
 * are bounded to 0, so a value above zero is refused on entry.
 */
public enum Programme {

    WRSE(List.of()),

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
            new ParameterDefinition("REPEAT_MAX_DAYS_PAST_DUE", ValueSpec.number(0, 365), "Tunggakan terlama pinjaman sebelumnya untuk pinjaman ulang (hari)", "Most days past due of an earlier loan for a repeat loan"),
            new ParameterDefinition("DISTRICT_CODES", ValueSpec.codes(CodeLists.DISTRICT), "Kecamatan program", "Programme districts")));

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
