@NullMarked
package com.hpgdesk.patient;

import org.jspecify.annotations.NullMarked;
