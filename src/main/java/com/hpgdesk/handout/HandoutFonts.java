package com.hpgdesk.handout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fonts every handout embeds, shipped inside the application (DejaVu Sans, regular and bold: Latin with
 * every accent, Greek and Cyrillic), never the machine's own. Parsing a font takes long enough to notice, so
 * each is parsed once, when the application starts, and lent to one document at a time: a parsed font reads
 * its glyphs lazily and is not safe for two documents at once.
 */
public final class HandoutFonts {

    /** Shown, and logged, instead of a character no shipped font has. */
    static final int REPLACEMENT = 0xFFFD;
    private static final Logger LOG = LoggerFactory.getLogger(HandoutFonts.class);
    private static final String REGULAR = "/handout/fonts/DejaVuSans.ttf";
    private static final String BOLD = "/handout/fonts/DejaVuSans-Bold.ttf";

    /** A regular and a bold face, lent to one document at a time. */
    public record Faces(TrueTypeFont regular, TrueTypeFont bold, CmapLookup regularMap, CmapLookup boldMap) {
    }

    private final BlockingQueue<Faces> pool;

    /** @param sets how many documents may be laid out at once */
    public HandoutFonts(int sets) {
        byte[] regular = read(REGULAR);
        byte[] bold = read(BOLD);
        pool = new ArrayBlockingQueue<>(sets);
        for (int i = 0; i < sets; i++) {
            pool.add(parse(regular, bold));
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
     * characters as spaces, and every character the font lacks replaced by a visible "�" and logged, by code
     * point only (never the text, which may be a patient's name).
     */
    static String printable(String text, CmapLookup font) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        var out = new StringBuilder(composed.length());
        composed.codePoints().forEach(codePoint -> {
            if (Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.FORMAT) {
                out.append(' ');
            } else if (font.getGlyphId(codePoint) == 0) {
                LOG.warn("A handout holds U+{} ({}), which no shipped font covers: printed as U+FFFD",
                        String.format("%04X", codePoint), Character.getName(codePoint));
                out.appendCodePoint(REPLACEMENT);
            } else {
                out.appendCodePoint(codePoint);
            }
        });
        return out.toString();
    }

    private static Faces parse(byte[] regular, byte[] bold) {
        try {
            TrueTypeFont regularFont = new TTFParser().parse(new RandomAccessReadBuffer(regular));
            TrueTypeFont boldFont = new TTFParser().parse(new RandomAccessReadBuffer(bold));
            return new Faces(regularFont, boldFont, regularFont.getUnicodeCmapLookup(), boldFont.getUnicodeCmapLookup());
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
