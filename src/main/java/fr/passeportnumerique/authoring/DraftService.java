package fr.passeportnumerique.authoring;

import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.base.i18n.Dates;
import fr.passeportnumerique.base.i18n.Translations;
import fr.passeportnumerique.curriculum.CurriculumHistory;
import fr.passeportnumerique.curriculum.ModuleFiles;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trainers' drafts: what they change in a module's files stays out of learners' sight until the module is
 * published. Each file keeps its own draft, so that two trainers may work on two lessons of a module at once; two
 * saves of the same file from the same starting point cannot both pass.
 */
@Service
@RolesAllowed({AppRoles.TRAINER, AppRoles.ADMIN})
public class DraftService {

    /** The largest image {@link #addImage} takes: uploads stop receiving past it. */
    public static final int IMAGE_MAX_BYTES = ImageRules.MAX_BYTES;

    private final DraftStore store;
    private final CurriculumHistory history;
    private final Clock clock;

    DraftService(DraftStore store, CurriculumHistory history, Clock clock) {
        this.store = store;
        this.history = history;
        this.clock = clock;
    }

    /** Every published module with its lessons and quiz, and where each stands. */
    @Transactional(readOnly = true)
    public List<ModuleNode> tree() {
        return history.current().modules().stream()
                .map(module -> ModuleNode.of(store.draftOver(module)))
                .map(node -> node.withPublished(history.latest(node.slug())))
                .sorted(Comparator.comparingInt(ModuleNode::number))
                .toList();
    }

    @Transactional(readOnly = true)
    public ModuleNode module(String moduleSlug) {
        return ModuleNode.of(store.draft(moduleSlug)).withPublished(history.latest(moduleSlug));
    }

    @Transactional(readOnly = true)
    public LessonDraft lesson(String moduleSlug, String path) {
        ModuleDraft draft = store.draft(moduleSlug);
        FrontMatter file = FrontMatter.parse(
                draft.current().text(path).orElseThrow(() -> new AuthoringException("authoring.error.no-lesson")));
        return new LessonDraft(
                moduleSlug,
                path,
                file.text("slug"),
                file.text("title"),
                file.number("duration_minutes", 10),
                file.body().strip(),
                file.date("reviewed"),
                file.texts("sources"),
                draft.status(path),
                Optional.ofNullable(draft.draftVersions().get(path)));
    }

    /** Saves the lesson as a draft; returns it with its new draft version. */
    @Transactional
    public LessonDraft saveLesson(LessonDraft lesson) {
        LessonRules.check(lesson, Dates.today(clock));
        FrontMatter before = FrontMatter.parse(
                store.draft(lesson.moduleSlug()).current().text(lesson.path()).orElse(""));
        String text = before.with("slug", lesson.slug())
                .with("title", lesson.title().strip())
                .with("duration_minutes", lesson.durationMinutes())
                .withReview(lesson.reviewedOn(), lesson.sources())
                .withBody(lesson.markdown())
                .render();
        long version = store.save(
                lesson.moduleSlug(), lesson.path(), text.getBytes(StandardCharsets.UTF_8), lesson.draftVersion());
        return new LessonDraft(
                lesson.moduleSlug(),
                lesson.path(),
                lesson.slug(),
                lesson.title(),
                lesson.durationMinutes(),
                lesson.markdown(),
                lesson.reviewedOn(),
                lesson.sources(),
                store.draft(lesson.moduleSlug()).status(lesson.path()),
                Optional.of(version));
    }

    /** Adds a lesson at the end of the module, as a draft; returns its file. */
    @Transactional
    public String addLesson(String moduleSlug, String title) {
        if (title == null || title.isBlank()) {
            throw new AuthoringException("authoring.error.title-required");
        }
        ModuleDraft draft = store.draft(moduleSlug);
        String slug = uniqueSlug(TextSlugs.fromTitle(title, "lecon"), draft);
        int position = draft.lessonPaths().size() + 1;
        String path = String.format(Locale.ROOT, "%s%02d-%s.md", ModuleDraft.LESSONS, position, slug);
        // Course content is written in French, whatever the trainer's language.
        String text = new FrontMatter(
                        Map.of(), Translations.translate("authoring.new-lesson.body", Translations.FRENCH))
                .with("slug", slug)
                .with("title", title.strip())
                .with("duration_minutes", 10)
                .with("reviewed", Dates.today(clock))
                .with("sources", List.of())
                .render();
        store.save(moduleSlug, path, text.getBytes(StandardCharsets.UTF_8), Optional.empty());
        return path;
    }

    /** Removes the lesson from the draft; learners keep it until the module is published. */
    @Transactional
    public void removeLesson(String moduleSlug, String path) {
        ModuleDraft draft = store.draft(moduleSlug);
        if (draft.lessonPaths().size() <= 1) {
            throw new AuthoringException("authoring.error.last-lesson");
        }
        store.write(moduleSlug, path, null);
        renumber(moduleSlug, store.draft(moduleSlug).lessonPaths());
    }

    /** Puts the lessons in this order: their files are renamed {@code 01-...}, {@code 02-...}; slugs stay. */
    @Transactional
    public void reorderLessons(String moduleSlug, List<String> pathsInOrder) {
        ModuleDraft draft = store.draft(moduleSlug);
        if (!new HashSet<>(pathsInOrder).equals(new HashSet<>(draft.lessonPaths()))) {
            throw new AuthoringException("authoring.error.lessons-changed");
        }
        renumber(moduleSlug, pathsInOrder);
    }

    /** Stores an uploaded image with the module's media; returns the path to write in the Markdown. */
    @Transactional
    public String addImage(String moduleSlug, String fileName, byte[] content) {
        ImageRules.Checked image = ImageRules.check(fileName, content);
        ModuleDraft draft = store.draft(moduleSlug);
        String name = image.baseName();
        for (int i = 2; draft.current().has(ModuleDraft.MEDIA + name + "." + image.extension()); i++) {
            name = image.baseName() + "-" + i;
        }
        String path = ModuleDraft.MEDIA + name + "." + image.extension();
        store.write(moduleSlug, path, content);
        return path;
    }

    /** Forgets every draft change of the module. */
    @Transactional
    public void discard(String moduleSlug) {
        store.discard(moduleSlug);
    }

    @Transactional(readOnly = true)
    public boolean hasDraft(String moduleSlug) {
        return store.hasDraft(moduleSlug);
    }

    /** The module's files with its drafts applied, for the preview and for publishing. */
    @Transactional(readOnly = true)
    public ModuleFiles currentFiles(String moduleSlug) {
        return store.draft(moduleSlug).current();
    }

    private void renumber(String moduleSlug, List<String> pathsInOrder) {
        ModuleFiles current = store.draft(moduleSlug).current();
        List<String[]> moves = new ArrayList<>();
        for (int i = 0; i < pathsInOrder.size(); i++) {
            String path = pathsInOrder.get(i);
            String name = path.substring(ModuleDraft.LESSONS.length());
            String renamed = String.format(
                    Locale.ROOT, "%s%02d-%s", ModuleDraft.LESSONS, i + 1, name.substring(name.indexOf('-') + 1));
            if (!renamed.equals(path)) {
                moves.add(new String[] {path, renamed});
            }
        }
        moves.forEach(move -> store.write(moduleSlug, move[0], null));
        moves.forEach(move -> store.write(moduleSlug, move[1], current.files().get(move[0])));
    }

    private static String uniqueSlug(String base, ModuleDraft draft) {
        List<String> taken = draft.lessonPaths().stream()
                .map(path -> path.substring(path.indexOf('-') + 1, path.length() - 3))
                .toList();
        String slug = base;
        for (int i = 2; taken.contains(slug); i++) {
            slug = base + "-" + i;
        }
        return slug;
    }
}
