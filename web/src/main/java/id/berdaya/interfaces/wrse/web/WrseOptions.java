package id.berdaya.interfaces.wrse.web;

import id.berdaya.application.reference.ReferenceDataService;
import id.berdaya.application.wrse.CircumstanceService;
import id.berdaya.domain.region.Region;
import id.berdaya.domain.wrse.ApplicationStatus;
import id.berdaya.domain.wrse.Circumstance;
import id.berdaya.domain.wrse.WrseProgramme;
import id.berdaya.interfaces.i18n.LocaleBean;
import id.berdaya.rules.MaritalStatus;
import id.berdaya.rules.wrse.WrseDecision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The choices the WRSE pages offer in their selects; labels come from the wrse bundle by code. */
@Named("wrseOptions")
@ApplicationScoped
public class WrseOptions {

    /** Business fields, registries and aid programmes as the code lists of migration V3 hold them. */
    private static final List<String> BUSINESS_FIELDS = List.of("CULINARY", "SEWING", "HANDICRAFT", "TRADE",
            "AGRICULTURE", "LIVESTOCK", "FISHERY", "SERVICES", "OTHER");
    private static final List<String> AID_PROGRAMMES = List.of("PKH", "KUBE", "BPNT", "PIP", "PBI_JK", "BLT_DD", "OTHER");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    private ReferenceDataService referenceData;

    @Inject
    private CircumstanceService circumstances;

    @Inject
    private LocaleBean locale;

    public List<Region> getRegencies() {
        return referenceData.regencies();
    }

    public List<Region> districtsOf(String regencyCode) {
        return regencyCode == null || regencyCode.isBlank() ? List.of() : referenceData.districtsOf(regencyCode);
    }

    public String regionName(String code) {
        return code == null ? "" : referenceData.find(code).map(Region::getName).orElse(code);
    }

    /** A moment as staff in East Kalimantan read it: local date and time, WITA. */
    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(WrseProgramme.ZONE)) + " WITA";
    }

    public ApplicationStatus[] getStatuses() {
        return ApplicationStatus.values();
    }

    public MaritalStatus[] getMaritalStatuses() {
        return MaritalStatus.values();
    }

    public WrseDecision[] getJudgements() {
        return new WrseDecision[] {WrseDecision.ELIGIBLE, WrseDecision.INELIGIBLE};
    }

    public List<String> getBusinessFields() {
        return BUSINESS_FIELDS;
    }

    public List<String> getAidProgrammes() {
        return AID_PROGRAMMES;
    }

    /** The circumstance code list as policy staff keep it, in form order. */
    public List<Circumstance> getCircumstances() {
        return circumstances.list();
    }

    /** A circumstance's label in the session language (the code if it is not on the list). */
    public String circumstanceLabel(String code) {
        return circumstances.list().stream().filter(c -> c.code().equals(code)).findFirst()
                .map(c -> "en".equals(locale.getLanguage()) ? c.nameEn() : c.nameId()).orElse(code);
    }

    public List<Integer> getDeciles() {
        return List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    }
}
