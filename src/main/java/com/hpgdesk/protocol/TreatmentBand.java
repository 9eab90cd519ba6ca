package com.hpgdesk.protocol;

/**
 * The bands a chart draws under lab trends. hCG and FSH are both gonadotropins but act on different cells,
 * so each gets its own band; the SERMs share one.
 */
public enum TreatmentBand {
    HCG("hCG"),
    FSH("FSH"),
    SERM("SERM"),
    AROMATASE_INHIBITOR("Aromatase inhibitor"),
    GNRH_ANALOGUE("GnRH analogue"),
    OTHER_MEDICATION("Other medication"),
    NATURAL_RECOVERY("Natural recovery");

    private final String label;

    TreatmentBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
