/**
 * The populated marker tables of one patient: {@link com.hpgdesk.assessment.AssessmentService} gathers his
 * data through the other features' services and runs the plain-Java engine ({@code engine/}), and keeps a
 * per-patient summary fresh after every committed change. {@code ui/} holds the patient-page panel and the
 * rules page.
 */
@NullMarked
package com.hpgdesk.assessment;

import org.jspecify.annotations.NullMarked;
