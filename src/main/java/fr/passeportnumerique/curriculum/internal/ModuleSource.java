package fr.passeportnumerique.curriculum.internal;

import fr.passeportnumerique.curriculum.GlossaryTerm;
import java.util.List;

/** A module as read from its folder, validated and ready to be stored. */
public record ModuleSource(
        String slug,
        int number,
        String title,
        String summary,
        List<String> objectives,
        int durationMinutes,
        String level,
        List<String> tags,
        List<String> prerequisites,
        String introductionMarkdown,
        List<LessonSource> lessons,
        QuizSource quiz,
        List<GlossaryTerm> glossary,
        List<MediaSource> media,
        String contentHash) {

    public static final int TITLE_MAX_LENGTH = 160;
    public static final int SUMMARY_MAX_LENGTH = 500;
    public static final int OBJECTIVE_MAX_LENGTH = 300;
    public static final int TAG_MAX_LENGTH = 60;
    public static final List<String> LEVELS = List.of("debutant", "intermediaire", "avance");

    /** A module without a quiz has {@code quiz == null}. */
    public boolean hasQuiz() {
        return quiz != null;
    }
}
