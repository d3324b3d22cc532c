package fr.passeportnumerique.curriculum.internal;

import fr.passeportnumerique.curriculum.LessonReview;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A lesson's {@code reviewed} date and {@code sources}: both required, so that no lesson is published without
 * saying when its claims were last checked and against what. A date after today or a source that is not a web
 * address is refused.
 */
final class ReviewFields {

    static final Set<String> NAMES = Set.of("reviewed", "sources");

    private ReviewFields() {}

    static Optional<LessonReview> read(YamlMap fields, LocalDate today, Problems.FileProblems here) {
        Optional<LocalDate> reviewed = reviewedOn(fields, today, here);
        List<String> sources = fields.texts("sources", true, LessonReview.SOURCE_MAX_LENGTH);
        boolean sourcesValid = sources.stream().allMatch(LessonReview::isWebAddress);
        sources.stream()
                .filter(source -> !LessonReview.isWebAddress(source))
                .forEach(source -> here.add(fields.lineOf("sources"), "lesson-source-address", source));
        if (sources.size() > LessonReview.MAX_SOURCES) {
            here.add(fields.lineOf("sources"), "lesson-sources-too-many", String.valueOf(LessonReview.MAX_SOURCES));
            sourcesValid = false;
        }
        if (new HashSet<>(sources).size() < sources.size()) {
            here.add(fields.lineOf("sources"), "lesson-source-repeated");
            sourcesValid = false;
        }
        if (reviewed.isEmpty() || sources.isEmpty() || !sourcesValid) {
            return Optional.empty();
        }
        return Optional.of(new LessonReview(reviewed.get(), sources));
    }

    private static Optional<LocalDate> reviewedOn(YamlMap fields, LocalDate today, Problems.FileProblems here) {
        Optional<String> text = fields.text("reviewed", true, 40);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.parse(text.get());
            if (date.isAfter(today)) {
                here.add(fields.lineOf("reviewed"), "lesson-reviewed-future", text.get());
                return Optional.empty();
            }
            return Optional.of(date);
        } catch (DateTimeParseException e) {
            here.add(fields.lineOf("reviewed"), "lesson-reviewed-date", text.get());
            return Optional.empty();
        }
    }
}
