package com.hpgdesk.lab;

import java.math.BigDecimal;

/**
 * canonical = value × multiply ÷ divide + add. Most conversions are a single factor; HbA1c from
 * mmol/mol (IFCC) to % (NGSP) is the one affine case, (x ÷ 10.929) + 2.15. Divisors are kept as
 * published (prolactin mIU/L ÷ 21.2) instead of being turned into rounded reciprocals.
 */
record UnitConversion(Unit unit, BigDecimal multiply, BigDecimal divide, BigDecimal add) {

    static UnitConversion identity(Unit unit) {
        return new UnitConversion(unit, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO);
    }

    UnitConversion {
        if (multiply.signum() <= 0 || divide.signum() <= 0) {
            // A non-positive factor would turn "above range" into "below range".
            throw new IllegalArgumentException("Conversion factors must be positive for " + unit);
        }
    }

    boolean isIdentity() {
        return multiply.compareTo(BigDecimal.ONE) == 0 && divide.compareTo(BigDecimal.ONE) == 0 && add.signum() == 0;
    }

    BigDecimal toCanonical(BigDecimal value) {
        if (isIdentity()) {
            return value;
        }
        BigDecimal scaled = value.multiply(multiply);
        if (divide.compareTo(BigDecimal.ONE) != 0) {
            scaled = scaled.divide(divide, Quantity.CONVERSION);
        }
        return scaled.add(add, Quantity.CONVERSION);
    }

    BigDecimal fromCanonical(BigDecimal canonical) {
        if (isIdentity()) {
            return canonical;
        }
        BigDecimal shifted = canonical.subtract(add).multiply(divide);
        if (multiply.compareTo(BigDecimal.ONE) != 0) {
            shifted = shifted.divide(multiply, Quantity.CONVERSION);
        }
        return shifted.round(Quantity.CONVERSION);
    }
}
