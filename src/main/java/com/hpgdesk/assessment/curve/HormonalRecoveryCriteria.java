package com.hpgdesk.assessment.curve;

import com.hpgdesk.lab.Quantity;
import com.hpgdesk.lab.Unit;

/**
 * When the hormones count as recovered after anabolic steroids, from Lykhonosov et al. (Problems of
 * Endocrinology 2020; 44 men, median 6 months of use): total testosterone above 3.4 ng/mL (340 ng/dL) and LH
 * above 1.24 mIU/mL (= IU/L). Three months after stopping, with post-cycle therapy, 79.5 % of them met both.
 * The desk therefore expects the criteria by 3 months and calls recovery delayed when they are still unmet
 * after 6 months: the 6-month mark is the desk's rule built on that figure, not a number of the paper.
 */
public final class HormonalRecoveryCriteria {

    public static final Citation SOURCE = new Citation("Lykhonosov 2020",
            "Lykhonosov MP, Babenko AY, Makarin VA, Fedotov YN. Peculiarity of recovery of the "
                    + "hypothalamic-pituitary-gonadal (HPG) axis, in men after using androgenic anabolic steroids. "
                    + "Problems of Endocrinology. 2020;66(1):104-12.",
            "10.14341/probl12223");

    /** Recovered when total testosterone is above this (3.4 ng/mL in the paper). */
    public static final Quantity TOTAL_TESTOSTERONE = Quantity.of("340", Unit.NG_PER_DL);
    /** Recovered when LH is above this (1.24 mIU/mL in the paper). */
    public static final Quantity LH = Quantity.of("1.24", Unit.IU_PER_L);

    /** Months after the end of treatment by which most men met both criteria with post-cycle therapy. */
    public static final int EXPECTED_BY_MONTHS = 3;
    /** Months after which criteria still unmet count as delayed recovery. */
    public static final int DELAYED_AFTER_MONTHS = 6;
    /** Share of the study's men who met both criteria 3 months after stopping, with post-cycle therapy. */
    public static final double PERCENT_RECOVERED_AT_3_MONTHS = 79.5;

    private HormonalRecoveryCriteria() {
    }
}
