/**
 * The lab results of one patient on screen: entry of a report, the results with their flags, trends,
 * derived markers and the import of lab files. {@link com.hpgdesk.lab.ui.PatientLabsPanel} is the patient
 * page's Labs tab (contributed by {@code LabsTab}); everything else here is internal to it.
 */
@NullMarked
package com.hpgdesk.lab.ui;

import org.jspecify.annotations.NullMarked;
