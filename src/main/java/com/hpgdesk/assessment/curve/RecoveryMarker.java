package com.hpgdesk.assessment.curve;

import com.hpgdesk.lab.MarkerKey;
import com.hpgdesk.lab.Unit;

/** The three markers of the recovery curve, in the canonical unit of the marker catalogue. */
public enum RecoveryMarker {
    TOTAL_TESTOSTERONE(MarkerKey.TOTAL_TESTOSTERONE, "Total testosterone", Unit.NG_PER_DL, "ng/dL", 0),
    LH(new MarkerKey("LH"), "LH", Unit.IU_PER_L, "IU/L", 2),
    SPERM_CONCENTRATION(new MarkerKey("SPERM_CONCENTRATION"), "Sperm concentration", Unit.MILLION_PER_ML,
            "million/mL", 1);

    private final MarkerKey key;
    private final String label;
    private final Unit unit;
    private final String unitWords;
    private final int decimals;

    RecoveryMarker(MarkerKey key, String label, Unit unit, String unitWords, int decimals) {
        this.key = key;
        this.label = label;
        this.unit = unit;
        this.unitWords = unitWords;
        this.decimals = decimals;
    }

    public MarkerKey key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** The unit values must be in: the catalogue's canonical unit, which lab trends are delivered in. */
    public Unit unit() {
        return unit;
    }

    /** The unit as a clinician reads it on the chart and in the table ("million/mL" rather than "10^6/mL"). */
    public String unitWords() {
        return unitWords;
    }

    /** Places shown in the table; the chart draws the exact value. */
    public int decimals() {
        return decimals;
    }
}
