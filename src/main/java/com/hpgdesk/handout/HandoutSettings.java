package com.hpgdesk.handout;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * What a practice sets for its handouts: {@code hpg.practice.name}, {@code hpg.practice.logo} (a PNG or JPEG
 * file), {@code hpg.handout.paper} (A4 or LETTER), {@code hpg.handout.default-language} and
 * {@code hpg.reports.dir} (a folder of the practice's own template sets, which add languages or replace shipped ones).
 */
public record HandoutSettings(String practiceName, byte @Nullable [] logo, HandoutPdf.Paper paper,
                              String defaultLanguage, @Nullable Path reportsDir) {
}
