package fr.passeportnumerique.account;

import java.util.Map;
import java.util.Optional;

/**
 * A head count band as INSEE records it for an establishment or a company ({@code tranche_effectif_salarie}): the
 * number of employees, not counting the owners, in the year of reference; {@code most} is null for the open top band.
 */
public record HeadcountBand(String code, int fewest, Integer most) {

    private static final Map<String, HeadcountBand> BANDS = Map.ofEntries(
            band("NN", 0, 0),
            band("00", 0, 0),
            band("01", 1, 2),
            band("02", 3, 5),
            band("03", 6, 9),
            band("11", 10, 19),
            band("12", 20, 49),
            band("21", 50, 99),
            band("22", 100, 199),
            band("31", 200, 249),
            band("32", 250, 499),
            band("41", 500, 999),
            band("42", 1000, 1999),
            band("51", 2000, 4999),
            band("52", 5000, 9999),
            band("53", 10000, null));

    public static Optional<HeadcountBand> ofInseeCode(String code) {
        return Optional.ofNullable(code == null ? null : BANDS.get(code));
    }

    private static Map.Entry<String, HeadcountBand> band(String code, int fewest, Integer most) {
        return Map.entry(code, new HeadcountBand(code, fewest, most));
    }
}
