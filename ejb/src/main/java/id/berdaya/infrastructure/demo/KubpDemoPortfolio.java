package id.berdaya.infrastructure.demo;

import java.util.List;

/**
 * What the KUBP demo holds, as data: a group in every district of Kutai Kartanegara, each with a
 * loan whose history puts it in a chosen state on the day the demo is loaded. Groups in the two
 * districts split off in 2022 were founded after the split; older loans carry the old codes.
 */
final class KubpDemoPortfolio {

    /** The state a demo loan is in today, and how it got there. */
    enum Profile {
        /** Paid on time; the next installment due in ten days. */
        CURRENT,
        /** One installment 12 days late. */
        DPD_1_30,
        DPD_31_60,
        DPD_61_90,
        DPD_OVER_90,
        /** Six installments, all paid, the last a few months ago. */
        PAID_OFF,
        /** Current, with a payment keyed twice and reversed. */
        CURRENT_WITH_REVERSAL,
        /** Disbursed in 2021, two installments paid, written off in 2023. */
        WRITTEN_OFF,
        /** Entered by the loan officer, waiting for the supervisor. */
        APPLIED,
        /** Approved, waiting for finance to disburse. */
        APPROVED
    }

    record DemoGroup(String districtCode, String name, String village, String businessField, int members,
            int foundedYear, Profile profile, boolean repaidLoanBefore2022) {
    }

    static final List<DemoGroup> GROUPS = List.of(
            new DemoGroup("640201", "KUBP Mawar Mahakam", "Muara Muntai Ilir", "FISHERY", 10, 2014, Profile.CURRENT, true),
            new DemoGroup("640202", "KUBP Melati Loa Kulu", "Loa Kulu Kota", "CULINARY", 8, 2015, Profile.DPD_1_30, false),
            new DemoGroup("640203", "KUBP Anggrek Bulan", "Loa Janan Ulu", "SEWING", 12, 2016, Profile.DPD_31_60, false),
            new DemoGroup("640204", "KUBP Kenanga Delta", "Sungai Meriam", "FISHERY", 9, 2013, Profile.DPD_61_90, false),
            new DemoGroup("640205", "KUBP Cempaka Pesisir", "Badak Baru", "CULINARY", 11, 2014, Profile.DPD_OVER_90, false),
            new DemoGroup("640206", "KUBP Teratai Kedaton", "Loa Ipuh", "HANDICRAFT", 15, 2012, Profile.PAID_OFF, true),
            new DemoGroup("640207", "KUBP Dahlia Sebulu", "Sebulu Ilir", "AGRICULTURE", 7, 2017, Profile.CURRENT_WITH_REVERSAL, false),
            new DemoGroup("640208", "KUBP Seroja Kota Bangun", "Kota Bangun Ilir", "TRADE", 10, 2015, Profile.WRITTEN_OFF, false),
            new DemoGroup("640209", "KUBP Bougenvil Kenohan", "Kahala", "FISHERY", 6, 2018, Profile.CURRENT, false),
            new DemoGroup("640210", "KUBP Kamboja Janggut", "Kelekat", "AGRICULTURE", 8, 2016, Profile.APPLIED, false),
            new DemoGroup("640211", "KUBP Tulip Martadipura", "Muara Kaman Ulu", "LIVESTOCK", 9, 2014, Profile.DPD_1_30, true),
            new DemoGroup("640212", "KUBP Sakura Tabang", "Umaq Tukung", "HANDICRAFT", 5, 2019, Profile.DPD_OVER_90, false),
            new DemoGroup("640213", "KUBP Lily Samboja", "Samboja Kuala", "CULINARY", 13, 2013, Profile.CURRENT, true),
            new DemoGroup("640214", "KUBP Kartini Muara Jawa", "Muara Jawa Ulu", "SERVICES", 10, 2017, Profile.DPD_31_60, false),
            new DemoGroup("640215", "KUBP Srikandi Sanga Sanga", "Sanga Sanga Dalam", "SEWING", 8, 2015, Profile.PAID_OFF, false),
            new DemoGroup("640216", "KUBP Flamboyan Seberang", "Bukit Raya", "TRADE", 14, 2012, Profile.CURRENT, false),
            new DemoGroup("640217", "KUBP Nusa Indah Santan", "Santan Ilir", "FISHERY", 9, 2016, Profile.DPD_61_90, false),
            new DemoGroup("640218", "KUBP Kemuning Muara Wis", "Melintang", "FISHERY", 7, 2018, Profile.APPROVED, false),
            new DemoGroup("640219", "KUBP Seruni Kota Bangun Darat", "Sedulang", "AGRICULTURE", 8, 2022, Profile.CURRENT, false),
            new DemoGroup("640220", "KUBP Tanjung Samboja Barat", "Karya Merdeka", "CULINARY", 10, 2023, Profile.DPD_1_30, false),
            new DemoGroup("640206", "KUBP Asoka Tenggarong", "Timbau", "CULINARY", 12, 2019, Profile.CURRENT, false),
            new DemoGroup("640203", "KUBP Matahari Loa Janan", "Tani Bhakti", "TRADE", 6, 2020, Profile.PAID_OFF, false));

    static final List<String> FIRST_NAMES = List.of("Siti", "Nur", "Sri", "Dewi", "Rahmawati", "Fitri", "Wahyuni",
            "Aminah", "Hasanah", "Yuliani", "Rina", "Lestari", "Suryani", "Kartini", "Ratna", "Indah", "Mulyani",
            "Hartati", "Salmah", "Jumiati", "Masitah", "Norhayati", "Rusmini", "Halimah");

    static final List<String> FAMILY_NAMES = List.of("Aisyah", "Rahayu", "Handayani", "Purnamasari", "Wulandari",
            "Kusuma", "Sari", "Anggraini", "Pratiwi", "Ningsih", "Maulida", "Fauziah", "Jamilah", "Safitri");

    private KubpDemoPortfolio() {
    }
}
