package fr.passeportnumerique.curriculum;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.List;

/**
 * When a person last checked a lesson's claims against its sources, and those sources (official pages first), as
 * its front matter says in {@code reviewed} and {@code sources}.
 */
public record LessonReview(LocalDate reviewedOn, List<String> sources) {

    /** A lesson is due for review a year after its last check. */
    public static final int MONTHS_VALID = 12;

    public static final int MAX_SOURCES = 8;
    public static final int SOURCE_MAX_LENGTH = 500;

    public LessonReview {
        sources = List.copyOf(sources);
    }

    public boolean dueOn(LocalDate day) {
        return !reviewedOn.plusMonths(MONTHS_VALID).isAfter(day);
    }

    /** An https address with a host name, as a learner can open it. */
    public static boolean isWebAddress(String text) {
        try {
            URI address = new URI(text);
            return "https".equals(address.getScheme())
                    && address.getHost() != null
                    && address.getHost().contains(".")
                    && text.length() <= SOURCE_MAX_LENGTH;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
