package com.hpgdesk.lab.results;

import com.hpgdesk.lab.importer.ColumnRole;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Which column holds what in files with one header layout, as a clinician said (table {@code lab_file_layout}). */
@Entity
@Table(name = "lab_file_layout")
class LabFileLayout {

    static final int MAX_HEADER_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "layout_key", nullable = false, length = 64, updatable = false)
    private String layoutKey = "";

    @Column(name = "header_text", nullable = false, length = MAX_HEADER_LENGTH)
    private String headerText = "";

    @Column(name = "date_column", nullable = false)
    private int dateColumn;

    @Column(name = "marker_column")
    private @Nullable Integer markerColumn;

    @Column(name = "code_column")
    private @Nullable Integer codeColumn;

    @Column(name = "value_column", nullable = false)
    private int valueColumn;

    @Column(name = "unit_column", nullable = false)
    private int unitColumn;

    @Column(name = "range_column")
    private @Nullable Integer rangeColumn;

    @Column(name = "flag_column")
    private @Nullable Integer flagColumn;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt = Instant.EPOCH;

    @Column(name = "changed_by", nullable = false, length = 60)
    private String changedBy = "";

    @Version
    private long version;

    protected LabFileLayout() {
        // for JPA
    }

    LabFileLayout(String layoutKey) {
        this.layoutKey = layoutKey;
    }

    void set(String header, Map<ColumnRole, Integer> columns, String by, Instant at) {
        this.headerText = header.length() <= MAX_HEADER_LENGTH ? header : header.substring(0, MAX_HEADER_LENGTH);
        this.dateColumn = columns.get(ColumnRole.DATE);
        this.markerColumn = columns.get(ColumnRole.MARKER);
        this.codeColumn = columns.get(ColumnRole.CODE);
        this.valueColumn = columns.get(ColumnRole.VALUE);
        this.unitColumn = columns.get(ColumnRole.UNIT);
        this.rangeColumn = columns.get(ColumnRole.RANGE);
        this.flagColumn = columns.get(ColumnRole.FLAG);
        this.changedBy = by;
        this.changedAt = at;
    }

    Map<ColumnRole, Integer> columns() {
        Map<ColumnRole, Integer> columns = new EnumMap<>(ColumnRole.class);
        columns.put(ColumnRole.DATE, dateColumn);
        columns.put(ColumnRole.VALUE, valueColumn);
        columns.put(ColumnRole.UNIT, unitColumn);
        putIfSet(columns, ColumnRole.MARKER, markerColumn);
        putIfSet(columns, ColumnRole.CODE, codeColumn);
        putIfSet(columns, ColumnRole.RANGE, rangeColumn);
        putIfSet(columns, ColumnRole.FLAG, flagColumn);
        return columns;
    }

    private static void putIfSet(Map<ColumnRole, Integer> columns, ColumnRole role, @Nullable Integer column) {
        if (column != null) {
            columns.put(role, column);
        }
    }

    RememberedLayout view() {
        return new RememberedLayout(id == null ? 0 : id, headerText, columns(), changedBy, changedAt);
    }

    String layoutKey() {
        return layoutKey;
    }
}
