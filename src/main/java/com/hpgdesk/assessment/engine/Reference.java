package com.hpgdesk.assessment.engine;

/** A citation a row or rule rests on, e.g. "Lykhonosov 2020" with its full reference. */
public record Reference(String key, String citation) {
}
