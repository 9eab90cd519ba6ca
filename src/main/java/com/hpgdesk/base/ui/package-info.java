@NullMarked
package com.hpgdesk.base.ui;

import org.jspecify.annotations.NullMarked;
