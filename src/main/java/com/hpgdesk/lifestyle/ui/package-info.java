/** The lifestyle panel a patient's page embeds: weekly entries, their form, and the trend of one measure. */
@NullMarked
package com.hpgdesk.lifestyle.ui;

import org.jspecify.annotations.NullMarked;
