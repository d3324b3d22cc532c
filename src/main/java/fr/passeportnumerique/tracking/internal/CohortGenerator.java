package fr.passeportnumerique.tracking.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fictional learners with believable progress, written straight into the tables in batches: accounts with their
 * companies at welcome points, lessons done, quiz attempts (some failed), stamps, and each learner's standing. Used
 * for the demonstration's cohort and for the 200,000-learner benchmark. Names are invented ("Exemple" companies,
 * example.org addresses); the same seed gives the same population.
 */
public final class CohortGenerator {

    private static final String[] FIRST = {
        "Camille",
        "Julien",
        "Sophie",
        "Karim",
        "Nathalie",
        "Thomas",
        "Inès",
        "Philippe",
        "Laura",
        "Mehdi",
        "Claire",
        "Antoine",
        "Aïcha",
        "Nicolas",
        "Élodie",
        "Franck",
        "Léa",
        "Yann"
    };
    private static final String[] LAST = {
        "Martin",
        "Bernard",
        "Dubois",
        "Lefèvre",
        "Moreau",
        "Garcia",
        "Roux",
        "Fournier",
        "Girard",
        "Bonnet",
        "Mercier",
        "Lambert",
        "Faure",
        "Rousseau",
        "Blanc",
        "Guerin",
        "Muller"
    };
    private static final String[] TRADES = {
        "Boulangerie",
        "Plomberie",
        "Salon de coiffure",
        "Garage",
        "Épicerie",
        "Cabinet infirmier",
        "Menuiserie",
        "Fleuriste",
        "Librairie",
        "Traiteur",
        "Électricité",
        "Taxi"
    };
    private static final String[] SECTORS = {"C", "F", "G", "H", "I", "M", "N", "Q", "S"};
    private static final int BATCH = 2_000;

    /** A module of the curriculum as the generator needs it: its slug and its lessons' slugs. */
    public record Module(String slug, List<String> lessons) {}

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

    /** The curriculum's modules with their lessons, in order, as the generator needs them. */
    public static List<Module> modulesOf(fr.passeportnumerique.curriculum.CurriculumService curriculum) {
        return curriculum.modules().stream()
                .map(module -> new Module(
                        module.slug(),
                        curriculum.module(module.slug()).orElseThrow().lessons().stream()
                                .map(fr.passeportnumerique.curriculum.LessonSummary::slug)
                                .toList()))
                .toList();
    }

    /** Writes {@code perPoint} learners at each point; returns how many were written. */
    public int generate(List<Point> points, int perPoint, long seed, String emailPrefix) {
        Random random = new Random(seed);
        long account = next("user_account");
        long company = next("company");
        Rows rows = new Rows();
        int written = 0;
        for (Point point : points) {
            for (int i = 0; i < perPoint; i++) {
                learner(rows, random, account++, company++, point, emailPrefix + written);
                written++;
                if (rows.accounts.size() >= BATCH) {
                    rows.flush(jdbc);
                }
            }
        }
        rows.flush(jdbc);
        return written;
    }

    private void learner(Rows rows, Random random, long account, long company, Point point, String handle) {
        String first = FIRST[random.nextInt(FIRST.length)];
        String last = LAST[random.nextInt(LAST.length)];
        Instant enrolled = now.minus(Duration.ofDays(3 + random.nextInt(240)));
        // Most learners are active recently; about a quarter have stopped for a while.
        Instant lastSeen = random.nextInt(4) == 0
                ? enrolled.plus(Duration.ofDays(random.nextInt(10)))
                : now.minus(Duration.ofHours(1 + random.nextInt(13 * 24)));
        if (lastSeen.isAfter(now)) {
            lastSeen = now.minus(Duration.ofHours(1));
        }
        rows.companies.add(new Object[] {
            company,
            TRADES[random.nextInt(TRADES.length)] + " " + last + " Exemple",
            "12345678901237",
            SECTORS[random.nextInt(SECTORS.length)],
            1 + random.nextInt(19),
            LocalDate.of(2010 + random.nextInt(16), 1 + random.nextInt(12), 1),
            point.departement() + "000",
            point.departement()
        });
        rows.accounts.add(new Object[] {
            account,
            handle + "@example.org",
            first + " " + last,
            passwordHash,
            Timestamp.from(enrolled),
            company,
            point.id()
        });
        int done = Math.min(modules.size(), (int) Math.floor(Math.pow(random.nextDouble(), 1.6) * 21));
        int lessons = 0;
        int failures = 0;
        Instant at = enrolled;
        long stepMillis = (lastSeen.toEpochMilli() - enrolled.toEpochMilli()) / (done + 2);
        for (int m = 0; m < done; m++) {
            Module module = modules.get(m);
            at = at.plusMillis(stepMillis);
            for (String lesson : module.lessons()) {
                rows.lessons.add(new Object[] {account, module.slug(), lesson, Timestamp.from(at)});
                lessons++;
            }
            boolean failedFirst = random.nextInt(5) == 0;
            if (failedFirst) {
                rows.attempts.add(
                        attempt(account, module.slug(), at.minusSeconds(600), 40 + random.nextInt(25), false));
                failures++;
            }
            int score = 70 + random.nextInt(31);
            rows.attempts.add(attempt(account, module.slug(), at, score, true));
            rows.progress.add(new Object[] {
                account,
                module.slug(),
                score,
                Timestamp.from(at),
                Timestamp.from(at),
                600 + random.nextInt(3000),
                Timestamp.from(at)
            });
        }
        boolean touchedCurrent = false;
        if (done < modules.size()) {
            Module current = modules.get(done);
            int read = random.nextInt(current.lessons().size() + 1);
            for (int l = 0; l < read; l++) {
                rows.lessons.add(
                        new Object[] {account, current.slug(), current.lessons().get(l), Timestamp.from(lastSeen)});
                lessons++;
            }
            int failed = read == current.lessons().size() ? random.nextInt(3) : 0;
            for (int f = 0; f < failed; f++) {
                rows.attempts.add(attempt(
                        account, current.slug(), lastSeen.minusSeconds(60L * (f + 1)), 20 + random.nextInt(45), false));
                failures++;
            }
            touchedCurrent = read > 0 || failed > 0;
            if (touchedCurrent) {
                rows.progress.add(new Object[] {
                    account,
                    current.slug(),
                    failed > 0 ? 50 : null,
                    null,
                    null,
                    120 + random.nextInt(1200),
                    Timestamp.from(lastSeen)
                });
            }
        }
        Instant lastActivity = touchedCurrent ? lastSeen : done > 0 ? at : null;
        rows.standings.add(new Object[] {
            account,
            lessons,
            done,
            failures,
            lastActivity == null ? null : Timestamp.from(lastActivity),
            done == modules.size() ? Timestamp.from(at) : null
        });
    }

    private static Object[] attempt(long account, String module, Instant at, int score, boolean passed) {
        return new Object[] {
            account, module, Timestamp.from(at.minusSeconds(300)), "{}", "{}", Timestamp.from(at), score, passed
        };
    }

    private long next(String table) {
        Long max = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM " + table, Long.class);
        return (max == null ? 0 : max) + 1;
    }

    /** Rows waiting to be written, table by table, in the order foreign keys need. */
    private static final class Rows {
        final List<Object[]> companies = new ArrayList<>();
        final List<Object[]> accounts = new ArrayList<>();
        final List<Object[]> lessons = new ArrayList<>();
        final List<Object[]> attempts = new ArrayList<>();
        final List<Object[]> progress = new ArrayList<>();
        final List<Object[]> standings = new ArrayList<>();

        void flush(JdbcTemplate jdbc) {
            // Taken before the accounts are written, which empties their list.
            List<Object[]> roles = new ArrayList<>(accounts.stream()
                    .map(row -> new Object[] {row[0], "LEARNER"})
                    .toList());
            write(
                    jdbc,
                    "INSERT INTO company (id, name, siret, sector, employees, created_on, postcode, departement)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    companies);
            write(
                    jdbc,
                    "INSERT INTO user_account (id, email, full_name, password_hash, created_at, company_id,"
                            + " welcome_point_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    accounts);
            write(jdbc, "INSERT INTO user_account_role (account_id, role) VALUES (?, ?)", roles);
            write(
                    jdbc,
                    "INSERT INTO lesson_completion (account_id, module_slug, lesson_slug, completed_at)"
                            + " VALUES (?, ?, ?, ?)",
                    lessons);
            write(
                    jdbc,
                    "INSERT INTO quiz_attempt (account_id, module_slug, started_at, presentation, answers,"
                            + " submitted_at, score_percent, passed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    attempts);
            write(
                    jdbc,
                    "INSERT INTO module_progress (account_id, module_slug, best_score, quiz_passed_at, stamped_at,"
                            + " seconds_spent, last_activity_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    progress);
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
}
