package com.hpgdesk.protocol;

/** Drugs used in restart protocols. {@link #OTHER} needs a name; its dose is not checked for plausibility. */
public enum Drug {
    HCG("hCG", DrugClass.GONADOTROPIN, TreatmentBand.HCG),
    CLOMIPHENE("Clomiphene", DrugClass.SERM, TreatmentBand.SERM),
    ENCLOMIPHENE("Enclomiphene", DrugClass.SERM, TreatmentBand.SERM),
    TAMOXIFEN("Tamoxifen", DrugClass.SERM, TreatmentBand.SERM),
    GONADORELIN("Gonadorelin", DrugClass.GNRH_ANALOGUE, TreatmentBand.GNRH_ANALOGUE),
    ANASTROZOLE("Anastrozole", DrugClass.AROMATASE_INHIBITOR, TreatmentBand.AROMATASE_INHIBITOR),
    FSH("FSH", DrugClass.GONADOTROPIN, TreatmentBand.FSH),
    OTHER("Other", DrugClass.OTHER, TreatmentBand.OTHER_MEDICATION);

    private final String label;
    private final DrugClass drugClass;
    private final TreatmentBand band;

    Drug(String label, DrugClass drugClass, TreatmentBand band) {
        this.label = label;
        this.drugClass = drugClass;
        this.band = band;
    }

    public String label() {
        return label;
    }

    public DrugClass drugClass() {
        return drugClass;
    }

    public TreatmentBand band() {
        return band;
    }
}
