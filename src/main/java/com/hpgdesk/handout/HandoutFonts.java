package com.hpgdesk.handout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fonts every handout embeds, shipped inside the application, never the machine's own: DejaVu Sans,
 * regular and bold (Latin with every accent, Greek and Cyrillic), and Droid Sans Fallback for Chinese,
 * Japanese and Korean, which DejaVu lacks. Each character is printed in the first of these that has it.
 * Parsing a font takes long enough to notice, so each is parsed once, when the application starts, and lent
 * to one document at a time: a parsed font reads its glyphs lazily and is not safe for two documents at once.
 */
public final class HandoutFonts {

    /** Shown, and logged, instead of a character no shipped font has. */
    static final int REPLACEMENT = 0xFFFD;
    private static final Logger LOG = LoggerFactory.getLogger(HandoutFonts.class);
    private static final String REGULAR = "/handout/fonts/DejaVuSans.ttf";
    private static final String BOLD = "/handout/fonts/DejaVuSans-Bold.ttf";
    /** TrueType outlines (not CFF), so PDFBox can embed just the glyphs a handout uses. Has no bold face. */
    private static final String FALLBACK = "/handout/fonts/DroidSansFallback.ttf";

    /** A regular and a bold face and the fallback both share, lent to one document at a time. */
    public record Faces(TrueTypeFont regular, TrueTypeFont bold, TrueTypeFont fallback, CmapLookup regularMap,
                        CmapLookup boldMap, CmapLookup fallbackMap) {
    }

    /** A stretch of printable text that one font shows: its face's own, or the fallback. */
    record Run(String text, boolean fallback) {
    }

    private final BlockingQueue<Faces> pool;

    /** @param sets how many documents may be laid out at once */
    public HandoutFonts(int sets) {
        byte[] regular = withoutGlyphSubstitution(read(REGULAR));
        byte[] bold = withoutGlyphSubstitution(read(BOLD));
        byte[] fallback = withoutGlyphSubstitution(read(FALLBACK));
        pool = new ArrayBlockingQueue<>(sets);
        for (int i = 0; i < sets; i++) {
            pool.add(parse(regular, bold, fallback));
        }
    }

    /** Lends a set of faces; give it back with {@link #giveBack}. Waits while every set is in use. */
    Faces borrow() {
        try {
            return pool.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the handout fonts", e);
        }
    }

    void giveBack(Faces faces) {
        pool.add(faces);
    }

    /**
     * The text as the fonts can show it: composed (NFC, so "e" + combining accent is one "é"), control
     * characters as spaces, and every character neither the face nor the fallback has replaced by a visible "�"
     * and logged, by code point only (never the text, which may be a patient's name).
     */
    static String printable(String text, CmapLookup font, CmapLookup fallback) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        var out = new StringBuilder(composed.length());
        composed.codePoints().forEach(codePoint -> {
            if (Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.FORMAT) {
                out.append(' ');
            } else if (font.getGlyphId(codePoint) == 0 && fallback.getGlyphId(codePoint) == 0) {
                LOG.warn("A handout holds U+{} ({}), which no shipped font covers: printed as U+FFFD",
                        String.format("%04X", codePoint), Character.getName(codePoint));
                out.appendCodePoint(REPLACEMENT);
            } else {
                out.appendCodePoint(codePoint);
            }
        });
        return out.toString();
    }

    /** Printable text (see {@link #printable}) cut where it passes between the face and the fallback. */
    static List<Run> runs(String printable, CmapLookup font) {
        var runs = new ArrayList<Run>(1);
        var current = new StringBuilder(printable.length());
        boolean inFallback = false;
        for (int i = 0; i < printable.length(); i = printable.offsetByCodePoints(i, 1)) {
            int codePoint = printable.codePointAt(i);
            // A space has no script: it stays with the run it is in rather than cutting it in two.
            boolean fallback = codePoint == ' ' ? inFallback : font.getGlyphId(codePoint) == 0;
            if (fallback != inFallback && !current.isEmpty()) {
                runs.add(new Run(current.toString(), inFallback));
                current.setLength(0);
            }
            inFallback = fallback;
            current.appendCodePoint(codePoint);
        }
        if (!current.isEmpty() || runs.isEmpty()) {
            runs.add(new Run(current.toString(), inFallback));
        }
        return runs;
    }

    /**
     * The font without its glyph substitution table. Given one, PDFBox 3 runs every shown string through its
     * ligature rules and compiles regular expressions for each call: a third of a handout's time in the
     * benchmark's flight recording. The handout needs no ligatures (it sets Latin, Greek, Cyrillic and CJK
     * without them), and without them copied text is always exactly the text. The table is left in the bytes
     * but renamed in the font's directory, so PDFBox passes it over and never copies it into a subset.
     */
    static byte[] withoutGlyphSubstitution(byte[] font) {
        byte[] copy = font.clone();
        int tables = ((copy[4] & 0xFF) << 8) | (copy[5] & 0xFF);
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            if (copy[entry] == 'G' && copy[entry + 1] == 'S' && copy[entry + 2] == 'U' && copy[entry + 3] == 'B') {
                copy[entry] = 'g';
                copy[entry + 1] = 's';
                copy[entry + 2] = 'u';
                copy[entry + 3] = 'b';
            }
        }
        return copy;
    }

    private static Faces parse(byte[] regular, byte[] bold, byte[] fallback) {
        try {
            TrueTypeFont regularFont = new TTFParser().parse(new RandomAccessReadBuffer(regular));
            TrueTypeFont boldFont = new TTFParser().parse(new RandomAccessReadBuffer(bold));
            TrueTypeFont fallbackFont = new TTFParser().parse(new RandomAccessReadBuffer(fallback));
            return new Faces(regularFont, boldFont, fallbackFont, regularFont.getUnicodeCmapLookup(),
                    boldFont.getUnicodeCmapLookup(), fallbackFont.getUnicodeCmapLookup());
        } catch (IOException e) {
            throw new UncheckedIOException("The shipped handout fonts cannot be read", e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = HandoutFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The handout font " + resource + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The handout font " + resource + " cannot be read", e);
        }
    }
}
