package fr.passeportnumerique.handoff;

import static fr.passeportnumerique.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.TestGraduates;
import fr.passeportnumerique.TestLearners;
import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.account.PersonalDataService;
import fr.passeportnumerique.curriculum.CurriculumService;
import fr.passeportnumerique.directory.Accreditation;
import fr.passeportnumerique.directory.ExpertDirectory;
import fr.passeportnumerique.directory.ExpertFilter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** RGPD erasure in the hand-off: a learner's requests and the mails naming them; an expert's public card. */
@IntegrationTest
class HandoffPersonalDataIT {

    private static final String DEPARTEMENT = "49";

    @Autowired
    HandoffService handoff;

    @Autowired
    ExpertDirectory directory;

    @Autowired
    PersonalDataService personalData;

    @Autowired
    AccountService accounts;

    @Autowired
    CurriculumService curriculum;

    @Autowired
    JdbcTemplate jdbc;

    private String learner;
    private long expertId;
    private String expert;

    @BeforeEach
    void aGraduateWhoAsksAnExpertRunByAnAccount() {
        learner = TestLearners.register(accounts, "rgpd");
        TestGraduates.graduate(jdbc, curriculum, learner);
        expertId = jdbc.queryForObject(
                "select e.id from expert e join expert_departement d on d.expert_id = e.id"
                        + " where d.departement_code = ? and e.account_id is null and e.suspended = false"
                        + " and e.withdrawn_at is null and e.accredited_until >= current_date"
                        + " and e.accredited_from <= current_date and e.capacity_per_month >= 2 order by e.id limit 1",
                Long.class,
                DEPARTEMENT);
        expert = TestLearners.register(accounts, "expert-rgpd");
        jdbc.update("update expert set account_id = ? where id = ?", idOf(expert), expertId);
        as(
                learner,
                AppRoles.LEARNER,
                () -> handoff.send(new HandoffChoice(
                        List.of(new HandoffChoice.Pick(expertId, Optional.empty())), Optional.empty(), true)));
    }

    private long idOf(String email) {
        return TestLearners.accountId(jdbc, email);
    }

    @Test
    void a_learner_who_leaves_takes_their_requests_and_the_mails_naming_them_along() {
        long id = idOf(learner);
        String export =
                new String(as(learner, AppRoles.LEARNER, () -> personalData.exportMyData()), StandardCharsets.UTF_8);
        assertThat(export).contains("\"handoff\"").contains("\"mails\"").contains("nouvelle demande de");
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where subject_account_id = ?", Long.class, id))
                .isPositive();

        as(learner, AppRoles.LEARNER, () -> personalData.deleteMyAccount());

        assertThat(jdbc.queryForObject("select count(*) from handoff_request where account_id = ?", Long.class, id))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from action_plan_priority where account_id = ?", Long.class, id))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from mail_outbox where subject_account_id = ? or recipient_account_id = ?"
                                + " or recipient = ? or body like ?",
                        Long.class,
                        id,
                        id,
                        learner,
                        "%rgpd Exemple%"))
                .isZero();
    }

    @Test
    void an_expert_who_leaves_is_withdrawn_and_anonymised_and_learners_still_follow_their_requests() {
        String company = directory.expert(expertId).orElseThrow().profile().companyName();

        as(expert, AppRoles.EXPERT, () -> personalData.deleteMyAccount());

        Map<String, Object> card = jdbc.queryForMap(
                "select account_id, contact_name, email, phone, street, presentation, withdrawn_at from expert"
                        + " where id = ?",
                expertId);
        assertThat(card.get("account_id")).isNull();
        assertThat(card.get("withdrawn_at")).isNotNull();
        assertThat(List.of("contact_name", "email", "phone", "street", "presentation"))
                .allSatisfy(column -> assertThat(card.get(column)).as(column).isEqualTo(""));
        assertThat(directory.find(ExpertFilter.none())).noneMatch(found -> found.id() == expertId);
        assertThat(directory.expert(expertId).orElseThrow().accreditation()).isEqualTo(Accreditation.WITHDRAWN);
        assertThat(as(learner, AppRoles.LEARNER, () -> handoff.myRequests()))
                .singleElement()
                .satisfies(request -> {
                    assertThat(request.expertName()).isEqualTo(company);
                    assertThat(request.expertWithdrawn()).isTrue();
                });
    }
}
