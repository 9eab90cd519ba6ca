package com.hpgdesk.lab.results;

import com.hpgdesk.lab.CalculatedFreeTestosterone;
import com.hpgdesk.lab.HomaIr;
import com.hpgdesk.lab.TestosteroneEstradiolRatio;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The markers calculated from results of one collection date. Each result carries its inputs, its formula
 * or assumptions and its citation; a marker that could not be calculated is null and {@code notCalculated}
 * says what it lacked.
 */
public record DerivedMarkers(
        LocalDate collectedOn,
        CalculatedFreeTestosterone.@Nullable Result freeTestosterone,
        HomaIr.@Nullable Result homaIr,
        TestosteroneEstradiolRatio.@Nullable Result testosteroneEstradiolRatio,
        List<String> notCalculated) {

    public DerivedMarkers {
        notCalculated = List.copyOf(notCalculated);
    }
}
