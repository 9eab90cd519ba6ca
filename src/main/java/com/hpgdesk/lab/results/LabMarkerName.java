package com.hpgdesk.lab.results;

import com.hpgdesk.lab.MarkerKey;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Which marker a lab means by a test name, as a clinician said (table {@code lab_marker_name}). */
@Entity
@Table(name = "lab_marker_name")
class LabMarkerName {

    static final int MAX_NAME_LENGTH = 200;
    static final int MAX_LAB_LENGTH = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "lab_key", nullable = false, length = 100, updatable = false)
    private String labKey = "";

    @Column(name = "lab_label", nullable = false, length = MAX_LAB_LENGTH)
    private String labLabel = "";

    @Column(name = "name_key", nullable = false, length = MAX_NAME_LENGTH, updatable = false)
    private String nameKey = "";

    @Column(name = "name_text", nullable = false, length = MAX_NAME_LENGTH)
    private String nameText = "";

    @Column(name = "marker_key", nullable = false, length = 40)
    private String markerKey = "";

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt = Instant.EPOCH;

    @Column(name = "changed_by", nullable = false, length = 60)
    private String changedBy = "";

    @Version
    private long version;

    protected LabMarkerName() {
        // for JPA
    }

    LabMarkerName(String labKey, String labLabel, String nameKey, String nameText) {
        this.labKey = labKey;
        this.labLabel = shorten(labLabel, MAX_LAB_LENGTH);
        this.nameKey = nameKey;
        this.nameText = shorten(nameText, MAX_NAME_LENGTH);
    }

    void point(MarkerKey marker, String by, Instant at) {
        this.markerKey = marker.value();
        this.changedBy = by;
        this.changedAt = at;
    }

    @Nullable Long id() {
        return id;
    }

    String labKey() {
        return labKey;
    }

    String nameKey() {
        return nameKey;
    }

    String nameText() {
        return nameText;
    }

    String labLabel() {
        return labLabel;
    }

    MarkerKey marker() {
        return new MarkerKey(markerKey);
    }

    long version() {
        return version;
    }

    RememberedName view() {
        return new RememberedName(id == null ? 0 : id, version, labLabel, nameText, marker(), changedBy, changedAt);
    }

    private static String shorten(String text, int max) {
        String stripped = text.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max);
    }
}
