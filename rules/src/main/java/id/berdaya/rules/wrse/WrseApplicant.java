package id.berdaya.rules.wrse;

import id.berdaya.rules.MaritalStatus;
import id.berdaya.rules.Sex;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;

/** The fact the WRSE rules judge: one applicant as she stands on her application date. */
public final class WrseApplicant {

    private final String nik;
    private final String kkNumber;
    private final String fullName;
    private final Sex sex;
    private final LocalDate birthDate;
    private final MaritalStatus maritalStatus;
    private final String regencyCode;
    private final String districtCode;
    private final LocalDate applicationDate;
    private final List<RegistryListing> registries;
    private final List<String> currentAid;
    private final List<String> circumstances;
    private final Integer priorWrseAidYear;
    private final boolean hasBusiness;
    private final String businessField;
    private final boolean mainBreadwinner;
    private final boolean priorSkillsTraining;
    private final int age;

    private WrseApplicant(Builder b) {
        this.nik = b.nik;
        this.kkNumber = b.kkNumber;
        this.fullName = b.fullName;
        this.sex = Objects.requireNonNull(b.sex, "sex");
        this.birthDate = Objects.requireNonNull(b.birthDate, "birthDate");
        this.maritalStatus = Objects.requireNonNull(b.maritalStatus, "maritalStatus");
        this.regencyCode = b.regencyCode;
        this.districtCode = b.districtCode;
        this.applicationDate = Objects.requireNonNull(b.applicationDate, "applicationDate");
        this.registries = List.copyOf(b.registries);
        this.currentAid = List.copyOf(b.currentAid);
        this.circumstances = List.copyOf(b.circumstances);
        this.priorWrseAidYear = b.priorWrseAidYear;
        this.hasBusiness = b.hasBusiness;
        this.businessField = b.businessField;
        this.mainBreadwinner = b.mainBreadwinner;
        this.priorSkillsTraining = b.priorSkillsTraining;
        if (birthDate.isAfter(applicationDate)) {
            throw new IllegalArgumentException("Birth date " + birthDate + " is after the application date " + applicationDate);
        }
        // Whole years: she turns 18 on her 18th birthday (a 29 February birthday counts from 1 March).
        this.age = Period.between(birthDate, applicationDate).getYears();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Age in whole years on the application date. */
    public int getAge() {
        return age;
    }

    public int getApplicationYear() {
        return applicationDate.getYear();
    }

    /** Whether a registry of this name (e.g. "DTKS") lists her. */
    public boolean isListedIn(String registryName) {
        return listingIn(registryName) != null;
    }

    /** Her listing in the named registry, or null if it does not list her. */
    public RegistryListing listingIn(String registryName) {
        for (RegistryListing listing : registries) {
            if (listing.getName().equals(registryName)) {
                return listing;
            }
        }
        return null;
    }

    /** Her welfare decile in the named registry, or null if it does not list her or does not rank households. */
    public Integer decileIn(String registryName) {
        RegistryListing listing = listingIn(registryName);
        return listing == null ? null : listing.getDecile();
    }

    /**
     * Where she stands against the registries given, counting a ranked listing only up to maxDecile (a
     * condition of the REGISTRY rules: {@code $standing : standingIn(List.of("DTKS", "P3KE"), 10)}).
     */
    public RegistryStanding standingIn(List<String> required, int maxDecile) {
        return RegistryStanding.of(this, required, maxDecile);
    }

    /** Whether she currently receives the aid with this code (e.g. "PKH"). */
    public boolean receives(String aidCode) {
        return currentAid.contains(aidCode);
    }

    public String getNik() {
        return nik;
    }

    public String getKkNumber() {
        return kkNumber;
    }

    public String getFullName() {
        return fullName;
    }

    public Sex getSex() {
        return sex;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public MaritalStatus getMaritalStatus() {
        return maritalStatus;
    }

    /** Domicile regency/city code from the family card (not the NIK's first digits). */
    public String getRegencyCode() {
        return regencyCode;
    }

    public String getDistrictCode() {
        return districtCode;
    }

    public LocalDate getApplicationDate() {
        return applicationDate;
    }

    public List<RegistryListing> getRegistries() {
        return registries;
    }

    public List<String> getCurrentAid() {
        return currentAid;
    }

    /** Her circumstances as codes (HEAD_OF_HOUSEHOLD, DISABILITY, VIOLENCE_SURVIVOR, ELDERLY_DEPENDANTS, ...). */
    public List<String> getCircumstances() {
        return circumstances;
    }

    /** Whether a business field is declared (not null, not blank). */
    public boolean isBusinessFieldDeclared() {
        return businessField != null && !businessField.isBlank();
    }

    public Integer getPriorWrseAidYear() {
        return priorWrseAidYear;
    }

    public boolean isHasBusiness() {
        return hasBusiness;
    }

    public String getBusinessField() {
        return businessField;
    }

    public boolean isMainBreadwinner() {
        return mainBreadwinner;
    }

    public boolean isPriorSkillsTraining() {
        return priorSkillsTraining;
    }

    @Override
    public String toString() {
        return "WrseApplicant[" + nik + ", " + sex + ", age " + age + ", " + maritalStatus + ", " + regencyCode + "]";
    }

    public static final class Builder {
        private String nik;
        private String kkNumber;
        private String fullName;
        private Sex sex;
        private LocalDate birthDate;
        private MaritalStatus maritalStatus;
        private String regencyCode;
        private String districtCode;
        private LocalDate applicationDate;
        private List<RegistryListing> registries = List.of();
        private List<String> currentAid = List.of();
        private List<String> circumstances = List.of();
        private Integer priorWrseAidYear;
        private boolean hasBusiness;
        private String businessField;
        private boolean mainBreadwinner;
        private boolean priorSkillsTraining;

        private Builder() {
        }

        public Builder nik(String nik) {
            this.nik = nik;
            return this;
        }

        public Builder kkNumber(String kkNumber) {
            this.kkNumber = kkNumber;
            return this;
        }

        public Builder fullName(String fullName) {
            this.fullName = fullName;
            return this;
        }

        public Builder sex(Sex sex) {
            this.sex = sex;
            return this;
        }

        public Builder birthDate(LocalDate birthDate) {
            this.birthDate = birthDate;
            return this;
        }

        public Builder maritalStatus(MaritalStatus maritalStatus) {
            this.maritalStatus = maritalStatus;
            return this;
        }

        public Builder regencyCode(String regencyCode) {
            this.regencyCode = regencyCode;
            return this;
        }

        public Builder districtCode(String districtCode) {
            this.districtCode = districtCode;
            return this;
        }

        public Builder applicationDate(LocalDate applicationDate) {
            this.applicationDate = applicationDate;
            return this;
        }

        public Builder registries(List<RegistryListing> registries) {
            this.registries = registries;
            return this;
        }

        public Builder currentAid(List<String> currentAid) {
            this.currentAid = currentAid;
            return this;
        }

        public Builder circumstances(List<String> circumstances) {
            this.circumstances = circumstances;
            return this;
        }

        public Builder priorWrseAidYear(Integer priorWrseAidYear) {
            this.priorWrseAidYear = priorWrseAidYear;
            return this;
        }

        public Builder hasBusiness(boolean hasBusiness) {
            this.hasBusiness = hasBusiness;
            return this;
        }

        public Builder businessField(String businessField) {
            this.businessField = businessField;
            return this;
        }

        public Builder mainBreadwinner(boolean mainBreadwinner) {
            this.mainBreadwinner = mainBreadwinner;
            return this;
        }

        public Builder priorSkillsTraining(boolean priorSkillsTraining) {
            this.priorSkillsTraining = priorSkillsTraining;
            return this;
        }

        public WrseApplicant build() {
            return new WrseApplicant(this);
        }
    }
}
