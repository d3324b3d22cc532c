package fr.passeportnumerique.financing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Euro amounts: kept to the cent, rounded half up, as banks show them; intermediate sums at 34 digits. */
public final class Money {

    static final MathContext PRECISE = MathContext.DECIMAL128;

    private Money() {}

    public static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
