package com.hpgdesk.patient;

import java.util.List;

/** Strings that have broken a registry somewhere, each for its own reason (issue 11): pushed through text fields. */
public final class TextCorpus {

    public static final List<String> STRINGS = List.of(
            "ß".repeat(25),                       // upper-cases to 50 characters
            "ﬃ".repeat(20),                       // NFKC makes 60 characters of 20
            "\uFDFA".repeat(12),                  // one character, 18 Arabic letters, far more in Latin ones
            "\uFDFA".repeat(100),
            "１２３４５",                           // full-width digits
            "Ⅻ-ＡＢ",                             // a Roman numeral and full-width letters
            "Anna\u202Eanna",                     // right-to-left override: reads differently from what it is
            "zero\u200Bwidth",                    // zero-width space
            "\uFEFFbom",                          // byte order mark pasted from a file
            "soft\u00ADhyphen",
            "line\nbreak",
            "nul\u0000byte",                      // PostgreSQL refuses NUL in text
            "half\uD800pair",                     // cannot be written as UTF-8
            "😀".repeat(60),                      // 60 characters, 120 UTF-16 units
            "İ".repeat(40),                       // lower-cases to two characters each
            "a".repeat(101),
            "x".repeat(501),
            "<script>alert(1)</script>",
            "O'Brien\"; drop table patient; --",
            "\u3000\u3000",                       // ideographic spaces only
            "Zoë Ødegård-Łukasiewicz");

    private TextCorpus() {
    }
}
