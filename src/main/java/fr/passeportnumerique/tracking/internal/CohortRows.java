package fr.passeportnumerique.tracking.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Rows waiting to be written, table by table, in the order foreign keys need. */
final class CohortRows {
    final List<Object[]> companies = new ArrayList<>();
    final List<Object[]> accounts = new ArrayList<>();
    final List<Object[]> lessons = new ArrayList<>();
    final List<Object[]> attempts = new ArrayList<>();
    final List<Object[]> progress = new ArrayList<>();
    final List<Object[]> standings = new ArrayList<>();
    /** Answers and misses per point and question, added to what the table already counts. */
    final Map<QuestionAtPoint, long[]> questions = new LinkedHashMap<>();

    record QuestionAtPoint(long point, String module, CohortGenerator.QuizQuestion question) {}

    void answered(long point, String module, CohortGenerator.QuizQuestion question, boolean missed) {
        long[] counts = questions.computeIfAbsent(new QuestionAtPoint(point, module, question), key -> new long[2]);
        counts[0]++;
        counts[1] += missed ? 1 : 0;
    }

    void flush(JdbcTemplate jdbc) {
        // Taken before the accounts are written, which empties their list.
        List<Object[]> roles = new ArrayList<>(
                accounts.stream().map(row -> new Object[] {row[0], "LEARNER"}).toList());
        write(
                jdbc,
                TrackedTables.sql(
                        "INSERT INTO {company} (id, name, siret, sector, employees, created_on, postcode, departement)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                companies);
        write(
                jdbc,
                TrackedTables.sql(
                        "INSERT INTO {user_account} (id, email, full_name, password_hash, created_at, company_id,"
                                + " welcome_point_id) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                accounts);
        write(jdbc, TrackedTables.sql("INSERT INTO {user_account_role} (account_id, role) VALUES (?, ?)"), roles);
        write(
                jdbc,
                TrackedTables.sql("INSERT INTO {lesson_completion} (account_id, module_slug, lesson_slug, completed_at)"
                        + " VALUES (?, ?, ?, ?)"),
                lessons);
        write(
                jdbc,
                TrackedTables.sql(
                        "INSERT INTO {quiz_attempt} (account_id, module_slug, started_at, presentation, answers,"
                                + " submitted_at, score_percent, passed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                attempts);
        write(
                jdbc,
                TrackedTables.sql(
                        "INSERT INTO {module_progress} (account_id, module_slug, best_score, quiz_passed_at, stamped_at,"
                                + " seconds_spent, last_activity_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                progress);
        write(
                jdbc,
                "INSERT INTO question_stat (welcome_point_id, module_slug, question_id, prompt, answers, misses)"
                        + " VALUES (?, ?, ?, LEFT(?, 1000), ?, ?) ON DUPLICATE KEY UPDATE"
                        + " answers = answers + VALUES(answers), misses = misses + VALUES(misses)",
                new ArrayList<>(questions.entrySet().stream()
                        .map(entry -> new Object[] {
                            entry.getKey().point(),
                            entry.getKey().module(),
                            entry.getKey().question().id(),
                            entry.getKey().question().prompt(),
                            entry.getValue()[0],
                            entry.getValue()[1]
                        })
                        .toList()));
        questions.clear();
        write(
                jdbc,
                "INSERT INTO learner_standing (account_id, lessons_done, modules_done, quiz_failures,"
                        + " last_activity_at, graduated_at) VALUES (?, ?, ?, ?, ?, ?)",
                standings);
    }

    private static void write(JdbcTemplate jdbc, String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
            rows.clear();
        }
    }
}
