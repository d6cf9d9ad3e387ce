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

/** A region code that is in the region table (a regency or city, or a district); null passes. */
@Constraint(validatedBy = KnownRegion.Check.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface KnownRegion {

    String message() default "is not a known region code";

    /** Whether the code must name a regency or city (true) or a district (false). */
    boolean regency();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<KnownRegion, String> {

        @Inject
        private ReferenceDataService referenceData;

        /** Codes found once: regions change only by migrations, and screening is checked thousands of times a second. */
        private static final Set<String> KNOWN = ConcurrentHashMap.newKeySet();

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
            if (!code.matches("[0-9]{4}|[0-9]{6}")) {
                return false;
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
