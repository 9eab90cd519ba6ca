package com.hpgdesk.lab.importer;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Splits one line into fields. A field may be quoted ("1,5" in a comma file), with "" for a quote inside.
 * A record never spans lines: lab exports do not need that, and it keeps one stray quote from swallowing
 * the rest of the file.
 */
final class DelimitedLine {

    private DelimitedLine() {
    }

    /** The stripped fields, or null if a quote is not closed. */
    static @Nullable List<String> split(String line, char delimiter) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        int length = line.length();
        while (true) {
            while (i < length && line.charAt(i) == ' ') {
                i++;
            }
            if (i < length && line.charAt(i) == '"') {
                i++;
                boolean closed = false;
                while (i < length) {
                    char c = line.charAt(i);
                    if (c == '"') {
                        if (i + 1 < length && line.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        closed = true;
                        i++;
                        break;
                    }
                    field.append(c);
                    i++;
                }
                if (!closed) {
                    return null;
                }
                // Whatever follows the closing quote up to the delimiter is kept, not dropped silently.
                while (i < length && line.charAt(i) != delimiter) {
                    field.append(line.charAt(i));
                    i++;
                }
            } else {
                while (i < length && line.charAt(i) != delimiter) {
                    field.append(line.charAt(i));
                    i++;
                }
            }
            fields.add(field.toString().strip());
            field.setLength(0);
            if (i >= length) {
                return fields;
            }
            i++;
        }
    }

    /** Counts delimiter candidates outside quotes, to tell which one a header row uses. */
    static int countOutsideQuotes(String line, char candidate) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == candidate && !quoted) {
                count++;
            }
        }
        return count;
    }
}
