package id.berdaya.domain.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An entity whose every creation, change and removal is written to the change history (who, when,
 * which fields from what to what), in the transaction of the change. Fields named in {@link #omit()}
 * are never written (files, hashes, confidential facts); NIKs are always masked.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface KeepsHistory {

    /** The fields left out of the history, besides collections, files and anything named like a password. */
    String[] omit() default {};
}
