/**
 * The recovery curve: a patient's total testosterone, LH and sperm concentration against months since the
 * end of treatment, over the published expectations ({@link com.hpgdesk.assessment.curve.SpermRecoveryCurve},
 * Liu 2006; {@link com.hpgdesk.assessment.curve.HormonalRecoveryCriteria}, Lykhonosov 2020), each with its
 * citation. Plain Java: no Spring, Vaadin or JPA, so the expectations are tested against the published
 * figures; {@code ui/} shows it on the patient page.
 */
@NullMarked
package com.hpgdesk.assessment.curve;

import org.jspecify.annotations.NullMarked;
