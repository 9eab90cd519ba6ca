package com.hpgdesk.base;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * A service method that only reads: clinicians, practice leads (who also hold the clinician role) and read-only
 * reviewers may call it. Every method without it keeps its service's own, stricter check, so a method added
 * later is refused to reviewers until someone decides it only reads. {@code AccessMatrixTest} lists them all.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('CLINICIAN', 'REVIEWER')")
public @interface SeesRecords {
}
