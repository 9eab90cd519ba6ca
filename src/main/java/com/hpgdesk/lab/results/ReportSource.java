package com.hpgdesk.lab.results;

/** How a report reached the desk: typed in from a paper or PDF report, or imported from a lab file. */
public enum ReportSource {
    ENTERED("Entered"),
    IMPORTED("Imported");

    private final String label;

    ReportSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
