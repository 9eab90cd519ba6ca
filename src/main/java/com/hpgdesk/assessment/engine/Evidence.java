package com.hpgdesk.assessment.engine;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One input as it was judged.
 *
 * @param input what was read, e.g. "hs-CRP" or "Dietary composition (row)"
 * @param value the value as reported, with its unit, e.g. "&lt; 0.2 IU/L"
 * @param date the sample date, lifestyle week or row assessment date
 * @param threshold what it was judged against, e.g. "hinders above 3 mg/L"
 * @param stale older than its freshness window: shown, weighted as the rules say
 * @param note context such as "taken during an hCG phase" or why the push is undecided
 */
public record Evidence(String input, String value, LocalDate date, String threshold, Push push, boolean stale,
                       @Nullable String note) {
}
