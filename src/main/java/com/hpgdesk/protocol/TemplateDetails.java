package com.hpgdesk.protocol;

import org.jspecify.annotations.Nullable;

/** A template's own facts as entered. */
public record TemplateDetails(@Nullable String name, @Nullable ProtocolKind kind, @Nullable String description) {

    public static TemplateDetails of(ProtocolTemplate template) {
        return new TemplateDetails(template.getName(), template.getKind(), template.getDescription());
    }
}
