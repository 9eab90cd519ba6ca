package com.hpgdesk.lab.importer;

/** How a file writes the decimal part of a number: "1.5" or "1,5". The other sign groups thousands. */
public enum DecimalMark {
    POINT('.'),
    COMMA(',');

    private final char sign;

    DecimalMark(char sign) {
        this.sign = sign;
    }

    public char sign() {
        return sign;
    }

    static DecimalMark of(char sign) {
        return sign == ',' ? COMMA : POINT;
    }
}
