/**
 * The recovery curve on screen: {@link com.hpgdesk.assessment.curve.ui.RecoveryCurvePanel} shows the chart, its
 * values as a table and the sources, for embedding in the patient page.
 */
@NullMarked
package com.hpgdesk.assessment.curve.ui;

import org.jspecify.annotations.NullMarked;
