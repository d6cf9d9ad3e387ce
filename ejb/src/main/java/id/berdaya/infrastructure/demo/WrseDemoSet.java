package id.berdaya.infrastructure.demo;

import static id.berdaya.rules.MaritalStatus.ABANDONED;
import static id.berdaya.rules.MaritalStatus.DIVORCED;
import static id.berdaya.rules.MaritalStatus.UNMARRIED;
import static id.berdaya.rules.MaritalStatus.WIDOWED;

import id.berdaya.domain.wrse.WrseApplication;
import id.berdaya.rules.Sex;
import id.berdaya.rules.wrse.WrseDecision;
import java.time.LocalDate;

/** The demo applicants: one or more in every state and decision, in four regencies. */
final class WrseDemoSet {

    private WrseDemoSet() {
    }

    static void load(WrseDemoData demo, LocalDate today) {
        // Kutai Kartanegara (6402): a full run to aid delivery, and more eligible ones than its quota of 3.
        WrseApplication siti = demo.submitted(woman("Siti Aminah", 1985, 7, 5, "640205", 1).p3ke(1), 40);
        demo.advance(siti, 40, "AID_DELIVERED");
        WrseApplication rahma = demo.submitted(woman("Rahmawati", 1979, 3, 14, "640213", 12).status(DIVORCED).p3ke(1), 38);
        demo.advance(rahma, 38, "TRAINED");
        WrseApplication nur = demo.submitted(woman("Nurhayati", 1971, 11, 2, "640206", 3).status(WIDOWED).p3ke(2), 30);
        demo.advance(nur, 30, "VERIFIED");
        WrseApplication kartini = demo.submitted(woman("Kartini", 1990, 4, 21, "640202", 7).p3ke(3)
                .business("TRADE", true), 25);
        demo.advance(kartini, 25, "PROPOSED");
        demo.submitted(woman("Marlina", 1988, 9, 9, "640216", 21).p3ke(2).business("SEWING", false), 20);
        demo.submitted(woman("Juwita", 1995, 1, 30, "640208", 5).p3ke(4).business("HANDICRAFT", false)
                .notBreadwinner(), 18);
        WrseApplication wahyuni = demo.submitted(woman("Wahyuni", 1983, 6, 17, "640202", 9), 15);
        demo.judge(wahyuni, WrseDecision.ELIGIBLE,
                "Tercatat di P3KE desil 1 menurut data desa (surat Kepala Desa Loa Kulu Kota); DTKS sudah dicek", 14);
        demo.submitted(woman("Sumarni", 1987, 12, 8, "640204", 4).p3ke(1).notInDtks().status(ABANDONED), 12);
        WrseApplication dewi = demo.submitted(woman("Dewi Sartika", 1992, 2, 11, "640211", 6).p3ke(5), 35);
        demo.reject(dewi, "Domisili tidak sesuai hasil verifikasi lapangan provinsi", 33);
        demo.submitted(woman("Ani Suryani", 1966, 5, 1, "640207", 2).p3ke(1), 10);
        demo.draft(woman("Lestari", 1998, 8, 19, "640203", 15).p3ke(2), 2);

        // Suryani received WRSE aid last year: this year's application is found by NIK and refused.
        WrseApplication lastYear = demo.submitted(woman("Suryani", 1980, 10, 10, "640206", 31).p3ke(1), 400);
        demo.advance(lastYear, 400, "AID_DELIVERED");
        demo.submitted(woman("Suryani", 1980, 10, 10, "640206", 31).p3ke(1), 8);

        // Samarinda (6472), Paser (6401), Balikpapan (6471).
        demo.submitted(new WrseDemoApplicant("Sri Wulandari", Sex.F, LocalDate.of(1984, 3, 3), "6472", null, 41)
                .p3ke(1).receives("PKH"), 22);
        WrseApplication maria = demo.submitted(new WrseDemoApplicant("Maria Goreti", Sex.F, LocalDate.of(1982, 12, 24),
                "6472", null, 42).p3ke(2).status(WIDOWED), 21);
        demo.advance(maria, 21, "PROPOSED");
        demo.submitted(new WrseDemoApplicant("Intan Permata", Sex.F, today.minusYears(17).minusDays(50), "6472", null, 43)
                .p3ke(1).status(UNMARRIED), 6);
        WrseApplication fatimah = demo.submitted(new WrseDemoApplicant("Fatimah", Sex.F, LocalDate.of(1976, 7, 7),
                "6401", null, 51).p3ke(1).status(WIDOWED).trainedBefore(), 28);
        demo.advance(fatimah, 28, "VERIFIED");
        demo.submitted(new WrseDemoApplicant("Yuliana", Sex.F, today.minusYears(62).minusDays(30), "6401", null, 52)
                .p3ke(1), 16);
        demo.submitted(new WrseDemoApplicant("Budi Santoso", Sex.M, LocalDate.of(1986, 1, 15), "6471", null, 61)
                .p3ke(1), 9);
        demo.draft(new WrseDemoApplicant("Herlina", Sex.F, LocalDate.of(1991, 9, 27), "6471", null, 62).p3ke(2), 1);
    }

    private static WrseDemoApplicant woman(String name, int year, int month, int day, String district, int serial) {
        return new WrseDemoApplicant(name, Sex.F, LocalDate.of(year, month, day), "6402", district, serial);
    }
}
