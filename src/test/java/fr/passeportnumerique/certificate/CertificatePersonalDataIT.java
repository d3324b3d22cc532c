package fr.passeportnumerique.certificate;

import static fr.passeportnumerique.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.TestLearners;
import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.account.PersonalDataService;
import fr.passeportnumerique.curriculum.CurriculumService;
import fr.passeportnumerique.curriculum.ModuleSummary;
import fr.passeportnumerique.learning.LearningService;
import fr.passeportnumerique.quiz.QuizService;
import fr.passeportnumerique.quiz.QuizSession;
import fr.passeportnumerique.quiz.RightAnswers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** RGPD access and erasure for a graduate: their certificate, progress, attempts and standing. */
@IntegrationTest
class CertificatePersonalDataIT {

    @Autowired
    CertificateService certificates;

    @Autowired
    LearningService learning;

    @Autowired
    QuizService quizzes;

    @Autowired
    CurriculumService curriculum;

    @Autowired
    AccountService accounts;

    @Autowired
    PersonalDataService personalData;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_graduates_certificate_is_in_their_export_and_goes_with_their_account() {
        String email = TestLearners.register(accounts, "diplome");
        long id = TestLearners.accountId(jdbc, email);
        for (ModuleSummary module : curriculum.modules()) {
            curriculum
                    .module(module.slug())
                    .orElseThrow()
                    .lessons()
                    .forEach(lesson ->
                            as(email, AppRoles.LEARNER, () -> learning.completeLesson(module.slug(), lesson.slug())));
            QuizSession session = as(email, AppRoles.LEARNER, () -> quizzes.start(module.slug()));
            as(email, AppRoles.LEARNER, () -> quizzes.submit(session.attemptId(), RightAnswers.to(session)));
        }
        CertificateDetails certificate =
                as(email, AppRoles.LEARNER, () -> certificates.mine()).orElseThrow();

        String export =
                new String(as(email, AppRoles.LEARNER, () -> personalData.exportMyData()), StandardCharsets.UTF_8);
        assertThat(export)
                .contains("\"certificate\"")
                .contains(certificate.code())
                .contains("diplome Exemple");

        as(email, AppRoles.LEARNER, () -> personalData.deleteMyAccount());

        for (String table : List.of(
                "certificate",
                "quiz_attempt",
                "lesson_completion",
                "module_progress",
                "learning_position",
                "learner_standing")) {
            assertThat(jdbc.queryForObject("select count(*) from " + table + " where account_id = ?", Long.class, id))
                    .as(table)
                    .isZero();
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from certificate where learner_name = ?", Long.class, "diplome Exemple"))
                .isZero();
        assertThat(certificates.verify(certificate.displayCode()).status()).isNotEqualTo(Verification.Status.VALID);
    }
}
