package fr.passeportnumerique.tracking;

import java.util.Optional;

/**
 * Which learners the regional and national figures count: enrolled within a period, at a kind of welcome point, in
 * a sector, in a company of a size band (number of employees, INSEE's bands for very small businesses).
 */
public record AreaFilter(
        Optional<Integer> enrolledWithinDays,
        Optional<String> pointType,
        Optional<String> sector,
        Optional<SizeBand> size) {

    public static AreaFilter none() {
        return new AreaFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public enum SizeBand {
        NONE(0, 0),
        ONE_TO_TWO(1, 2),
        THREE_TO_FIVE(3, 5),
        SIX_TO_NINE(6, 9),
        TEN_TO_NINETEEN(10, 19);

        final int min;
        final int max;

        SizeBand(int min, int max) {
            this.min = min;
            this.max = max;
        }
    }
}
