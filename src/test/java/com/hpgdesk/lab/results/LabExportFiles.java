package com.hpgdesk.lab.results;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Lab exports of any length for import tests and benchmarks: ten markers a day with plausible values, so
 * every row is accepted and no two rows are the same result.
 */
public final class LabExportFiles {

    private static final String[][] MARKERS = {
            {"Testosterone total", "nmol/L", "8.6-29"}, {"LH", "IU/L", "1.7-8.6"}, {"FSH", "IU/L", "1.5-12.4"},
            {"Estradiol", "pmol/L", ""}, {"SHBG", "nmol/L", "18.3-54.1"}, {"Prolactin", "mIU/L", ""},
            {"Albumin", "g/L", "35-52"}, {"Hematocrit", "%", "40-50"}, {"PSA", "ng/mL", ""},
            {"Cortisol", "nmol/L", ""}};

    /** Markers each collection date of a generated file has. */
    public static final int MARKERS_PER_DAY = MARKERS.length;

    private LabExportFiles() {
    }

    /** A CSV export of {@code rows} results, collected daily from {@code firstCollection} on. */
    public static byte[] csv(int rows, LocalDate firstCollection) {
        StringBuilder file = new StringBuilder("Date,Test,Result,Units,Reference range\n");
        for (int i = 0; i < rows; i++) {
            String[] row = MARKERS[i % MARKERS.length];
            String value = switch (row[0]) {
                case "Testosterone total" -> "15." + i % 10;
                case "Estradiol" -> "9" + i % 10;
                case "Prolactin" -> "2" + i % 10 + "0";
                case "Albumin" -> "4" + i % 10;
                case "Hematocrit" -> "4" + i % 10;
                case "Cortisol" -> "4" + i % 10 + "0";
                case "PSA" -> "0.8";
                default -> "4." + i % 10;
            };
            file.append(firstCollection.plusDays(i / MARKERS.length)).append(',').append(row[0]).append(',')
                    .append(value).append(',').append(row[1]).append(',').append(row[2]).append('\n');
        }
        return file.toString().getBytes(StandardCharsets.UTF_8);
    }
}
