/**
 * Lab reports and results as stored: entry by hand, import of lab files, edit and delete with a reason,
 * trends and derived markers. {@link com.hpgdesk.lab.results.LabService} and
 * {@link com.hpgdesk.lab.results.LabImportService} are the API; the checking,
 * converting and flagging are the plain-Java core's in {@code com.hpgdesk.lab}.
 */
@NullMarked
package com.hpgdesk.lab.results;

import org.jspecify.annotations.NullMarked;
