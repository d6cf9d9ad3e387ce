package id.berdaya.rules.bench;

import id.berdaya.rules.CriterionResult;
import id.berdaya.rules.MaritalStatus;
import id.berdaya.rules.Outcome;
import id.berdaya.rules.ScoreComponent;
import id.berdaya.rules.Sex;
import id.berdaya.rules.wrse.RegistryListing;
import id.berdaya.rules.wrse.WrseApplicant;
import id.berdaya.rules.wrse.WrseDecision;
import id.berdaya.rules.wrse.WrseScreeningResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The default WRSE criteria and score hand-written in Java, with the same reasons as the DRL.
 * Test scope only: it is the benchmark's baseline, never a second implementation to ship.
 */
public final class PlainJavaWrseScreening {

    private static final Map<String, String> REGENCIES = Map.of(
            "6401", "Paser", "6402", "Kutai Kartanegara", "6403", "Berau", "6407", "Kutai Barat",
            "6408", "Kutai Timur", "6409", "Penajam Paser Utara", "6411", "Mahakam Ulu", "6471", "Balikpapan",
            "6472", "Samarinda", "6474", "Bontang");
    private static final Map<String, String> FIELDS_ID = Map.of(
            "CULINARY", "kuliner", "SEWING", "menjahit", "HANDICRAFT", "kerajinan", "TRADE", "warung/toko kecil",
            "AGRICULTURE", "pertanian", "LIVESTOCK", "peternakan", "FISHERY", "perikanan", "SERVICES", "jasa",
            "OTHER", "lainnya");
    private static final Map<String, String> FIELDS_EN = Map.of(
            "CULINARY", "culinary", "SEWING", "sewing", "HANDICRAFT", "handicraft", "TRADE", "small shop",
            "AGRICULTURE", "agriculture", "LIVESTOCK", "livestock", "FISHERY", "fishery", "SERVICES", "services",
            "OTHER", "other");

    public WrseScreeningResult screen(WrseApplicant a) {
        List<CriterionResult> criteria = new ArrayList<>(9);
        criteria.add(sex(a));
        criteria.add(age(a));
        criteria.add(residence(a));
        criteria.add(registry(a));
        criteria.add(aid(a, "PKH", "PKH (Program Keluarga Harapan)", ""));
        criteria.add(aid(a, "KUBE", "KUBE (Kelompok Usaha Bersama)", "bantuan "));
        criteria.add(priorAid(a));
        criteria.add(skill(a));
        criteria.add(business(a));
        List<ScoreComponent> score = score(a);
        int total = 0;
        for (ScoreComponent component : score) {
            total += component.getPoints();
        }
        return new WrseScreeningResult(decision(criteria), Math.max(0, Math.min(100, total)), criteria, score);
    }

    private static WrseDecision decision(List<CriterionResult> criteria) {
        boolean review = false;
        for (CriterionResult criterion : criteria) {
            if (criterion.getOutcome() == Outcome.FAIL) {
                return WrseDecision.INELIGIBLE;
            }
            review |= criterion.getOutcome() == Outcome.REVIEW;
        }
        return review ? WrseDecision.NEEDS_REVIEW : WrseDecision.ELIGIBLE;
    }

    private static CriterionResult sex(WrseApplicant a) {
        return a.getSex() == Sex.F
                ? CriterionResult.pass("SEX", "Jenis kelamin perempuan", "Sex is female")
                : CriterionResult.fail("SEX", "Jenis kelamin laki-laki; bantuan WRSE hanya untuk perempuan",
                        "Sex is male; WRSE aid is for women only");
    }

    private static CriterionResult age(WrseApplicant a) {
        int age = a.getAge();
        MaritalStatus status = a.getMaritalStatus();
        String limitId = "batas usia 18–59 tahun";
        String limitEn = "the age limit is 18–59";
        if (age >= 18 && age <= 59) {
            return CriterionResult.pass("AGE", "Usia " + age + " tahun pada tanggal permohonan; " + limitId,
                    "Age " + age + " on the application date; " + limitEn);
        } else if (age < 18 && status != MaritalStatus.UNMARRIED) {
            return CriterionResult.review("AGE", "Usia " + age + " tahun pada tanggal permohonan, di bawah 18"
                    + " tahun tetapi sudah berkeluarga (" + status.getLabelId() + "); petugas memverifikasi",
                    "Age " + age + " on the application date, under 18 but has a family (" + status.getLabelEn()
                            + "); an officer verifies");
        } else if (age < 18) {
            return CriterionResult.fail("AGE", "Usia " + age + " tahun pada tanggal permohonan dan belum berkeluarga; "
                    + limitId, "Age " + age + " on the application date and has no family; " + limitEn);
        }
        return CriterionResult.fail("AGE", "Usia " + age + " tahun pada tanggal permohonan; " + limitId,
                "Age " + age + " on the application date; " + limitEn);
    }

    private static CriterionResult residence(WrseApplicant a) {
        String code = a.getRegencyCode();
        String name = code == null ? null : REGENCIES.get(code);
        if (name != null) {
            return CriterionResult.pass("RESIDENCE",
                    "Domisili di " + code + " " + name + ", salah satu dari 10 kabupaten/kota di Kalimantan Timur",
                    "Domicile is " + code + " " + name + ", one of East Kalimantan's 10 regencies and cities");
        } else if (code == null) {
            return CriterionResult.fail("RESIDENCE", "Kabupaten/kota domisili tidak diisi",
                    "The domicile regency/city is missing");
        }
        return CriterionResult.fail("RESIDENCE",
                "Domisili kabupaten/kota " + code + " tidak termasuk 10 kabupaten/kota di Kalimantan Timur",
                "Domicile regency/city " + code + " is not one of East Kalimantan's 10 regencies and cities");
    }

    private static CriterionResult registry(WrseApplicant a) {
        boolean dtks = a.isListedIn("DTKS");
        boolean p3ke = a.isListedIn("P3KE");
        if (dtks && p3ke) {
            return CriterionResult.pass("REGISTRY", "Terdaftar di DTKS dan P3KE", "Listed in both DTKS and P3KE");
        } else if (dtks || p3ke) {
            String listed = dtks ? "DTKS" : "P3KE";
            String missing = dtks ? "P3KE" : "DTKS";
            return CriterionResult.review("REGISTRY",
                    "Terdaftar di " + listed + " tetapi tidak di " + missing + "; petugas memverifikasi " + missing,
                    "Listed in " + listed + " but not in " + missing + "; an officer verifies " + missing);
        }
        return CriterionResult.fail("REGISTRY", "Tidak terdaftar di DTKS maupun P3KE", "Listed in neither DTKS nor P3KE");
    }

    private static CriterionResult aid(WrseApplicant a, String code, String name, String aidWord) {
        if (a.receives(code)) {
            return CriterionResult.fail(code,
                    "Saat ini menerima " + aidWord + name + "; penerima " + code + " tidak dapat menerima bantuan WRSE",
                    "Currently receives " + name + (aidWord.isEmpty() ? "" : " aid") + "; " + code
                            + " recipients cannot receive WRSE aid");
        }
        return CriterionResult.pass(code, "Tidak sedang menerima " + aidWord + name,
                "Not a current " + name + (aidWord.isEmpty() ? "" : " aid") + " recipient");
    }

    private static CriterionResult priorAid(WrseApplicant a) {
        Integer year = a.getPriorWrseAidYear();
        if (year == null) {
            return CriterionResult.pass("PRIOR_AID", "Belum pernah menerima bantuan WRSE",
                    "Has not received WRSE aid before");
        } else if (year < a.getApplicationYear()) {
            return CriterionResult.fail("PRIOR_AID",
                    "Sudah menerima bantuan WRSE pada tahun " + year + "; bantuan WRSE hanya diberikan sekali",
                    "Received WRSE aid in " + year + "; WRSE aid is given only once");
        }
        return CriterionResult.pass("PRIOR_AID", "Bantuan WRSE tercatat pada tahun " + year
                + ", bukan tahun sebelum tahun permohonan " + a.getApplicationYear(),
                "WRSE aid is recorded in " + year + ", not in a year before the application year "
                        + a.getApplicationYear());
    }

    private static CriterionResult skill(WrseApplicant a) {
        String field = a.getBusinessField();
        if (field != null && !field.isBlank()) {
            return CriterionResult.pass("SKILL",
                    "Menyatakan bidang usaha yang diminati dan dikuasai: " + FIELDS_ID.getOrDefault(field, field),
                    "Declared a business field she has the will and skill for: " + FIELDS_EN.getOrDefault(field, field));
        }
        return CriterionResult.fail("SKILL", "Belum menyatakan bidang usaha yang diminati, berpotensi, dan dikuasai",
                "No business field declared in which she has the will, potential and skill");
    }

    private static CriterionResult business(WrseApplicant a) {
        return a.isHasBusiness()
                ? CriterionResult.pass("BUSINESS",
                        "Sudah memiliki usaha; tetap memenuhi syarat, tetapi pemohon yang belum memiliki usaha diutamakan",
                        "Already has a business; still eligible, but applicants without one are preferred")
                : CriterionResult.pass("BUSINESS", "Belum memiliki usaha; diutamakan",
                        "Has no existing business; preferred");
    }

    private static List<ScoreComponent> score(WrseApplicant a) {
        List<ScoreComponent> components = new ArrayList<>(5);
        if (!a.isHasBusiness()) {
            components.add(new ScoreComponent("NO_BUSINESS", 30, "Belum memiliki usaha", "Has no existing business"));
        }
        RegistryListing p3ke = a.listingIn("P3KE");
        Integer decile = p3ke == null ? null : p3ke.getDecile();
        int points = decile == null ? 0 : decile == 1 ? 25 : decile == 2 ? 15 : (decile == 3 || decile == 4) ? 5 : 0;
        if (points > 0) {
            components.add(new ScoreComponent("P3KE_DECILE", points,
                    "Desil " + decile + " P3KE" + (decile == 1 ? " (kemiskinan ekstrem)" : ""),
                    "P3KE decile " + decile + (decile == 1 ? " (extreme poverty)" : "")));
        }
        if (a.isMainBreadwinner()) {
            components.add(new ScoreComponent("MAIN_BREADWINNER", 20, "Pencari nafkah utama keluarga",
                    "Main breadwinner of the family"));
        }
        MaritalStatus status = a.getMaritalStatus();
        if (status == MaritalStatus.DIVORCED || status == MaritalStatus.WIDOWED || status == MaritalStatus.ABANDONED) {
            components.add(new ScoreComponent("MARITAL_STATUS", 15, "Status perkawinan: " + status.getLabelId(),
                    "Marital status: " + status.getLabelEn()));
        }
        if (a.isPriorSkillsTraining()) {
            components.add(new ScoreComponent("SKILLS_TRAINING", 10, "Pernah mengikuti pelatihan keterampilan",
                    "Has taken part in skills training before"));
        }
        components.sort(Comparator.comparingInt(ScoreComponent::getPoints).reversed()
                .thenComparing(ScoreComponent::getCode));
        return components;
    }
}
