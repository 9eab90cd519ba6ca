@NullMarked
package com.hpgdesk.security.ui;

import org.jspecify.annotations.NullMarked;
