/** The dialog that shows the earlier versions of a patient's records. */
@NullMarked
package com.hpgdesk.history.ui;

import org.jspecify.annotations.NullMarked;
