package com.hpgdesk.patient;

public enum PatientStatus {
    ACTIVE("Active"),
    DISCHARGED("Discharged");

    private final String label;

    PatientStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
