package com.hpgdesk.lab.results;

import com.hpgdesk.audit.AuditAction;
import com.hpgdesk.audit.AuditTrail;
import com.hpgdesk.base.ConcurrentEditException;
import com.hpgdesk.base.InvalidInputException;
import com.hpgdesk.lab.Marker;
import com.hpgdesk.lab.MarkerCatalogue;
import com.hpgdesk.lab.MarkerKey;
import com.hpgdesk.lab.importer.ColumnRole;
import com.hpgdesk.lab.importer.FileLayout;
import com.hpgdesk.lab.importer.LabConventions;
import com.hpgdesk.lab.importer.UnknownName;
import java.time.Clock;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What clinicians told the desk about labs' files while importing them: which column holds what for a header
 * the importer does not recognise, and which marker a lab means by a test name. Clinicians add to it from
 * the import preview; practice leads review, correct and forget. Every change is audited; none concerns a
 * patient.
 */
@Service
@Transactional(readOnly = true)
public class LabConventionService {

    private final LabFileLayoutRepository layouts;
    private final LabMarkerNameRepository names;
    private final AuditTrail audit;
    private final Clock clock;
    private final MarkerCatalogue catalogue = MarkerCatalogue.standard();

    LabConventionService(LabFileLayoutRepository layouts, LabMarkerNameRepository names, AuditTrail audit,
                         Clock clock) {
        this.layouts = layouts;
        this.names = names;
        this.audit = audit;
        this.clock = clock;
    }

    /** Everything remembered, for the importer. */
    @PreAuthorize("hasRole('CLINICIAN')")
    public LabConventions conventions() {
        Map<String, Map<ColumnRole, Integer>> columns = new HashMap<>();
        layouts.findAll().forEach(layout -> columns.put(layout.layoutKey(), layout.columns()));
        Map<String, Map<String, MarkerKey>> markers = new HashMap<>();
        names.findAll().forEach(name ->
                markers.computeIfAbsent(name.labKey(), lab -> new HashMap<>()).put(name.nameKey(), name.marker()));
        return new LabConventions(columns, markers);
    }

    /** Remembers that this lab means {@code marker} by the name; the lab's next files are read with it. */
    @PreAuthorize("hasRole('CLINICIAN')")
    @Transactional
    public RememberedName rememberName(UnknownName name, MarkerKey marker) {
        Marker known = marker(marker);
        String nameKey = LabConventions.nameKey(name.name());
        if (nameKey.isEmpty() || nameKey.length() > LabMarkerName.MAX_NAME_LENGTH) {
            throw InvalidInputException.of("name", "A test name must have letters or digits and at most "
                    + LabMarkerName.MAX_NAME_LENGTH + " characters.");
        }
        var existing = names.findByLabKeyAndNameKey(name.labKey(), nameKey);
        LabMarkerName entry = existing.orElseGet(() -> new LabMarkerName(name.labKey(), name.lab(), nameKey, name.name()));
        entry.point(known.key(), ResultRecorder.currentUser(), clock.instant());
        LabMarkerName saved = names.saveAndFlush(entry);
        audit.record(existing.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE, null, subject(saved),
                describe(saved, known));
        return saved.view();
    }

    /** Remembers which column holds what for files with this header; their next files are read with it. */
    @PreAuthorize("hasRole('CLINICIAN')")
    @Transactional
    public RememberedLayout rememberColumns(FileLayout layout, Map<ColumnRole, Integer> columns) {
        Map<ColumnRole, Integer> checked = checkColumns(layout.header(), columns);
        var existing = layouts.findByLayoutKey(layout.key());
        LabFileLayout entry = existing.orElseGet(() -> new LabFileLayout(layout.key()));
        entry.set(String.join(" | ", layout.header()), checked, ResultRecorder.currentUser(), clock.instant());
        LabFileLayout saved = layouts.saveAndFlush(entry);
        RememberedLayout view = saved.view();
        audit.record(existing.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE, null, "lab file layout " + view.id(),
                shorten("Columns of files headed \"" + view.header() + "\": " + describe(view.columns(), layout.header()),
                        500));
        return view;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<RememberedName> names() {
        return names.findAll(Sort.by("labLabel", "nameText")).stream().map(LabMarkerName::view).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<RememberedLayout> layouts() {
        return layouts.findAll().stream().map(LabFileLayout::view)
                .sorted(Comparator.comparing(RememberedLayout::changedAt).reversed()).toList();
    }

    /** A practice lead corrects the marker a lab's name stands for. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public RememberedName correctName(long id, long expectedVersion, MarkerKey marker) {
        Marker known = marker(marker);
        LabMarkerName entry = names.findById(id).orElseThrow(() ->
                new ConcurrentEditException("This lab name"));
        if (entry.version() != expectedVersion) {
            throw new ConcurrentEditException("This lab name");
        }
        entry.point(known.key(), ResultRecorder.currentUser(), clock.instant());
        LabMarkerName saved = names.saveAndFlush(entry);
        audit.record(AuditAction.UPDATE, null, subject(saved), describe(saved, known));
        return saved.view();
    }

    /** A practice lead forgets a name: the lab's next file asks again. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void forgetName(long id) {
        names.findById(id).ifPresent(entry -> {
            names.delete(entry);
            audit.record(AuditAction.DELETE, null, subject(entry), shorten("Forgot that \"" + entry.nameText()
                    + "\" from " + entry.labLabel() + " is " + entry.marker().value(), 500));
        });
    }

    /** A practice lead forgets a layout: the next file with this header asks again which column is which. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void forgetLayout(long id) {
        layouts.findById(id).ifPresent(entry -> {
            RememberedLayout view = entry.view();
            layouts.delete(entry);
            audit.record(AuditAction.DELETE, null, "lab file layout " + view.id(),
                    shorten("Forgot the columns of files headed \"" + view.header() + "\"", 500));
        });
    }

    private Marker marker(MarkerKey key) {
        return catalogue.find(key).orElseThrow(() -> InvalidInputException.of("marker",
                "The marker catalogue has no marker " + key.value() + "."));
    }

    private static Map<ColumnRole, Integer> checkColumns(List<String> header, Map<ColumnRole, Integer> columns) {
        Map<ColumnRole, Integer> checked = new EnumMap<>(ColumnRole.class);
        Set<Integer> used = new HashSet<>();
        var problems = new InvalidInputException.Collector();
        columns.forEach((role, column) -> {
            if (!role.chosenByClinician()) {
                return;
            }
            if (column < 0 || column >= header.size()) {
                problems.reject(role.name().toLowerCase(java.util.Locale.ROOT), "The file has no column " + (column + 1) + ".");
            } else if (!used.add(column)) {
                problems.reject(role.name().toLowerCase(java.util.Locale.ROOT), "Column \"" + header.get(column)
                        + "\" is already chosen for something else.");
            } else {
                checked.put(role, column);
            }
        });
        for (ColumnRole required : List.of(ColumnRole.DATE, ColumnRole.VALUE, ColumnRole.UNIT)) {
            if (!columns.containsKey(required)) {
                problems.reject(required.name().toLowerCase(java.util.Locale.ROOT), "Say which column holds the "
                        + required.label() + ".");
            }
        }
        if (!columns.containsKey(ColumnRole.MARKER) && !columns.containsKey(ColumnRole.CODE)) {
            problems.reject("marker", "Say which column holds the marker's name or its LOINC code.");
        }
        problems.throwIfAny();
        return checked;
    }

    private static String subject(LabMarkerName entry) {
        return "lab marker name " + entry.id();
    }

    private static String describe(LabMarkerName entry, Marker marker) {
        return shorten("\"" + entry.nameText() + "\" from " + entry.labLabel() + " is " + marker.name(), 500);
    }

    private static String describe(Map<ColumnRole, Integer> columns, List<String> header) {
        StringBuilder text = new StringBuilder();
        columns.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            if (!text.isEmpty()) {
                text.append(", ");
            }
            text.append(entry.getKey().label()).append(" = \"").append(header.get(entry.getValue())).append('"');
        });
        return text.toString();
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
