package fr.passeportnumerique.authoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.authoring.AuthoringException;
import fr.passeportnumerique.authoring.DraftService;
import fr.passeportnumerique.authoring.LessonDraft;
import fr.passeportnumerique.authoring.StaleDraftException;
import fr.passeportnumerique.base.i18n.Dates;
import fr.passeportnumerique.base.markdown.MarkdownRenderer;
import fr.passeportnumerique.base.ui.FrenchDates;
import fr.passeportnumerique.base.ui.MainLayout;
import fr.passeportnumerique.base.ui.PageTitles;
import fr.passeportnumerique.curriculum.LessonReview;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * A lesson's Markdown beside its rendering for learners (the same renderer and safelist), saved as a draft. A save
 * refused because someone else saved meanwhile keeps the text in the editor.
 */
@Route(value = "atelier/:module/lecon/:file", layout = MainLayout.class)
@RolesAllowed({AppRoles.TRAINER, AppRoles.ADMIN})
class LessonEditorView extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

    private final DraftService drafts;
    private final MarkdownRenderer markdown;
    private final Clock clock;
    private final TextField title = new TextField();
    private final IntegerField duration = new IntegerField();
    private final TextArea text = new TextArea();
    private final DatePicker reviewedOn = new DatePicker();
    private final TextArea sources = new TextArea();
    private final Div preview = new Div();
    private LessonDraft lesson;

    LessonEditorView(DraftService drafts, MarkdownRenderer markdown, Clock clock) {
        this.drafts = drafts;
        this.markdown = markdown;
        this.clock = clock;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String module = event.getRouteParameters().get("module").orElse("");
        String file = event.getRouteParameters().get("file").orElse("");
        try {
            lesson = drafts.lesson(module, "lessons/" + file);
        } catch (AuthoringException missing) {
            event.rerouteTo(AuthoringView.class);
            return;
        }
        build();
    }

    private void build() {
        getContent().removeAll();
        getContent().addClassName("pn-lesson-editor");
        RouterLink back = WorkshopLinks.module(lesson.moduleSlug(), getTranslation("authoring.back-to-module"));
        H1 heading = new H1(getTranslation("authoring.edit-lesson"));
        heading.addClassName("pn-title");
        title.setLabel(getTranslation("authoring.lesson-title"));
        title.setMaxLength(160);
        title.setRequired(true);
        title.setWidthFull();
        title.setValue(lesson.title());
        duration.setLabel(getTranslation("authoring.duration"));
        duration.setMin(1);
        duration.setMax(240);
        duration.setStepButtonsVisible(true);
        duration.setValue(lesson.durationMinutes());
        text.setLabel(getTranslation("authoring.markdown"));
        text.setValue(lesson.markdown());
        text.setValueChangeMode(ValueChangeMode.TIMEOUT);
        text.setValueChangeTimeout(400);
        text.addValueChangeListener(change -> render());
        text.addClassName("pn-markdown-input");
        preview.addClassNames("pn-prose", "pn-lesson-preview");
        // The preview scrolls on its own: reachable by keyboard, and named for screen readers.
        preview.getElement().setAttribute("tabindex", "0");
        preview.getElement().setAttribute("role", "region");
        preview.getElement().setAttribute("aria-label", getTranslation("authoring.preview"));
        render();
        Span previewTitle = new Span(getTranslation("authoring.preview"));
        previewTitle.addClassName("pn-preview-label");
        Div split = new Div(text, new Div(previewTitle, preview));
        split.addClassName("pn-editor-split");
        Div fields = new Div(title, duration);
        fields.addClassName("pn-editor-fields");
        getContent()
                .add(
                        back,
                        heading,
                        StatusBadge.of(this, lesson.status()),
                        fields,
                        createReviewFields(),
                        createActions(),
                        split);
    }

    /** When the lesson's claims were last checked, and against which pages: required to publish. */
    private Component createReviewFields() {
        reviewedOn.setLabel(getTranslation("authoring.reviewed"));
        reviewedOn.setHelperText(getTranslation("authoring.reviewed-help"));
        reviewedOn.setI18n(FrenchDates.i18n(getLocale()));
        reviewedOn.setMax(Dates.today(clock));
        reviewedOn.setValue(lesson.reviewedOn().orElse(null));
        sources.setLabel(getTranslation("authoring.sources"));
        sources.setHelperText(getTranslation("authoring.sources-help", LessonReview.MAX_SOURCES));
        sources.setValue(String.join("\n", lesson.sources()));
        sources.setWidthFull();
        sources.addClassName("pn-sources-input");
        Div review = new Div(reviewedOn, sources);
        review.addClassName("pn-editor-review");
        return review;
    }

    private Component createActions() {
        Button save = new Button(getTranslation("authoring.save-draft"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-draft");
        Button image = new Button(
                getTranslation("authoring.insert-image"),
                click -> new ImageDialog(drafts, lesson.moduleSlug(), snippet -> {
                            text.setValue(text.getValue().stripTrailing() + "\n\n" + snippet + "\n");
                            render();
                        })
                        .open());
        Div row = new Div(save, image);
        row.addClassName("pn-actions-row");
        return row;
    }

    private void save() {
        Integer minutes = duration.getValue();
        try {
            lesson = drafts.saveLesson(lesson.withText(title.getValue(), minutes == null ? 0 : minutes, text.getValue())
                    .withReview(Optional.ofNullable(reviewedOn.getValue()), sourceLines()));
            Outcomes.done(getTranslation("authoring.saved"));
        } catch (StaleDraftException stale) {
            Outcomes.refused(this, getTranslation("authoring.error.stale"));
        } catch (AuthoringException refused) {
            Outcomes.refused(this, refused);
        }
    }

    private List<String> sourceLines() {
        return sources.getValue()
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }

    private void render() {
        String slug = lesson.moduleSlug();
        String html = markdown.render(text.getValue(), path -> DraftMedia.url(slug, path));
        preview.getElement().setProperty("innerHTML", html);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(lesson == null ? getTranslation("authoring.edit-lesson") : lesson.title());
    }
}
