package com.hpgdesk.lifestyle;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Body mass index, kg/m², from weight in kg and height in cm, to one decimal as clinics quote it. */
public final class BodyMassIndex {

    private static final BigDecimal CM_PER_M = BigDecimal.valueOf(100);

    private BodyMassIndex() {
    }

    public static Optional<BigDecimal> of(@Nullable BigDecimal weightKg, @Nullable BigDecimal heightCm) {
        if (weightKg == null || heightCm == null || heightCm.signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal metres = heightCm.divide(CM_PER_M, MathContext.DECIMAL64);
        return Optional.of(weightKg.divide(metres.multiply(metres), MathContext.DECIMAL64)
                .setScale(1, RoundingMode.HALF_UP));
    }
}
