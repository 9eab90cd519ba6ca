@NullMarked
package com.hpgdesk.security;

import org.jspecify.annotations.NullMarked;
