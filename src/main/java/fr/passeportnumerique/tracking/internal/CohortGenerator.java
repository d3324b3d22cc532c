package fr.passeportnumerique.tracking.internal;

import fr.passeportnumerique.account.AccountTables;
import fr.passeportnumerique.base.database.PublishedTable;
import fr.passeportnumerique.curriculum.CurriculumService;
import fr.passeportnumerique.curriculum.LessonSummary;
import fr.passeportnumerique.quiz.QuizDefinition;
import fr.passeportnumerique.quiz.QuizParser;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fictional learners with believable progress, written straight into the tables in batches: accounts with their
 * companies at welcome points, lessons done, quiz attempts (some failed) with the questions each one missed (the
 * points' figures of questions most often missed), stamps, and each learner's standing. Used
 * for the demonstration's cohort and for the 200,000-learner benchmark. Names are invented ("Exemple" companies,
 * example.org addresses); the same seed gives the same population.
 */
public final class CohortGenerator {

    private static final int BATCH = 2_000;

    /**
     * A module of the curriculum as the generator needs it: its slug, its lessons' slugs, its quiz's questions and how
     * many of them an attempt draws.
     */
    public record Module(String slug, List<String> lessons, List<QuizQuestion> questions, int draw) {

        public Module {
            lessons = List.copyOf(lessons);
            questions = List.copyOf(questions);
        }
    }

    /** A question of a module's quiz, as the point's figures of missed questions name it. */
    public record QuizQuestion(String id, String prompt) {}

    /** A welcome point the learners join, with its département. */
    public record Point(long id, String departement) {}

    private final JdbcTemplate jdbc;
    private final List<Module> modules;
    private final String passwordHash;
    private final Instant now;

    public CohortGenerator(JdbcTemplate jdbc, List<Module> modules, String passwordHash, Instant now) {
        this.jdbc = jdbc;
        this.modules = modules;
        this.passwordHash = passwordHash;
        this.now = now;
    }

    /** The curriculum's modules with their lessons and quiz questions, in order, as the generator needs them. */
    public static List<Module> modulesOf(CurriculumService curriculum) {
        return curriculum.modules().stream()
                .map(module -> {
                    Optional<QuizDefinition> quiz =
                            curriculum.quizSource(module.slug()).map(QuizParser::parse);
                    return new Module(
                            module.slug(),
                            curriculum.module(module.slug()).orElseThrow().lessons().stream()
                                    .map(LessonSummary::slug)
                                    .toList(),
                            quiz.map(found -> found.questions().stream()
                                            .map(question -> new QuizQuestion(question.id(), question.prompt()))
                                            .toList())
                                    .orElse(List.of()),
                            quiz.map(QuizDefinition::draw).orElse(0));
                })
                .toList();
    }

    /** Writes {@code perPoint} learners at each point; returns how many were written. */
    public int generate(List<Point> points, int perPoint, long seed, String emailPrefix) {
        Random random = new Random(seed);
        long account = next(AccountTables.USER_ACCOUNT);
        long company = next(AccountTables.COMPANY);
        CohortRows rows = new CohortRows();
        FictionalLearners learners = new FictionalLearners(
                random, new DrawnQuestions(new Random(seed + 1), modules), modules, passwordHash, now);
        int written = 0;
        for (Point point : points) {
            for (int i = 0; i < perPoint; i++) {
                learners.draw(rows, account++, company++, point, emailPrefix + written);
                written++;
                if (rows.accounts.size() >= BATCH) {
                    rows.flush(jdbc);
                }
            }
        }
        rows.flush(jdbc);
        return written;
    }

    private long next(PublishedTable table) {
        Long max = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM " + table.tableName(), Long.class);
        return (max == null ? 0 : max) + 1;
    }
}
