package com.hpgdesk.protocol;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** What a form says about one drug's dosing, before it is checked; shared by protocol and template medications. */
interface DosingInput {

    @Nullable Drug drug();

    @Nullable String otherName();

    @Nullable BigDecimal dose();

    @Nullable DoseUnit unit();

    @Nullable Route route();

    @Nullable Frequency frequency();

    @Nullable String frequencyNote();
}
