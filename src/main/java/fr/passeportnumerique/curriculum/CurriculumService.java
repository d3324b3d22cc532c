package fr.passeportnumerique.curriculum;

import fr.passeportnumerique.curriculum.format.TaughtIn;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the published curriculum: the catalogue, a module, a lesson, an image. Open to everyone. Pages are served from
 * this node's copy of the curriculum ({@link PublishedCurriculum}), without a database read; images from the database.
 */
@Service
public class CurriculumService {

    private final PublishedCurriculum published;
    private final ModuleMediaRepository media;

    CurriculumService(PublishedCurriculum published, ModuleMediaRepository media) {
        this.published = published;
        this.media = media;
    }

    /** The catalogue, in module order. */
    public List<ModuleSummary> modules() {
        return published.current().catalogue();
    }

    public Optional<ModuleDetail> module(String slug) {
        return published.current().module(slug);
    }

    public Optional<LessonPage> lesson(String moduleSlug, String lessonSlug) {
        return published.current().lesson(moduleSlug, lessonSlug);
    }

    /**
     * Published lessons to check again: reviewed {@value LessonReview#MONTHS_VALID} months ago or more, or with no
     * review recorded (published before lessons said so), in the curriculum's order.
     */
    public List<LessonPage> lessonsDueForReview(LocalDate today) {
        return published.current().allLessons().stream()
                .filter(page -> page.review().map(review -> review.dueOn(today)).orElse(true))
                .toList();
    }

    /** Where a published lesson teaches something: its section by heading, or its opening when there is none. */
    public Optional<LessonSection> section(String moduleSlug, TaughtIn place) {
        return lesson(moduleSlug, place.lesson())
                .map(page -> new LessonSection(
                        page.lesson().title(),
                        place.heading(),
                        "modules/" + moduleSlug + "/" + place.lesson(),
                        Optional.ofNullable(page.sectionAnchors().get(place.heading()))));
    }

    /** The module's quiz as written in its {@code quiz.yaml}, if it has one. */
    public Optional<String> quizSource(String moduleSlug) {
        return published.current().quizSource(moduleSlug);
    }

    @Transactional(readOnly = true)
    public Optional<MediaFile> media(String moduleSlug, String fileName) {
        return media.findFile(moduleSlug, fileName);
    }
}
