package com.hpgdesk.lab;

/** Where a value lies against the reference range that applies to it. */
public enum Flag {
    BELOW_RANGE,
    IN_RANGE,
    ABOVE_RANGE,
    /** No range applies: the lab gave none and the default is age-banded but the age is unknown or outside every band. */
    NO_RANGE
}
