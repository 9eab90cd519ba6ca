package com.hpgdesk.lab.importer;

import com.hpgdesk.lab.MarkerKey;
import java.util.Map;
import java.util.Optional;

/**
 * What clinicians have told the desk about the files labs send: which column holds what for a header the
 * importer does not recognise, and which marker a lab means by a test name the catalogue does not know.
 * A lab is known by the name in the file's lab column when it has one, otherwise by its header layout.
 *
 * @param columnsByLayout per {@link #layoutKey header layout}, the column (0-based) of each role
 * @param markersByLab per {@link #labKey lab}, the marker of each {@link #nameKey test name}
 */
public record LabConventions(Map<String, Map<ColumnRole, Integer>> columnsByLayout,
                             Map<String, Map<String, MarkerKey>> markersByLab) {

    public static final LabConventions NONE = new LabConventions(Map.of(), Map.of());

    public LabConventions {
        columnsByLayout = Map.copyOf(columnsByLayout);
        markersByLab = Map.copyOf(markersByLab);
    }

    Optional<Map<ColumnRole, Integer>> columns(String layoutKey) {
        return Optional.ofNullable(columnsByLayout.get(layoutKey));
    }

    Optional<MarkerKey> marker(String labKey, String name) {
        Map<String, MarkerKey> names = markersByLab.get(labKey);
        return names == null ? Optional.empty() : Optional.ofNullable(names.get(nameKey(name)));
    }

    /** The same for every spelling of a header layout: see {@link Columns#layoutKey}. */
    public static String layoutKey(java.util.List<String> header) {
        return Columns.layoutKey(header);
    }

    /** A lab named in the file's lab column. */
    public static String labKey(String labName) {
        return "lab:" + Columns.fold(labName);
    }

    /** A lab known only by the header layout of its files. */
    public static String layoutLabKey(String layoutKey) {
        return "layout:" + layoutKey;
    }

    /** Test names that differ only in case, accents, spaces or punctuation are one name. */
    public static String nameKey(String name) {
        return Columns.fold(name);
    }
}
