package com.hpgdesk.chart;

import java.io.Serial;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/** Tick labels for an axis of concentrations: negative ticks (room kept for arrows) are left blank. */
final class NonNegativeFormat extends NumberFormat {

    @Serial
    private static final long serialVersionUID = 1L;
    private final DecimalFormat shown;

    NonNegativeFormat() {
        this(Locale.ENGLISH);
    }

    /** @param locale whose decimal mark and grouping the ticks use */
    NonNegativeFormat(Locale locale) {
        shown = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(locale));
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        return number < 0 ? toAppendTo : shown.format(number, toAppendTo, pos);
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return number < 0 ? toAppendTo : shown.format(number, toAppendTo, pos);
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        return shown.parse(source, parsePosition);
    }
}
