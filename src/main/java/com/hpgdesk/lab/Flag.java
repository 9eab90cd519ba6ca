package com.hpgdesk.lab;

/** Where a value lies against the reference range that applies to it. */
public enum Flag {
    BELOW_RANGE,
    IN_RANGE,
    ABOVE_RANGE,
    /**
     * A censored value whose interval crosses a limit of the range: "&lt; 5" against a lower limit of 3 may be
     * below it or not. Never read as in range.
     */
    INDETERMINATE,
    /**
     * No range applies: the lab gave none, and the catalogue has no default for this marker (a generic marker
     * such as glucose of unknown timing) or only age-banded ones and the age is unknown or outside every band.
     */
    NO_RANGE
}
