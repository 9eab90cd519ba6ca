/** The patient's protocols panel and the practice lead's template editor. */
@NullMarked
package com.hpgdesk.protocol.ui;

import org.jspecify.annotations.NullMarked;
