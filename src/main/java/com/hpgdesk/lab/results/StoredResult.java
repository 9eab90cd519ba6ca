package com.hpgdesk.lab.results;

import com.hpgdesk.lab.Flag;
import com.hpgdesk.lab.Marker;
import com.hpgdesk.lab.RangeOrigin;
import com.hpgdesk.lab.ReferenceRange;
import com.hpgdesk.lab.ReportedValue;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A saved result as the screens show it.
 *
 * @param reportVersion the version of its report, to pass back when editing or deleting the result
 * @param reported the value and unit exactly as the lab reported them, with the comparator of a censored
 *     value ("&lt; 0.2 IU/L")
 * @param canonical the same value (same comparator) in the marker's canonical unit, for comparing
 * @param range the range the flag was computed against (the lab's, or the catalogue default), as given
 * @param rangeSource whom the range comes from: the reporting laboratory or the catalogue's citation
 */
public record StoredResult(
        long id,
        long reportId,
        long reportVersion,
        LocalDate collectedOn,
        Marker marker,
        ReportedValue reported,
        ReportedValue canonical,
        @Nullable ReferenceRange range,
        RangeOrigin rangeOrigin,
        @Nullable String rangeSource,
        Flag flag,
        @Nullable String method) {
}
