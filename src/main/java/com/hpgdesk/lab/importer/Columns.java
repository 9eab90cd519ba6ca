package com.hpgdesk.lab.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Which column holds what, recognised from the header names labs and spreadsheets use. */
final class Columns {

    enum Role {
        DATE("date", "date", "collectiondate", "datecollected", "collected", "collectedon", "sampledate", "datesampled",
                "specimendate", "drawdate", "datedrawn", "samplingdate", "datum", "entnahmedatum"),
        MARKER("marker (test, analyte)", "marker", "test", "testname", "analyte", "analytename", "name", "parameter",
                "investigation", "observation", "component"),
        CODE("code (LOINC)", "code", "loinc", "loinccode", "testcode", "analytecode"),
        VALUE("value (result)", "value", "result", "resultvalue", "numericresult", "wert", "ergebnis"),
        UNIT("unit", "unit", "units", "resultunit", "uom", "einheit"),
        RANGE("reference range", "referencerange", "refrange", "range", "reference", "normalrange", "referenceinterval",
                "referenzbereich"),
        LOW("reference low", "low", "reflow", "referencelow", "lowerlimit", "rangelow", "lowerreferencelimit"),
        HIGH("reference high", "high", "refhigh", "referencehigh", "upperlimit", "rangehigh", "upperreferencelimit"),
        METHOD("method", "method", "assay", "methode"),
        RECORD("record number", "record", "recordnumber", "mrn", "patient", "patientid", "patientnumber", "medicalrecordnumber");

        final String label;
        final List<String> headers;

        Role(String label, String... headers) {
            this.label = label;
            this.headers = List.of(headers);
        }
    }

    private final Map<Role, Integer> index;

    private Columns(Map<Role, Integer> index) {
        this.index = index;
    }

    static Columns of(List<String> header) {
        Map<Role, Integer> index = new EnumMap<>(Role.class);
        for (int i = 0; i < header.size(); i++) {
            String name = fold(header.get(i));
            for (Role role : Role.values()) {
                if (role.headers.contains(name)) {
                    index.putIfAbsent(role, i);
                }
            }
        }
        return new Columns(index);
    }

    /** The roles a file cannot do without that its header lacks, as words for the message. */
    List<String> missingRequired() {
        List<String> missing = new ArrayList<>();
        if (!index.containsKey(Role.DATE)) {
            missing.add(Role.DATE.label);
        }
        if (!index.containsKey(Role.MARKER) && !index.containsKey(Role.CODE)) {
            missing.add(Role.MARKER.label + " or " + Role.CODE.label);
        }
        if (!index.containsKey(Role.VALUE)) {
            missing.add(Role.VALUE.label);
        }
        if (!index.containsKey(Role.UNIT)) {
            missing.add(Role.UNIT.label);
        }
        return missing;
    }

    boolean has(Role role) {
        return index.containsKey(role);
    }

    /** The stripped field for the role, or empty when the column is absent or the row is short. */
    String get(List<String> fields, Role role) {
        Integer i = index.get(role);
        return i == null || i >= fields.size() ? "" : fields.get(i);
    }

    Optional<String> find(List<String> fields, Role role) {
        String value = get(fields, role);
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private static String fold(String header) {
        StringBuilder folded = new StringBuilder(header.length());
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                folded.append(Character.toLowerCase(c));
            }
        }
        return folded.toString().toLowerCase(Locale.ROOT);
    }
}
