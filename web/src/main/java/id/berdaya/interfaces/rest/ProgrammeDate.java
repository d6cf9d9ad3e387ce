package id.berdaya.interfaces.rest;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A date within the programmes' life: not before they began (KUBP lending started in 2012) and,
 * for an event that has happened, not after today in East Kalimantan (Asia/Makassar); a planned
 * date may lie up to {@link #daysAhead()} days ahead. Null passes (use @NotNull where required).
 */
@Constraint(validatedBy = ProgrammeDate.Check.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface ProgrammeDate {

    LocalDate PROGRAMME_START = LocalDate.of(2012, 1, 1);

    String message() default "{berdaya.ProgrammeDate.message}";

    /** How far ahead of today the date may be: 0 for an event that has happened. */
    int daysAhead() default 0;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<ProgrammeDate, LocalDate> {

        private static final ZoneId ZONE = ZoneId.of("Asia/Makassar");
        private int daysAhead;

        @Override
        public void initialize(ProgrammeDate annotation) {
            daysAhead = annotation.daysAhead();
        }

        @Override
        public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
            return date == null || !date.isBefore(PROGRAMME_START) && !date.isAfter(LocalDate.now(ZONE).plusDays(daysAhead));
        }
    }
}
