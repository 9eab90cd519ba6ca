package com.hpgdesk.lab.importer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which column holds what: recognised from the header names, or as the clinician said for this header. */
final class Columns {

    private final EnumMap<ColumnRole, Integer> index;

    private Columns(EnumMap<ColumnRole, Integer> index) {
        this.index = index;
    }

    static Columns of(List<String> header) {
        EnumMap<ColumnRole, Integer> index = new EnumMap<>(ColumnRole.class);
        for (int i = 0; i < header.size(); i++) {
            String name = fold(header.get(i));
            for (ColumnRole role : ColumnRole.values()) {
                if (role.headers.contains(name)) {
                    index.putIfAbsent(role, i);
                }
            }
        }
        return new Columns(index);
    }

    /**
     * The clinician's choice for the roles a clinician assigns; the other roles (record number, lab name,
     * method, separate low and high limits) are still taken from the header words.
     */
    static Columns chosen(List<String> header, Map<ColumnRole, Integer> choice) {
        EnumMap<ColumnRole, Integer> index = new EnumMap<>(ColumnRole.class);
        of(header).index.forEach((role, column) -> {
            if (!role.chosenByClinician()) {
                index.put(role, column);
            }
        });
        choice.forEach((role, column) -> {
            if (role.chosenByClinician() && column >= 0 && column < header.size()) {
                index.put(role, column);
            }
        });
        return new Columns(index);
    }

    /** The roles a file cannot do without that these columns lack, as words for the message. */
    List<String> missingRequired() {
        List<String> missing = new ArrayList<>();
        if (!index.containsKey(ColumnRole.DATE)) {
            missing.add(ColumnRole.DATE.label());
        }
        if (!index.containsKey(ColumnRole.MARKER) && !index.containsKey(ColumnRole.CODE)) {
            missing.add(ColumnRole.MARKER.label() + " or " + ColumnRole.CODE.label());
        }
        if (!index.containsKey(ColumnRole.VALUE)) {
            missing.add(ColumnRole.VALUE.label());
        }
        if (!index.containsKey(ColumnRole.UNIT)) {
            missing.add(ColumnRole.UNIT.label());
        }
        return missing;
    }

    boolean has(ColumnRole role) {
        return index.containsKey(role);
    }

    Map<ColumnRole, Integer> assignment() {
        return Collections.unmodifiableMap(new EnumMap<>(index));
    }

    /** The stripped field for the role, or empty when the column is absent or the row is short. */
    String get(List<String> fields, ColumnRole role) {
        Integer i = index.get(role);
        return i == null || i >= fields.size() ? "" : fields.get(i);
    }

    Optional<String> find(List<String> fields, ColumnRole role) {
        String value = get(fields, role);
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /**
     * Identifies a header layout however its names are spaced, cased or accented: the SHA-256 (hex) of the
     * folded names in order. Files from one lab's export share it.
     */
    static String layoutKey(List<String> header) {
        String folded = String.join("|", header.stream().map(Columns::fold).toList());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(folded.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256.
            throw new IllegalStateException(e);
        }
    }

    /** Lower case, accents removed, letters and digits only: "Unité" and "UNITE" are the same header. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c == 'ß') {
                folded.append("ss");
            } else if (Character.isLetterOrDigit(c)) {
                folded.append(Character.toLowerCase(c));
            }
        }
        return folded.toString();
    }
}
