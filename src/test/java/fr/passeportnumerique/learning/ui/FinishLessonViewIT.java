package fr.passeportnumerique.learning.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import fr.passeportnumerique.TestLearners;
import fr.passeportnumerique.ViewTestSupport;
import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.base.activity.ActivityTracker;
import fr.passeportnumerique.curriculum.CurriculumService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class FinishLessonViewIT extends ViewTestSupport {

    private static final String MODULE = "premiers-pas";
    private static final String WATCHES_END = "data-watches-end";

    @Autowired
    AccountService accounts;

    @Autowired
    CurriculumService curriculum;

    @Test
    void the_page_sends_the_end_of_the_text_only_while_the_lesson_is_not_done() {
        signInAs(TestLearners.register(accounts, "ines"), AppRoles.LEARNER);
        String lesson = "modules/" + MODULE + "/"
                + curriculum.module(MODULE).orElseThrow().lessons().getFirst().slug();

        navigate(lesson);
        assertThat(_get(ActivityTracker.class).getElement().hasAttribute(WATCHES_END))
                .isTrue();

        _click(_get(Button.class, spec -> spec.withText("J’ai terminé cette leçon")));
        assertThat(_get(ActivityTracker.class).getElement().hasAttribute(WATCHES_END))
                .isFalse();
        assertThat(_find(Paragraph.class, spec -> spec.withText("Leçon terminée. Elle compte pour votre passeport.")))
                .hasSize(1);

        navigate(lesson);
        assertThat(_get(ActivityTracker.class).getElement().hasAttribute(WATCHES_END))
                .isFalse();
    }
}
