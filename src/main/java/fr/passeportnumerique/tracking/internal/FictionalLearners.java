package fr.passeportnumerique.tracking.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Fictional learners drawn at random: an invented name and company, an enrolment date, and progress through the
 * curriculum that thins out towards the end, with some quizzes failed. The same random sequence draws the same
 * learners.
 */
final class FictionalLearners {

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

    private final Random random;
    private final DrawnQuestions questions;
    private final List<CohortGenerator.Module> modules;
    private final String passwordHash;
    private final Instant now;

    FictionalLearners(
            Random random,
            DrawnQuestions questions,
            List<CohortGenerator.Module> modules,
            String passwordHash,
            Instant now) {
        this.random = random;
        this.questions = questions;
        this.modules = modules;
        this.passwordHash = passwordHash;
        this.now = now;
    }

    /** Draws one learner, their company and their progress, and adds them to the rows to write. */
    void draw(CohortRows rows, long account, long company, CohortGenerator.Point point, String handle) {
        String first = FIRST[random.nextInt(FIRST.length)];
        String last = LAST[random.nextInt(LAST.length)];
        Instant enrolled = now.minus(Duration.ofDays(3 + random.nextInt(240)));
        // Most learners are active recently; about a quarter have stopped for a while.
        Instant lastSeen = random.nextInt(4) == 0
                ? enrolled.plus(Duration.ofDays(random.nextInt(10)))
                : now.minus(Duration.ofHours(1 + random.nextInt(13 * 24)));
        // Seen after enrolling: a learner enrolled three days ago cannot have stopped ten days ago.
        if (lastSeen.isBefore(enrolled.plus(Duration.ofHours(1)))) {
            lastSeen = enrolled.plus(Duration.ofHours(1));
        }
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
        Tally tally = new Tally(enrolled);
        Learner learner = new Learner(rows, account, point.id());
        passModules(learner, done, (lastSeen.toEpochMilli() - enrolled.toEpochMilli()) / (done + 2), tally);
        boolean touchedCurrent = done < modules.size() && startModule(learner, modules.get(done), lastSeen, tally);
        Instant lastActivity = touchedCurrent ? lastSeen : done > 0 ? tally.at : null;
        rows.standings.add(new Object[] {
            account,
            tally.lessons,
            done,
            tally.failures,
            lastActivity == null ? null : Timestamp.from(lastActivity),
            done == modules.size() ? Timestamp.from(tally.at) : null
        });
    }

    /** The first {@code done} modules: every lesson read, the quiz passed (sometimes at the second try), stamped. */
    private void passModules(Learner learner, int done, long stepMillis, Tally tally) {
        CohortRows rows = learner.rows();
        long account = learner.account();
        for (int m = 0; m < done; m++) {
            CohortGenerator.Module module = modules.get(m);
            tally.at = tally.at.plusMillis(stepMillis);
            Instant at = tally.at;
            for (String lesson : module.lessons()) {
                rows.lessons.add(new Object[] {account, module.slug(), lesson, Timestamp.from(at)});
                tally.lessons++;
            }
            boolean failedFirst = random.nextInt(5) == 0;
            if (failedFirst) {
                attempt(learner, module, at.minusSeconds(600), 40 + random.nextInt(25), false);
                tally.failures++;
            }
            int score = 70 + random.nextInt(31);
            attempt(learner, module, at, score, true);
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
    }

    /** The module under way: some of its lessons read, perhaps its quiz failed; whether it was touched at all. */
    private boolean startModule(Learner learner, CohortGenerator.Module current, Instant lastSeen, Tally tally) {
        CohortRows rows = learner.rows();
        long account = learner.account();
        int read = random.nextInt(current.lessons().size() + 1);
        for (int l = 0; l < read; l++) {
            rows.lessons.add(
                    new Object[] {account, current.slug(), current.lessons().get(l), Timestamp.from(lastSeen)});
            tally.lessons++;
        }
        int failed = read == current.lessons().size() ? random.nextInt(3) : 0;
        for (int f = 0; f < failed; f++) {
            attempt(learner, current, lastSeen.minusSeconds(60L * (f + 1)), 20 + random.nextInt(45), false);
            tally.failures++;
        }
        boolean touched = read > 0 || failed > 0;
        if (touched) {
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
        return touched;
    }

    /** A submitted attempt, and its questions in the point's figures of missed questions. */
    private void attempt(Learner learner, CohortGenerator.Module module, Instant at, int score, boolean passed) {
        learner.rows().attempts.add(new Object[] {
            learner.account(),
            module.slug(),
            Timestamp.from(at.minusSeconds(300)),
            "{}",
            "{}",
            Timestamp.from(at),
            score,
            passed
        });
        questions.answer(learner.rows(), learner.point(), module, score);
    }

    /** The learner being drawn: where their rows go, their account and their welcome point. */
    private record Learner(CohortRows rows, long account, long point) {}

    /** What one learner's drawing has counted so far, and when their last module was passed. */
    private static final class Tally {
        int lessons;
        int failures;
        Instant at;

        Tally(Instant enrolled) {
            this.at = enrolled;
        }
    }
}
