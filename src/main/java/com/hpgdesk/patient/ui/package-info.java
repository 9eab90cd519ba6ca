@NullMarked
package com.hpgdesk.patient.ui;

import org.jspecify.annotations.NullMarked;
