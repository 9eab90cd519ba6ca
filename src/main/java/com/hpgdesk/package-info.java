@NullMarked
package com.hpgdesk;

import org.jspecify.annotations.NullMarked;
