package fr.passeportnumerique.quiz;

import fr.passeportnumerique.curriculum.CurriculumService;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Each module's quiz parsed once per published source rather than at every start and submission: the parsed model is
 * kept beside the source it came from and parsed again only when a publication gives another source.
 */
@Component
class QuizDefinitions {

    private final CurriculumService curriculum;
    private final Map<String, Parsed> byModule = new ConcurrentHashMap<>();

    QuizDefinitions(CurriculumService curriculum) {
        this.curriculum = curriculum;
    }

    QuizDefinition of(String moduleSlug) {
        String source = curriculum
                .quizSource(moduleSlug)
                .orElseThrow(() -> new IllegalArgumentException("No quiz for module " + moduleSlug));
        Parsed parsed = byModule.get(moduleSlug);
        if (parsed == null || !parsed.source().equals(source)) {
            parsed = new Parsed(source, QuizParser.parse(source));
            byModule.put(moduleSlug, parsed);
        }
        return parsed.definition();
    }

    private record Parsed(String source, QuizDefinition definition) {}
}
