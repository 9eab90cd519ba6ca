/**
 * Weekly lifestyle entries: diet, exercise, sleep, stress, body measures and gut symptoms, one entry per
 * patient per week. The plausible bounds of every measure are data ({@code lifestyle/limits.json}).
 */
@NullMarked
package com.hpgdesk.lifestyle;

import org.jspecify.annotations.NullMarked;
