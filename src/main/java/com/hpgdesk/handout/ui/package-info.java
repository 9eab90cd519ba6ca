/** The patient page's Handouts tab: generate a handout, preview it in the page, download it, list earlier ones. */
@NullMarked
package com.hpgdesk.handout.ui;

import org.jspecify.annotations.NullMarked;
