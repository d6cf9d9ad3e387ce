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
 * A date that is not after today in East Kalimantan (WITA): what {@code @PastOrPresent} should mean
 * here. {@code @PastOrPresent} reads the server's zone, and from 16:00 UTC until midnight a date of
 * today in Tenggarong was refused as future. Null passes (use @NotNull where required).
 */
@Constraint(validatedBy = NotAfterToday.Check.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface NotAfterToday {

    String message() default "{berdaya.NotAfterToday.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<NotAfterToday, LocalDate> {

        private static final ZoneId WITA = ZoneId.of("Asia/Makassar");

        @Override
        public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
            return date == null || !date.isAfter(LocalDate.now(WITA));
        }
    }
}
