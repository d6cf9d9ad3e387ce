package id.berdaya.rules.authoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The default WRSE rule set (SK Dinas Sosial Kaltim No. 40.9/33/DS.V/2023) as a structured model. The
 * shipped WRSE rule set is generated from it ({@code id/berdaya/rules/wrse/}: model.csv, catalogue.csv,
 * criteria.drl, score.drl, decision.drl; a unit test keeps those files equal to the generator's output),
 * with the decisions, scores and reason texts the hand-written DRL had before. The texts here are worded
 * for these rows (two required registries: "both", "neither"): a policy officer who changes a row
 * rewords its texts in the same form.
 */
public final class DefaultModels {

    private DefaultModels() {
    }

    /** Arguments in the order given (the template's), so that the model reads and compares the same every time. */
    private static Map<String, String> args(String... namesAndValues) {
        Map<String, String> arguments = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            arguments.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return arguments;
    }

    /** WRSE's appeal periods as shipped: 30 days from the decision letter, 14 days to handle an appeal. */
    public static List<ParameterValue> appealPeriods() {
        return List.of(new ParameterValue("APPEAL_PERIOD_DAYS", "30"), new ParameterValue("APPEAL_HANDLING_DAYS", "14"));
    }

    public static RuleSetModel wrse() {
        RuleSetModel model = new RuleSetModel();
        model.setProgramme(Programme.WRSE.name());
        model.setParameters(appealPeriods());
        model.setCriteria(List.of(
                new CriterionRow("SEX", ConditionTemplate.SEX_IS, args("sex", "F")),
                new CriterionRow("AGE", ConditionTemplate.AGE_BETWEEN, args("min", "18", "max", "59", "youngerWithFamily", "REVIEW")),
                new CriterionRow("RESIDENCE", ConditionTemplate.DOMICILE_IN,
                        args("regencies", "6401,6402,6403,6407,6408,6409,6411,6471,6472,6474")),
                new CriterionRow("REGISTRY", ConditionTemplate.LISTED_IN_REGISTRIES,
                        args("registries", "DTKS,P3KE", "maxDecile", "10", "partly", "REVIEW")),
                new CriterionRow("PKH", ConditionTemplate.NOT_RECEIVING, args("programme", "PKH")),
                new CriterionRow("KUBE", ConditionTemplate.NOT_RECEIVING, args("programme", "KUBE")),
                new CriterionRow("PRIOR_AID", ConditionTemplate.NO_EARLIER_AID, args()),
                new CriterionRow("SKILL", ConditionTemplate.BUSINESS_FIELD_DECLARED, args()),
                new CriterionRow("BUSINESS", ConditionTemplate.BUSINESS_NOTED, args())));
        model.setScores(List.of(
                new ScoreRow("NO_BUSINESS", ScoreTemplate.NO_BUSINESS, args(), 30),
                new ScoreRow("P3KE_DECILE_1", ScoreTemplate.REGISTRY_DECILE, args("registry", "P3KE", "decile", "1"), 25),
                new ScoreRow("P3KE_DECILE_2", ScoreTemplate.REGISTRY_DECILE, args("registry", "P3KE", "decile", "2"), 15),
                new ScoreRow("P3KE_DECILE_3", ScoreTemplate.REGISTRY_DECILE, args("registry", "P3KE", "decile", "3"), 5),
                new ScoreRow("P3KE_DECILE_4", ScoreTemplate.REGISTRY_DECILE, args("registry", "P3KE", "decile", "4"), 5),
                new ScoreRow("MAIN_BREADWINNER", ScoreTemplate.MAIN_BREADWINNER, args(), 20),
                new ScoreRow("MARITAL_STATUS", ScoreTemplate.MARITAL_STATUS_IN, args("statuses", "DIVORCED,WIDOWED,ABANDONED"), 15),
                new ScoreRow("SKILLS_TRAINING", ScoreTemplate.SKILLS_TRAINING, args(), 10)));
        model.setReasons(List.of(
                new ReasonText("SEX.PASS", "Jenis kelamin perempuan", "Sex is female"),
                new ReasonText("SEX.FAIL", "Jenis kelamin laki-laki; bantuan WRSE hanya untuk perempuan", "Sex is male; WRSE aid is for women only"),
                new ReasonText("AGE.PASS", "Usia {age} tahun pada tanggal permohonan; batas usia {min}–{max} tahun",
                        "Age {age} on the application date; the age limit is {min}–{max}"),
                new ReasonText("AGE.YOUNGER_WITH_FAMILY", "Usia {age} tahun pada tanggal permohonan, di bawah {min} tahun tetapi sudah berkeluarga ({status}); petugas memverifikasi",
                        "Age {age} on the application date, under {min} but has a family ({status}); an officer verifies"),
                new ReasonText("AGE.YOUNGER", "Usia {age} tahun pada tanggal permohonan dan belum berkeluarga; batas usia {min}–{max} tahun",
                        "Age {age} on the application date and has no family; the age limit is {min}–{max}"),
                new ReasonText("AGE.OLDER", "Usia {age} tahun pada tanggal permohonan; batas usia {min}–{max} tahun",
                        "Age {age} on the application date; the age limit is {min}–{max}"),
                new ReasonText("RESIDENCE.PASS", "Domisili di {code} {name}, salah satu dari 10 kabupaten/kota di Kalimantan Timur",
                        "Domicile is {code} {name}, one of East Kalimantan's 10 regencies and cities"),
                new ReasonText("RESIDENCE.FAIL", "Domisili kabupaten/kota {code} tidak termasuk 10 kabupaten/kota di Kalimantan Timur",
                        "Domicile regency/city {code} is not one of East Kalimantan's 10 regencies and cities"),
                new ReasonText("RESIDENCE.MISSING", "Kabupaten/kota domisili tidak diisi", "The domicile regency/city is missing"),
                new ReasonText("REGISTRY.PASS", "Terdaftar di {listed}", "Listed in both {listed}"),
                new ReasonText("REGISTRY.PARTLY", "Terdaftar di {listed} tetapi tidak di {missing}; petugas memverifikasi {missing}",
                        "Listed in {listed} but not in {missing}; an officer verifies {missing}"),
                new ReasonText("REGISTRY.NONE", "Tidak terdaftar di {missing}", "Listed in neither {missing}"),
                new ReasonText("PKH.PASS", "Tidak sedang menerima PKH (Program Keluarga Harapan)", "Not a current PKH (Program Keluarga Harapan) recipient"),
                new ReasonText("PKH.FAIL", "Saat ini menerima PKH (Program Keluarga Harapan); penerima PKH tidak dapat menerima bantuan WRSE",
                        "Currently receives PKH (Program Keluarga Harapan); PKH recipients cannot receive WRSE aid"),
                new ReasonText("KUBE.PASS", "Tidak sedang menerima bantuan KUBE (Kelompok Usaha Bersama)", "Not a current KUBE (Kelompok Usaha Bersama) aid recipient"),
                new ReasonText("KUBE.FAIL", "Saat ini menerima bantuan KUBE (Kelompok Usaha Bersama); penerima KUBE tidak dapat menerima bantuan WRSE",
                        "Currently receives KUBE (Kelompok Usaha Bersama) aid; KUBE recipients cannot receive WRSE aid"),
                new ReasonText("PRIOR_AID.PASS", "Belum pernah menerima bantuan WRSE", "Has not received WRSE aid before"),
                new ReasonText("PRIOR_AID.SAME_YEAR", "Bantuan WRSE tercatat pada tahun {year}, bukan tahun sebelum tahun permohonan {applicationYear}",
                        "WRSE aid is recorded in {year}, not in a year before the application year {applicationYear}"),
                new ReasonText("PRIOR_AID.FAIL", "Sudah menerima bantuan WRSE pada tahun {year}; bantuan WRSE hanya diberikan sekali",
                        "Received WRSE aid in {year}; WRSE aid is given only once"),
                new ReasonText("SKILL.PASS", "Menyatakan bidang usaha yang diminati dan dikuasai: {field}",
                        "Declared a business field she has the will and skill for: {field}"),
                new ReasonText("SKILL.FAIL", "Belum menyatakan bidang usaha yang diminati, berpotensi, dan dikuasai",
                        "No business field declared in which she has the will, potential and skill"),
                new ReasonText("BUSINESS.HAS_BUSINESS", "Sudah memiliki usaha; tetap memenuhi syarat, tetapi pemohon yang belum memiliki usaha diutamakan",
                        "Already has a business; still eligible, but applicants without one are preferred"),
                new ReasonText("BUSINESS.NO_BUSINESS", "Belum memiliki usaha; diutamakan", "Has no existing business; preferred"),
                new ReasonText("SCORE.NO_BUSINESS", "Belum memiliki usaha", "Has no existing business"),
                new ReasonText("SCORE.P3KE_DECILE_1", "Desil {decile} {registry} (kemiskinan ekstrem)", "{registry} decile {decile} (extreme poverty)"),
                new ReasonText("SCORE.P3KE_DECILE_2", "Desil {decile} {registry}", "{registry} decile {decile}"),
                new ReasonText("SCORE.P3KE_DECILE_3", "Desil {decile} {registry}", "{registry} decile {decile}"),
                new ReasonText("SCORE.P3KE_DECILE_4", "Desil {decile} {registry}", "{registry} decile {decile}"),
                new ReasonText("SCORE.MAIN_BREADWINNER", "Pencari nafkah utama keluarga", "Main breadwinner of the family"),
                new ReasonText("SCORE.MARITAL_STATUS", "Status perkawinan: {status}", "Marital status: {status}"),
                new ReasonText("SCORE.SKILLS_TRAINING", "Pernah mengikuti pelatihan keterampilan", "Has taken part in skills training before")));
        return model;
    }
}
