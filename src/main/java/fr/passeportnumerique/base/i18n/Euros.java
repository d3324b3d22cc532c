package fr.passeportnumerique.base.i18n;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** Euro amounts written as the reader's language writes them: "1 290,00 €" in French, "€1,290.00" in English. */
public final class Euros {

    private static final Currency EURO = Currency.getInstance("EUR");

    private Euros() {}

    public static String format(BigDecimal amount, Locale locale) {
        Locale region = locale.getLanguage().equals("fr") ? Locale.FRANCE : Locale.UK;
        NumberFormat format = NumberFormat.getCurrencyInstance(region);
        format.setCurrency(EURO);
        return format.format(amount);
    }
}
