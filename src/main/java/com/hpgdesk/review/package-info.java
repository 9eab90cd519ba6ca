/**
 * The practice-wide review: every patient's latest figures, flags and recovery status on one screen, with
 * filters, counters and a CSV export. Reads the per-patient summary of {@code assessment} joined to the patient;
 * nothing depends on this package.
 */
@NullMarked
package com.hpgdesk.review;

import org.jspecify.annotations.NullMarked;
