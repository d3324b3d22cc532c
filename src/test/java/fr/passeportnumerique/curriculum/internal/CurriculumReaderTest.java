package fr.passeportnumerique.curriculum.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeportnumerique.base.markdown.MarkdownRenderer;
import fr.passeportnumerique.curriculum.ContentProblem;
import fr.passeportnumerique.curriculum.GlossaryTerm;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CurriculumReaderTest {

    private static final String MODULE_FILE = "content/modules/01-premier-module/module.md";
    private static final String LESSON_FILE = "content/modules/01-premier-module/lessons/01-une-lecon.md";
    private static final String QUIZ_FILE = "content/modules/01-premier-module/quiz.yaml";

    @TempDir
    Path folder;

    private final CurriculumReader reader = new CurriculumReader(new MarkdownRenderer(), Clock.systemUTC());

    private List<ContentProblem> problemsOf(ContentFixture fixture) {
        CurriculumSource source = reader.read(fixture.root());
        assertThat(source.modules())
                .as("an invalid curriculum yields no module")
                .isEmpty();
        return source.problems();
    }

    @Test
    void a_valid_module_is_read_with_its_lessons_quiz_and_media() {
        CurriculumSource source = reader.read(ContentFixture.in(folder).root());

        assertThat(source.problems()).isEmpty();
        ModuleSource module = source.modules().getFirst();
        assertThat(module.slug()).isEqualTo("premier-module");
        assertThat(module.objectives()).containsExactly("Comprendre l'essai");
        assertThat(module.lessons()).extracting(LessonSource::slug).containsExactly("une-lecon");
        assertThat(module.quiz().questionCount()).isEqualTo(1);
        assertThat(module.quiz().passMark()).isEqualTo(70);
        assertThat(module.media()).extracting(MediaSource::fileName).containsExactly("schema.svg");
        assertThat(module.glossary()).extracting(GlossaryTerm::term).containsExactly("Essai", "Schéma");
        assertThat(module.contentHash()).hasSize(64);
    }

    @Test
    void the_hash_changes_when_a_file_changes_and_only_then() {
        ContentFixture fixture = ContentFixture.in(folder);
        String before = reader.read(fixture.root()).modules().getFirst().contentHash();
        String again = reader.read(fixture.root()).modules().getFirst().contentHash();
        fixture.replace("modules/01-premier-module/lessons/01-une-lecon.md", "Du texte.", "Un autre texte.");
        String after = reader.read(fixture.root()).modules().getFirst().contentHash();

        assertThat(again).isEqualTo(before);
        assertThat(after).isNotEqualTo(before);
    }

    @Test
    void a_missing_title_is_reported_with_its_file_and_line() {
        ContentFixture fixture =
                ContentFixture.in(folder).replace("modules/01-premier-module/module.md", "title: Premier module\n", "");

        assertThat(problemsOf(fixture))
                .containsExactly(new ContentProblem(MODULE_FILE, 2, "missing-field", List.of("title")));
    }

    @Test
    void a_misspelt_field_is_reported_rather_than_ignored() {
        ContentFixture fixture = ContentFixture.in(folder)
                .replace("modules/01-premier-module/lessons/01-une-lecon.md", "duration_minutes: 10", "duration: 10");

        assertThat(problemsOf(fixture))
                .extracting(ContentProblem::location, ContentProblem::code)
                .contains(org.assertj.core.groups.Tuple.tuple(LESSON_FILE + ":4", "unknown-field"));
    }

    @Test
    void a_broken_image_link_names_the_line_in_the_lesson_file() {
        ContentFixture fixture = ContentFixture.in(folder)
                .replace("modules/01-premier-module/lessons/01-une-lecon.md", "media/schema.svg", "media/absent.svg");

        assertThat(problemsOf(fixture))
                .containsExactly(new ContentProblem(LESSON_FILE, 13, "broken-image", List.of("media/absent.svg")));
    }

    @Test
    void an_image_without_alternative_text_is_refused() {
        ContentFixture fixture = ContentFixture.in(folder)
                .replace("modules/01-premier-module/lessons/01-une-lecon.md", "![Un schéma]", "![]");

        assertThat(problemsOf(fixture)).extracting(ContentProblem::code).containsExactly("missing-alt");
    }

    @Test
    void an_unknown_prerequisite_is_reported() {
        ContentFixture fixture = ContentFixture.in(folder)
                .replace("modules/01-premier-module/module.md", "prerequisites: []", "prerequisites: [module-fantome]");

        assertThat(problemsOf(fixture))
                .containsExactly(new ContentProblem(MODULE_FILE, 0, "unknown-prerequisite", List.of("module-fantome")));
    }

    @Test
    void prerequisites_that_go_round_in_a_circle_are_reported() {
        ContentFixture fixture = ContentFixture.in(folder)
                .replace("modules/01-premier-module/module.md", "prerequisites: []", "prerequisites: [second]")
                .write(
                        "modules/02-second/module.md",
                        ContentFixture.MODULE
                                .replace("premier-module", "second")
                                .replace("number: 1", "number: 2")
                                .replace("prerequisites: []", "prerequisites: [premier-module]"))
                .write(
                        "modules/02-second/lessons/01-une-lecon.md",
                        ContentFixture.LESSON.replace("![Un schéma](media/schema.svg)", ""));

        assertThat(problemsOf(fixture)).extracting(ContentProblem::code).containsExactly("prerequisite-cycle");
    }

    @Test
    void two_modules_with_the_same_number_are_reported() {
        ContentFixture fixture = ContentFixture.in(folder)
                .write("modules/01-second/module.md", ContentFixture.MODULE.replace("premier-module", "second"))
                .write(
                        "modules/01-second/lessons/01-autre.md",
                        ContentFixture.LESSON
                                .replace("une-lecon", "autre")
                                .replace("![Un schéma](media/schema.svg)", ""));

        assertThat(problemsOf(fixture)).extracting(ContentProblem::code).containsExactly("duplicate-module-number");
    }

    @Test
    void a_yaml_syntax_error_points_to_its_line() {
        ContentFixture fixture = ContentFixture.in(folder)
                .replace("modules/01-premier-module/module.md", "tags: [essai]", "tags: [essai");

        List<ContentProblem> problems = problemsOf(fixture);
        assertThat(problems).hasSize(1);
        assertThat(problems.getFirst().code()).isEqualTo("yaml-syntax");
        assertThat(problems.getFirst().line()).isBetween(10, 12);
    }

    @Test
    void a_file_without_front_matter_is_reported_on_its_first_line() {
        ContentFixture fixture = ContentFixture.in(folder)
                .write("modules/01-premier-module/lessons/01-une-lecon.md", "Juste du texte.\n");

        assertThat(problemsOf(fixture))
                .containsExactly(new ContentProblem(LESSON_FILE, 1, "no-front-matter", List.of()));
    }

    @Test
    void a_lesson_file_named_without_its_number_is_reported() {
        ContentFixture fixture = ContentFixture.in(folder)
                .write("modules/01-premier-module/lessons/sans-numero.md", ContentFixture.LESSON);

        assertThat(problemsOf(fixture)).extracting(ContentProblem::code).containsExactly("lesson-file-name");
    }

    @Test
    void a_single_choice_question_with_two_right_answers_is_reported_at_its_choices() {
        ContentFixture fixture = ContentFixture.in(folder)
                .replace(
                        "modules/01-premier-module/quiz.yaml",
                        "- text: La mauvaise",
                        "- text: La mauvaise\n        correct: true");

        assertThat(problemsOf(fixture))
                .containsExactly(new ContentProblem(QUIZ_FILE, 8, "quiz-one-correct", List.of("2")));
    }

    @Test
    void the_editors_quiz_rules_are_the_importers_reported_at_the_field_at_fault() {
        ContentFixture fixture = ContentFixture.in(folder)
                .replace("modules/01-premier-module/quiz.yaml", "pass_mark: 70", "pass_mark: 70\ndraw: 3")
                .replace("modules/01-premier-module/quiz.yaml", "prompt: Quelle réponse ?", "prompt: \"\"");

        assertThat(problemsOf(fixture))
                .containsExactlyInAnyOrder(
                        new ContentProblem(QUIZ_FILE, 2, "quiz-draw", List.of("1")),
                        new ContentProblem(QUIZ_FILE, 7, "quiz-prompt", List.of()));
    }

    @Test
    void a_true_false_value_the_quiz_engine_would_not_read_is_refused() {
        ContentFixture fixture = ContentFixture.in(folder)
                .replace("modules/01-premier-module/quiz.yaml", "correct: true", "correct: oui");

        assertThat(problemsOf(fixture)).extracting(ContentProblem::code).containsExactly("not-true-false");
    }

    @Test
    void a_lesson_must_say_when_it_was_checked_and_against_what() {
        ContentFixture fixture = ContentFixture.in(folder)
                .replace(
                        "modules/01-premier-module/lessons/01-une-lecon.md",
                        "reviewed: 2026-01-15\nsources:\n  - https://www.cnil.fr/fr/mots-de-passe\n",
                        "");

        assertThat(problemsOf(fixture))
                .containsExactlyInAnyOrder(
                        new ContentProblem(LESSON_FILE, 2, "missing-field", List.of("reviewed")),
                        new ContentProblem(LESSON_FILE, 2, "missing-field", List.of("sources")));
    }

    @Test
    void a_check_date_in_the_future_or_not_a_date_is_refused() {
        String lesson = "modules/01-premier-module/lessons/01-une-lecon.md";
        CurriculumReader onTheFifteenth = new CurriculumReader(
                new MarkdownRenderer(), Clock.fixed(Instant.parse("2026-01-15T12:00:00Z"), ZoneOffset.UTC));
        ContentFixture fixture = ContentFixture.in(folder);

        assertThat(onTheFifteenth.read(fixture.root()).problems()).isEmpty();
        fixture.replace(lesson, "reviewed: 2026-01-15", "reviewed: 2026-01-16");
        assertThat(onTheFifteenth.read(fixture.root()).problems())
                .containsExactly(new ContentProblem(LESSON_FILE, 5, "lesson-reviewed-future", List.of("2026-01-16")));
        fixture.replace(lesson, "reviewed: 2026-01-16", "reviewed: 15/01/2026");
        assertThat(onTheFifteenth.read(fixture.root()).problems())
                .containsExactly(new ContentProblem(LESSON_FILE, 5, "lesson-reviewed-date", List.of("15/01/2026")));
    }

    @Test
    void a_source_must_be_a_web_address_given_once() {
        ContentFixture fixture = ContentFixture.in(folder)
                .replace(
                        "modules/01-premier-module/lessons/01-une-lecon.md",
                        "  - https://www.cnil.fr/fr/mots-de-passe\n",
                        "  - https://www.cnil.fr/fr/mots-de-passe\n  - www.cnil.fr\n"
                                + "  - http://www.cnil.fr/fr/mots-de-passe\n  - https://www.cnil.fr/fr/mots-de-passe\n");

        assertThat(problemsOf(fixture))
                .containsExactlyInAnyOrder(
                        new ContentProblem(LESSON_FILE, 7, "lesson-source-address", List.of("www.cnil.fr")),
                        new ContentProblem(
                                LESSON_FILE,
                                7,
                                "lesson-source-address",
                                List.of("http://www.cnil.fr/fr/mots-de-passe")),
                        new ContentProblem(LESSON_FILE, 7, "lesson-source-repeated", List.of()));
    }

    @Test
    void a_question_names_the_lesson_section_that_teaches_its_answer() {
        String quiz = "modules/01-premier-module/quiz.yaml";
        ContentFixture fixture = ContentFixture.in(folder);

        fixture.replace(quiz, "taught_in: \"une-lecon#Une partie\"", "taught_in: \"une-lecon\"");
        assertThat(reader.read(fixture.root()).problems())
                .as("the lesson's opening")
                .isEmpty();
        fixture.replace(quiz, "taught_in: \"une-lecon\"", "taught_in: \"une-lecon#Une autre partie\"");
        assertThat(problemsOf(fixture))
                .containsExactly(new ContentProblem(
                        QUIZ_FILE, 5, "quiz-taught-in-heading", List.of("Une autre partie", "une-lecon")));
        fixture.replace(quiz, "taught_in: \"une-lecon#Une autre partie\"", "taught_in: \"autre-lecon#Une partie\"");
        assertThat(problemsOf(fixture))
                .containsExactly(new ContentProblem(QUIZ_FILE, 5, "quiz-taught-in-lesson", List.of("autre-lecon")));
        fixture.replace(quiz, "    taught_in: \"autre-lecon#Une partie\"\n", "");
        assertThat(problemsOf(fixture)).containsExactly(new ContentProblem(QUIZ_FILE, 3, "quiz-taught-in", List.of()));
    }

    @Test
    void a_question_difficulty_outside_one_to_five_is_reported_at_its_line() {
        String quiz = "modules/01-premier-module/quiz.yaml";
        ContentFixture fixture = ContentFixture.in(folder);

        fixture.replace(quiz, "type: single_choice", "type: single_choice\n    difficulty: 4");
        assertThat(reader.read(fixture.root()).problems()).isEmpty();
        fixture.replace(quiz, "difficulty: 4", "difficulty: 6");
        assertThat(problemsOf(fixture))
                .containsExactly(new ContentProblem(QUIZ_FILE, 5, "quiz-difficulty", List.of("1", "5")));
    }

    @Test
    void an_unknown_question_type_is_reported() {
        ContentFixture fixture = ContentFixture.in(folder)
                .replace("modules/01-premier-module/quiz.yaml", "type: single_choice", "type: devinette");

        assertThat(problemsOf(fixture)).extracting(ContentProblem::code).containsExactly("quiz-unknown-type");
    }

    @Test
    void a_term_defined_twice_in_a_glossary_is_reported() {
        ContentFixture fixture = ContentFixture.in(folder)
                .replace("modules/01-premier-module/glossary.yaml", "term: \"Schéma\"", "term: \"essai\"");

        assertThat(problemsOf(fixture))
                .containsExactly(new ContentProblem(
                        "content/modules/01-premier-module/glossary.yaml", 4, "duplicate-term", List.of("essai")));
    }

    @Test
    void links_to_the_sites_modules_and_lessons_must_lead_somewhere() {
        ContentFixture fixture = ContentFixture.in(folder)
                .replace(
                        "modules/01-premier-module/lessons/01-une-lecon.md",
                        "Du texte.",
                        "Voir [ce module](/modules/premier-module), [cette leçon](/modules/premier-module/une-lecon),"
                                + " [la CNIL](https://www.cnil.fr) et [un fantôme](/modules/premier-module/absente).");

        assertThat(problemsOf(fixture))
                .containsExactly(
                        new ContentProblem(LESSON_FILE, 11, "broken-link", List.of("/modules/premier-module/absente")));
    }

    @Test
    void a_link_in_a_form_the_site_cannot_follow_is_reported() {
        ContentFixture fixture = ContentFixture.in(folder)
                .replace(
                        "modules/01-premier-module/lessons/01-une-lecon.md",
                        "Du texte.",
                        "[Leçon](../lessons/02-autre.md)");

        assertThat(problemsOf(fixture))
                .containsExactly(new ContentProblem(LESSON_FILE, 11, "link-form", List.of("../lessons/02-autre.md")));
    }

    @Test
    void a_missing_content_folder_is_reported_not_thrown() {
        CurriculumSource source = reader.read(folder.resolve("nowhere"));

        assertThat(source.problems()).extracting(ContentProblem::code).containsExactly("content-folder-missing");
    }
}
