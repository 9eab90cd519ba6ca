/** The practice lead's view of the audit trail. */
@NullMarked
package com.hpgdesk.audit.ui;

import org.jspecify.annotations.NullMarked;
