package com.hpgdesk.protocol;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A protocol's own facts as entered; parts may be missing so that each gets its own message. */
public record ProtocolDetails(
        @Nullable String name,
        @Nullable ProtocolKind kind,
        @Nullable LocalDate plannedStart,
        @Nullable String notes) {

    public static ProtocolDetails of(RestartProtocol protocol) {
        return new ProtocolDetails(protocol.getName(), protocol.getKind(), protocol.getPlannedStart(),
                protocol.getNotes());
    }
}
