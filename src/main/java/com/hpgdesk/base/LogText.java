package com.hpgdesk.base;

import org.jspecify.annotations.Nullable;

/**
 * Text a person typed, made safe for one log line. A line break in a template name or username would
 * otherwise let anyone who can type it forge a second, genuine-looking log entry; invisible and direction
 * characters would hide what was really typed. Every log statement that includes user text goes through here.
 */
public final class LogText {

    /** Long enough to recognise the text, short enough that one entry cannot flood the log. */
    static final int MAX_LENGTH = 120;

    private LogText() {
    }

    /** The text with line breaks, other control and invisible format characters written as escapes, cut to length. */
    public static String of(@Nullable String text) {
        if (text == null) {
            return "(none)";
        }
        var safe = new StringBuilder(Math.min(text.length(), MAX_LENGTH) + 8);
        int index = 0;
        while (index < text.length() && safe.length() < MAX_LENGTH) {
            int codePoint = text.codePointAt(index);
            index += Character.charCount(codePoint);
            safe.append(switch (codePoint) {
                case '\r' -> "\\r";
                case '\n' -> "\\n";
                case '\t' -> "\\t";
                default -> needsEscape(codePoint)
                        ? String.format("\\u%04X", codePoint)
                        : new String(Character.toChars(codePoint));
            });
        }
        if (index < text.length()) {
            safe.append("…(").append(text.codePointCount(index, text.length())).append(" more)");
        }
        return safe.toString();
    }

    private static boolean needsEscape(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }
}
