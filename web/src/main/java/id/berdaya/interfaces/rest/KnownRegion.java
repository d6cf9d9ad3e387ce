package id.berdaya.interfaces.rest;

import id.berdaya.application.reference.ReferenceDataService;
import id.berdaya.domain.region.Region;
import jakarta.inject.Inject;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A region code that can exist: a regency/city code is 4 digits under one of Indonesia's 38 province
 * codes (one outside East Kalimantan is no input error: it fails the RESIDENCE criterion), a district
 * 6 digits under such a code; inside East Kalimantan a regency, and inside Kutai Kartanegara a
 * district, must be in the region table. Null passes.
 */
@Constraint(validatedBy = KnownRegion.Check.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface KnownRegion {

    String message() default "{berdaya.KnownRegion.message}";

    /** Whether the code must name a regency or city (true) or a district (false). */
    boolean regency();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<KnownRegion, String> {

        @Inject
        private ReferenceDataService referenceData;

        /** Codes found once: regions change only by migrations, and screening is checked thousands of times a second. */
        private static final Set<String> KNOWN = ConcurrentHashMap.newKeySet();

        private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "16", "17", "18", "19",
                "21", "31", "32", "33", "34", "35", "36", "51", "52", "53", "61", "62", "63", "64", "65", "71", "72",
                "73", "74", "75", "76", "81", "82", "91", "92", "93", "94", "95", "96");
        private static final String EAST_KALIMANTAN = "64";
        private static final String KUTAI_KARTANEGARA = "6402";

        private boolean regency;

        @Override
        public void initialize(KnownRegion annotation) {
            regency = annotation.regency();
        }

        @Override
        public boolean isValid(String code, ConstraintValidatorContext context) {
            if (code == null || code.isBlank()) {
                return true;
            }
            if (!code.matches(regency ? "[0-9]{4}" : "[0-9]{6}") || !PROVINCES.contains(code.substring(0, 2))) {
                return false;
            }
            boolean tabled = regency ? code.startsWith(EAST_KALIMANTAN) : code.startsWith(KUTAI_KARTANEGARA);
            if (!tabled) {
                return true;
            }
            String key = (regency ? "R" : "D") + code;
            if (KNOWN.contains(key)) {
                return true;
            }
            boolean known = referenceData.find(code).map(Region::isRegencyOrCity).map(r -> r == regency).orElse(false);
            if (known) {
                KNOWN.add(key);
            }
            return known;
        }
    }
}
