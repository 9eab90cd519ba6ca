/** The marker tables panel of the patient page, the recovery status badge and the "Rules and evidence" page. */
@NullMarked
package com.hpgdesk.assessment.ui;

import org.jspecify.annotations.NullMarked;
