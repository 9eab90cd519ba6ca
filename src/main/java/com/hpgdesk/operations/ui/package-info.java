@NullMarked
package com.hpgdesk.operations.ui;

import org.jspecify.annotations.NullMarked;
