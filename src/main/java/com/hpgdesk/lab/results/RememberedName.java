package com.hpgdesk.lab.results;

import com.hpgdesk.lab.MarkerKey;
import java.time.Instant;

/** A test name of one lab and the marker a clinician said it is; for the practice lead's review. */
public record RememberedName(long id, long version, String lab, String name, MarkerKey marker, String changedBy,
                             Instant changedAt) {
}
