package com.hpgdesk.lab;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A unit a lab reports in, with one canonical spelling for storage and display. Whether a unit is
 * accepted for a marker, and how it converts, is the catalogue's business ({@link Marker}), because the
 * factor depends on the substance (nmol/L to ng/dL differs for testosterone and cortisol).
 */
public enum Unit {
    NG_PER_DL("ng/dL"),
    NG_PER_ML("ng/mL"),
    NG_PER_L("ng/L"),
    PG_PER_ML("pg/mL"),
    UG_PER_DL("µg/dL"),
    UG_PER_L("µg/L"),
    MG_PER_DL("mg/dL"),
    MG_PER_L("mg/L"),
    G_PER_DL("g/dL"),
    G_PER_L("g/L"),
    NMOL_PER_L("nmol/L"),
    PMOL_PER_L("pmol/L"),
    UMOL_PER_L("µmol/L"),
    MMOL_PER_L("mmol/L"),
    MMOL_PER_MOL("mmol/mol"),
    IU_PER_L("IU/L"),
    MIU_PER_ML("mIU/mL"),
    MIU_PER_L("mIU/L"),
    UIU_PER_ML("µIU/mL"),
    PERCENT("%"),
    L_PER_L("L/L"),
    MILLION_PER_ML("10^6/mL"),
    /** Millions per ejaculate, as total motile count is reported. */
    MILLION("10^6");

    private static final Map<String, Unit> SPELLINGS = new HashMap<>();

    static {
        for (Unit unit : values()) {
            SPELLINGS.put(fold(unit.symbol), unit);
        }
        // Spellings seen in lab exports. Folding already handles case, spaces, µ/μ/u and "mc".
        alias(IU_PER_L, "U/L");
        alias(MIU_PER_ML, "mU/mL");
        alias(MIU_PER_L, "mU/L");
        alias(UIU_PER_ML, "µU/mL");
        // French, Italian and Spanish reports write UI (unité / unità / unidad internationale).
        alias(IU_PER_L, "UI/L");
        alias(MIU_PER_ML, "mUI/mL");
        alias(MIU_PER_L, "mUI/L");
        alias(UIU_PER_ML, "µUI/mL");
        alias(PERCENT, "percent");
        alias(MILLION_PER_ML, "x10^6/mL");
        alias(MILLION_PER_ML, "10E6/mL");
        alias(MILLION_PER_ML, "x10E6/mL");
        alias(MILLION_PER_ML, "10*6/mL");
        alias(MILLION_PER_ML, "x10*6/mL");
        alias(MILLION_PER_ML, "million/mL");
        alias(MILLION_PER_ML, "millions/mL");
        alias(MILLION_PER_ML, "mill/mL");
        alias(MILLION_PER_ML, "mio/mL");
        // 10^9 per litre is the same quantity as 10^6 per millilitre.
        alias(MILLION_PER_ML, "10^9/L");
        alias(MILLION_PER_ML, "x10^9/L");
        alias(MILLION, "x10^6");
        alias(MILLION, "10E6");
        alias(MILLION, "x10E6");
        alias(MILLION, "10*6");
        alias(MILLION, "million");
        alias(MILLION, "millions");
        alias(MILLION, "mill");
        alias(MILLION, "mio");
    }

    private final String symbol;

    Unit(String symbol) {
        this.symbol = symbol;
    }

    private static void alias(Unit unit, String spelling) {
        Unit previous = SPELLINGS.put(fold(spelling), unit);
        if (previous != null && previous != unit) {
            throw new IllegalStateException("Unit spelling '" + spelling + "' means both " + previous + " and " + unit);
        }
    }

    /** The canonical spelling, e.g. {@code µIU/mL} with the micro sign U+00B5. */
    public String symbol() {
        return symbol;
    }

    /**
     * Recognises a unit as labs write it: any case, with or without spaces, µ written as the micro sign,
     * the Greek mu (small, or capital from exports that upper-case everything), "u" or "mc", "mU" for
     * "mIU", and the usual ways of writing millions for semen counts.
     * Folding case is safe because no two units here differ only in case.
     */
    public static Optional<Unit> parse(String text) {
        return Optional.ofNullable(SPELLINGS.get(fold(text)));
    }

    private static String fold(String text) {
        String s = text.strip()
                .replace('\u00B5', 'u')
                .replace('\u03BC', 'u')
                .replace('\u039C', 'u')
                .replace('\u00D7', 'x')
                .replace("\u2076", "^6")
                .replace("\u2079", "^9");
        s = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder folded = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c)) {
                folded.append(c);
            }
        }
        s = folded.toString();
        if (s.startsWith("mc")) {
            s = "u" + s.substring(2);
        }
        if (s.startsWith("x")) {
            s = s.substring(1);
        }
        return s.replace("10e6", "10^6").replace("10*6", "10^6").replace("10e9", "10^9").replace("10*9", "10^9");
    }

    @Override
    public String toString() {
        return symbol;
    }
}
