package id.berdaya.interfaces.targeting.rest;

import java.time.LocalDate;

/** {@code {"regencyCode": "6402", "applicationDate": "2026-12-01"}}. */
public record TargetingRunRequest(String regencyCode, LocalDate applicationDate) {
}
