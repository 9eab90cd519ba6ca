package com.hpgdesk.protocol;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The treatment phases of a patient's protocols, one band per kind of treatment, for charts to draw under
 * lab trends. Only what was actually taken counts: planned and cancelled protocols leave no phase, and a
 * medication is cut to the days its protocol ran. Medications of the same band within one protocol that
 * overlap or follow each other without a gap make one phase (clomiphene then tamoxifen is one SERM phase).
 */
public final class ProtocolTimeline {

    /**
     * One stretch of one kind of treatment. {@code to} is the last day, inclusive; it is null for an ongoing
     * phase when no "today" was given, otherwise an ongoing phase is cut at today and marked {@code ongoing}.
     */
    public record Phase(TreatmentBand band, LocalDate from, @Nullable LocalDate to, boolean ongoing,
            long protocolId, String protocolName) {

        public String label() {
            return band.label();
        }
    }

    private static final Comparator<Phase> ORDER = Comparator.comparing(Phase::band)
            .thenComparing(Phase::from).thenComparingLong(Phase::protocolId);

    private final List<Phase> phases;

    private ProtocolTimeline(List<Phase> phases) {
        this.phases = List.copyOf(phases);
    }

    /** @param today cuts ongoing phases and drops what has not begun yet; null leaves ongoing phases open */
    public static ProtocolTimeline of(List<RestartProtocol> protocols, @Nullable LocalDate today) {
        List<Phase> phases = new ArrayList<>();
        for (var protocol : protocols) {
            var started = protocol.getStartedOn();
            if (started == null || (today != null && started.isAfter(today))) {
                continue;
            }
            long id = Objects.requireNonNull(protocol.getId(), "the timeline is drawn from saved protocols");
            var ended = protocol.getEndedOn();
            if (protocol.getKind() == ProtocolKind.NATURAL) {
                add(phases, TreatmentBand.NATURAL_RECOVERY, started, ended, today, protocol, id);
                continue;
            }
            for (var medication : protocol.getMedications()) {
                var from = later(medication.getStartOn(), started);
                var to = earlier(medication.getEndOn(), ended);
                if (to != null && to.isBefore(from)) {
                    continue;
                }
                add(phases, medication.getDosing().getDrug().band(), from, to, today, protocol, id);
            }
        }
        return new ProtocolTimeline(merged(phases));
    }

    private static void add(List<Phase> phases, TreatmentBand band, LocalDate from, @Nullable LocalDate to,
            @Nullable LocalDate today, RestartProtocol protocol, long protocolId) {
        if (today != null && from.isAfter(today)) {
            return;
        }
        boolean ongoing = to == null || (today != null && to.isAfter(today));
        var last = today != null && ongoing ? today : to;
        phases.add(new Phase(band, from, last, ongoing, protocolId, protocol.getName()));
    }

    private static List<Phase> merged(List<Phase> phases) {
        var sorted = phases.stream().sorted(ORDER).toList();
        List<Phase> result = new ArrayList<>();
        for (var phase : sorted) {
            var previous = result.isEmpty() ? null : result.getLast();
            if (previous != null && previous.band() == phase.band() && previous.protocolId() == phase.protocolId()
                    && touches(previous, phase)) {
                result.set(result.size() - 1, join(previous, phase));
            } else {
                result.add(phase);
            }
        }
        return result;
    }

    private static boolean touches(Phase previous, Phase next) {
        return previous.to() == null || !next.from().isAfter(previous.to().plusDays(1));
    }

    private static Phase join(Phase previous, Phase next) {
        LocalDate to;
        if (previous.to() == null || next.to() == null) {
            to = null;
        } else {
            to = next.to().isAfter(previous.to()) ? next.to() : previous.to();
        }
        boolean ongoing = to == null
                || (previous.ongoing() && Objects.equals(previous.to(), to))
                || (next.ongoing() && Objects.equals(next.to(), to));
        return new Phase(previous.band(), previous.from(), to, ongoing, previous.protocolId(),
                previous.protocolName());
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static @Nullable LocalDate earlier(@Nullable LocalDate a, @Nullable LocalDate b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.isBefore(b) ? a : b;
    }

    /** Every phase, by band, then by start. */
    public List<Phase> phases() {
        return phases;
    }

    /** The phases of each band that has any, in band order: one row of a chart per band. */
    public Map<TreatmentBand, List<Phase>> byBand() {
        Map<TreatmentBand, List<Phase>> bands = new EnumMap<>(TreatmentBand.class);
        phases.forEach(phase -> bands.computeIfAbsent(phase.band(), band -> new ArrayList<>()).add(phase));
        bands.replaceAll((band, list) -> List.copyOf(list));
        return bands;
    }
}
