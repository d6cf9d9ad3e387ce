package id.berdaya.rules.bench;

import id.berdaya.rules.MaritalStatus;
import id.berdaya.rules.Sex;
import id.berdaya.rules.wrse.RegistryListing;
import id.berdaya.rules.wrse.WrseApplicant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A reproducible mix of applicants: mostly eligible women, with every criterion failing or in review now and then. */
public final class SampleApplicants {

    private static final String[] REGENCIES = {"6401", "6402", "6403", "6471", "6472", "6474", "6501"};
    private static final String[] FIELDS = {"CULINARY", "SEWING", "TRADE", "FISHERY", null};
    private static final LocalDate APPLICATION_DATE = LocalDate.of(2025, 3, 15);

    private SampleApplicants() {
    }

    public static List<WrseApplicant> mix(int count, long seed) {
        Random random = new Random(seed);
        List<WrseApplicant> applicants = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            List<RegistryListing> registries = new ArrayList<>();
            if (random.nextInt(10) > 0) {
                registries.add(new RegistryListing("DTKS", null));
            }
            if (random.nextInt(10) > 0) {
                registries.add(new RegistryListing("P3KE", 1 + random.nextInt(10)));
            }
            applicants.add(WrseApplicant.builder()
                    .nik(String.format("647203%010d", i))
                    .sex(random.nextInt(20) == 0 ? Sex.M : Sex.F)
                    .birthDate(APPLICATION_DATE.minusDays(15 * 365 + random.nextInt(50 * 365)))
                    .maritalStatus(MaritalStatus.values()[random.nextInt(MaritalStatus.values().length)])
                    .regencyCode(REGENCIES[random.nextInt(REGENCIES.length)])
                    .applicationDate(APPLICATION_DATE)
                    .registries(registries)
                    .currentAid(random.nextInt(10) == 0 ? List.of("PKH") : random.nextInt(10) == 0 ? List.of("KUBE", "BPNT") : List.of())
                    .priorWrseAidYear(random.nextInt(15) == 0 ? 2023 : null)
                    .hasBusiness(random.nextBoolean())
                    .businessField(FIELDS[random.nextInt(FIELDS.length)])
                    .mainBreadwinner(random.nextBoolean())
                    .priorSkillsTraining(random.nextInt(4) == 0)
                    .build());
        }
        return applicants;
    }
}
