package com.hpgdesk.lab.results;

import com.hpgdesk.lab.CalculatedFreeTestosterone;
import com.hpgdesk.lab.HomaIr;
import com.hpgdesk.lab.TestosteroneEstradiolRatio;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The markers calculated from results of one collection date. Each result carries its inputs, its formula
 * or assumptions and its citation; a marker that could not be calculated is null and {@code notCalculated}
 * says what it lacked.
 *
 * @param failed the calculations whose inputs were all there but gave no value, with why (also in
 *     {@code notCalculated}): inputs given as limits of the assay that pull the result opposite ways, say, so
 *     that it could be any value. A view shows these where the value would be; a missing input it need not.
 */
public record DerivedMarkers(
        LocalDate collectedOn,
        CalculatedFreeTestosterone.@Nullable Result freeTestosterone,
        HomaIr.@Nullable Result homaIr,
        TestosteroneEstradiolRatio.@Nullable Result testosteroneEstradiolRatio,
        List<String> notCalculated,
        Map<Calculation, String> failed) {

    /** The calculations of a collection date; free testosterone's also gives bioavailable testosterone. */
    public enum Calculation {
        FREE_TESTOSTERONE, HOMA_IR, TESTOSTERONE_ESTRADIOL_RATIO
    }

    public DerivedMarkers {
        notCalculated = List.copyOf(notCalculated);
        failed = Map.copyOf(failed);
    }
}
