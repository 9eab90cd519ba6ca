/**
 * The clinical core of lab results: the marker catalogue (data in {@code lab/markers.json}), units and
 * their conversion, reference ranges and flags, plausibility refusal, and the derived markers (calculated
 * free testosterone, HOMA-IR, testosterone/estradiol ratio). Plain Java: no Spring, Vaadin or JPA here, so
 * persistence and screens can be built on top and the rules tested against the literature's worked examples.
 */
@NullMarked
package com.hpgdesk.lab;

import org.jspecify.annotations.NullMarked;
