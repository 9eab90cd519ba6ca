package com.hpgdesk.lab;

import java.util.regex.Pattern;

/**
 * The stable identity of a marker, e.g. {@code TOTAL_TESTOSTERONE}: what is stored with a result, so
 * display names and aliases in the catalogue can change without touching stored data.
 */
public record MarkerKey(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Z][A-Z0-9_]*");

    // Only the markers the code itself needs (for derived markers); every other key comes from the catalogue.
    public static final MarkerKey TOTAL_TESTOSTERONE = new MarkerKey("TOTAL_TESTOSTERONE");
    public static final MarkerKey FREE_TESTOSTERONE = new MarkerKey("FREE_TESTOSTERONE");
    public static final MarkerKey SHBG = new MarkerKey("SHBG");
    public static final MarkerKey ALBUMIN = new MarkerKey("ALBUMIN");
    public static final MarkerKey ESTRADIOL = new MarkerKey("ESTRADIOL");
    public static final MarkerKey FASTING_GLUCOSE = new MarkerKey("FASTING_GLUCOSE");
    public static final MarkerKey FASTING_INSULIN = new MarkerKey("FASTING_INSULIN");
    // Generic markers: never fed into a formula that needs the specific one, but named when it is missing.
    public static final MarkerKey GLUCOSE = new MarkerKey("GLUCOSE");
    public static final MarkerKey INSULIN = new MarkerKey("INSULIN");
    public static final MarkerKey ESTRADIOL_METHOD_UNKNOWN = new MarkerKey("ESTRADIOL_METHOD_UNKNOWN");
    public static final MarkerKey FREE_TESTOSTERONE_METHOD_UNKNOWN = new MarkerKey("FREE_TESTOSTERONE_METHOD_UNKNOWN");

    public MarkerKey {
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("A marker key is upper case letters, digits and '_', starting with a letter: '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
