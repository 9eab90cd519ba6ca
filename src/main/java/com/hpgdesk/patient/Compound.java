package com.hpgdesk.patient;

/** Androgens a course may contain. Ester and form matter: they set the dosing interval and the clearance time. */
public enum Compound {
    TESTOSTERONE_CYPIONATE("Testosterone cypionate"),
    TESTOSTERONE_ENANTHATE("Testosterone enanthate"),
    TESTOSTERONE_UNDECANOATE("Testosterone undecanoate"),
    TESTOSTERONE_PROPIONATE("Testosterone propionate"),
    TESTOSTERONE_GEL("Testosterone gel"),
    TESTOSTERONE_PELLETS("Testosterone pellets"),
    NANDROLONE("Nandrolone"),
    TRENBOLONE("Trenbolone"),
    BOLDENONE("Boldenone"),
    DROSTANOLONE("Drostanolone"),
    OXANDROLONE("Oxandrolone"),
    STANOZOLOL("Stanozolol"),
    METANDIENONE("Metandienone"),
    OXYMETHOLONE("Oxymetholone"),
    OTHER("Other (named in the course)");

    private final String label;

    Compound(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
