package fr.passeportnumerique.learning.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static fr.passeportnumerique.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fr.passeportnumerique.TestLearners;
import fr.passeportnumerique.ViewTestSupport;
import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.base.activity.LearnerActivity;
import fr.passeportnumerique.base.activity.Place;
import fr.passeportnumerique.base.ui.HtmlFragment;
import fr.passeportnumerique.curriculum.CurriculumService;
import fr.passeportnumerique.curriculum.LessonSummary;
import fr.passeportnumerique.learning.LearningService;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The learner's progress where they meet it: the home page, the progress page, a module page, a locked quiz. */
class ProgressViewsIT extends ViewTestSupport {

    @Autowired
    AccountService accounts;

    @Autowired
    LearningService learning;

    @Autowired
    LearnerActivity activity;

    @Autowired
    CurriculumService curriculum;

    private String learner;
    private List<LessonSummary> firstModuleLessons;

    @BeforeEach
    void aLearnerHalfwayThroughTheFirstModule() {
        learner = TestLearners.register(accounts, "gaelle");
        firstModuleLessons = curriculum.module("premiers-pas").orElseThrow().lessons();
        as(
                learner,
                AppRoles.LEARNER,
                () -> learning.completeLesson(
                        "premiers-pas", firstModuleLessons.get(0).slug()));
        as(
                learner,
                AppRoles.LEARNER,
                () -> activity.record(
                        Place.lesson("premiers-pas", firstModuleLessons.get(1).slug()), 35, 15));
        signInAs(learner, AppRoles.LEARNER);
    }

    @Test
    void the_home_page_offers_continuer_to_the_lesson_where_the_learner_stopped() {
        navigate("");

        Anchor continuer = _get(Anchor.class, spec -> spec.withText("Continuer"));
        assertThat(continuer.getHref())
                .isEqualTo("modules/premiers-pas/" + firstModuleLessons.get(1).slug());
        assertThat(_find(HtmlFragment.class, spec -> spec.withClasses("pn-card")))
                .extracting(card -> Jsoup.parse(card.getElement().getOuterHTML())
                        .select(".pn-card-progress-text")
                        .text())
                .startsWith("1 leçon lue sur 4");
    }

    @Test
    void the_progress_page_lists_every_module_with_its_status_and_the_next_step() {
        navigate("mon-parcours");

        assertThat(_get(H1.class).getText()).isEqualTo("Mon parcours");
        assertThat(_find(Span.class, spec -> spec.withClasses("pn-status")))
                .hasSize(20)
                .extracting(Span::getText)
                .startsWith("En cours", "Pas commencé");
        assertThat(_find(Paragraph.class))
                .extracting(Paragraph::getText)
                .anySatisfy(text -> assertThat(text).startsWith("1 leçon lue sur 4 · quiz pas encore passé"))
                .anySatisfy(text -> assertThat(text).startsWith("Reprenez la lecture"));
    }

    @Test
    void a_module_page_ticks_the_lessons_read_and_shows_the_learners_standing() {
        navigate("modules/premiers-pas");

        assertThat(_find(Span.class, spec -> spec.withClasses("pn-lesson-done")))
                .hasSize(1);
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("pn-status")))
                .extracting(Paragraph::getText)
                .containsExactly("En cours");
    }

    @Test
    void a_quiz_whose_prerequisites_are_missing_says_which_modules_open_it() {
        navigate("modules/cybersecurite/quiz");

        assertThat(_find(Paragraph.class))
                .extracting(Paragraph::getText)
                .anySatisfy(text -> assertThat(text).startsWith("Ce quiz s’ouvrira quand vous aurez validé"));
        assertThat(_find(Anchor.class))
                .extracting(Anchor::getHref)
                .contains("modules/premiers-pas", "modules/cybersecurite");
    }
}
