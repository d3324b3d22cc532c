package fr.passeportnumerique.authoring;

import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.curriculum.CurriculumHistory;
import fr.passeportnumerique.curriculum.ModuleFiles;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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

    private final DraftFileRepository drafts;
    private final CurriculumHistory history;
    private final AccountService accounts;
    private final Clock clock;

    DraftService(DraftFileRepository drafts, CurriculumHistory history, AccountService accounts, Clock clock) {
        this.drafts = drafts;
        this.history = history;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Every published module with its lessons and quiz, and where each stands. */
    @Transactional(readOnly = true)
    public List<ModuleNode> tree() {
        return history.current().modules().stream()
                .map(module -> node(ModuleDraft.of(module, drafts.findByModuleSlug(module.slug()))))
                .map(node -> node.withPublished(history.latest(node.slug())))
                .sorted(Comparator.comparingInt(ModuleNode::number))
                .toList();
    }

    @Transactional(readOnly = true)
    public ModuleNode module(String moduleSlug) {
        return node(draft(moduleSlug)).withPublished(history.latest(moduleSlug));
    }

    @Transactional(readOnly = true)
    public LessonDraft lesson(String moduleSlug, String path) {
        ModuleDraft draft = draft(moduleSlug);
        FrontMatter file = FrontMatter.parse(
                draft.current().text(path).orElseThrow(() -> new AuthoringException("authoring.error.no-lesson")));
        return new LessonDraft(
                moduleSlug,
                path,
                file.text("slug"),
                file.text("title"),
                file.number("duration_minutes", 10),
                file.body().strip(),
                draft.status(path),
                Optional.ofNullable(draft.draftVersions().get(path)));
    }

    /** Saves the lesson as a draft; returns it with its new draft version. */
    @Transactional
    public LessonDraft saveLesson(LessonDraft lesson) {
        LessonRules.check(lesson);
        FrontMatter before = FrontMatter.parse(
                draft(lesson.moduleSlug()).current().text(lesson.path()).orElse(""));
        String text = before.with("slug", lesson.slug())
                .with("title", lesson.title().strip())
                .with("duration_minutes", lesson.durationMinutes())
                .withBody(lesson.markdown())
                .render();
        long version =
                save(lesson.moduleSlug(), lesson.path(), text.getBytes(StandardCharsets.UTF_8), lesson.draftVersion());
        return new LessonDraft(
                lesson.moduleSlug(),
                lesson.path(),
                lesson.slug(),
                lesson.title(),
                lesson.durationMinutes(),
                lesson.markdown(),
                draft(lesson.moduleSlug()).status(lesson.path()),
                Optional.of(version));
    }

    @Transactional(readOnly = true)
    public ModuleInfoDraft moduleInfo(String moduleSlug) {
        ModuleDraft draft = draft(moduleSlug);
        FrontMatter file = draft.moduleFile();
        return new ModuleInfoDraft(
                moduleSlug,
                file.number("number", 0),
                file.text("title"),
                file.text("summary"),
                file.number("duration_minutes", 60),
                file.text("level"),
                file.texts("objectives"),
                file.texts("tags"),
                file.body().strip(),
                Optional.ofNullable(draft.draftVersions().get(ModuleDraft.MODULE_FILE)));
    }

    /** Saves the module's presentation as a draft; its number, slug and prerequisites stay. */
    @Transactional
    public ModuleInfoDraft saveModuleInfo(ModuleInfoDraft info) {
        ModuleInfoRules.check(info);
        FrontMatter before = draft(info.moduleSlug()).moduleFile();
        String text = before.with("title", info.title().strip())
                .with("summary", info.summary().strip())
                .with("duration_minutes", info.durationMinutes())
                .with("level", info.level())
                .with("objectives", cleaned(info.objectives()))
                .with("tags", cleaned(info.tags()))
                .withBody(info.introduction())
                .render();
        save(info.moduleSlug(), ModuleDraft.MODULE_FILE, text.getBytes(StandardCharsets.UTF_8), info.draftVersion());
        return moduleInfo(info.moduleSlug());
    }

    private static List<String> cleaned(List<String> values) {
        return values.stream()
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .toList();
    }

    /** The module's quiz as the editor shows it; an empty one when the module has none yet. */
    @Transactional(readOnly = true)
    public QuizDraft quiz(String moduleSlug) {
        ModuleDraft draft = draft(moduleSlug);
        Optional<Long> version = Optional.ofNullable(draft.draftVersions().get(ModuleDraft.QUIZ_FILE));
        return draft.current()
                .text(ModuleDraft.QUIZ_FILE)
                .map(yaml -> QuizDocument.read(moduleSlug, yaml, draft.status(ModuleDraft.QUIZ_FILE), version))
                .orElseGet(() -> new QuizDraft(moduleSlug, 70, Optional.empty(), List.of(), ItemStatus.NEW, version));
    }

    /** Saves the quiz as a draft when it follows the rules; returns it with its new draft version. */
    @Transactional
    public QuizDraft saveQuiz(QuizDraft quiz) {
        List<QuizRules.Problem> problems = QuizRules.check(quiz);
        if (!problems.isEmpty()) {
            throw new QuizProblemsException(problems);
        }
        save(
                quiz.moduleSlug(),
                ModuleDraft.QUIZ_FILE,
                QuizDocument.write(quiz).getBytes(StandardCharsets.UTF_8),
                quiz.draftVersion());
        return quiz(quiz.moduleSlug());
    }

    /** Adds a lesson at the end of the module, as a draft; returns its file. */
    @Transactional
    public String addLesson(String moduleSlug, String title) {
        if (title == null || title.isBlank()) {
            throw new AuthoringException("authoring.error.title-required");
        }
        ModuleDraft draft = draft(moduleSlug);
        String slug = uniqueSlug(slugOf(title), draft);
        int position = draft.lessonPaths().size() + 1;
        String path = String.format(Locale.ROOT, "%s%02d-%s.md", ModuleDraft.LESSONS, position, slug);
        String text = new FrontMatter(java.util.Map.of(), "Rédigez ici le texte de la leçon.")
                .with("slug", slug)
                .with("title", title.strip())
                .with("duration_minutes", 10)
                .render();
        save(moduleSlug, path, text.getBytes(StandardCharsets.UTF_8), Optional.empty());
        return path;
    }

    /** Removes the lesson from the draft; learners keep it until the module is published. */
    @Transactional
    public void removeLesson(String moduleSlug, String path) {
        ModuleDraft draft = draft(moduleSlug);
        if (draft.lessonPaths().size() <= 1) {
            throw new AuthoringException("authoring.error.last-lesson");
        }
        write(moduleSlug, path, null);
        renumber(moduleSlug, draft(moduleSlug).lessonPaths());
    }

    /** Puts the lessons in this order: their files are renamed {@code 01-...}, {@code 02-...}; slugs stay. */
    @Transactional
    public void reorderLessons(String moduleSlug, List<String> pathsInOrder) {
        ModuleDraft draft = draft(moduleSlug);
        if (!new java.util.HashSet<>(pathsInOrder).equals(new java.util.HashSet<>(draft.lessonPaths()))) {
            throw new AuthoringException("authoring.error.lessons-changed");
        }
        renumber(moduleSlug, pathsInOrder);
    }

    /** Stores an uploaded image with the module's media; returns the path to write in the Markdown. */
    @Transactional
    public String addImage(String moduleSlug, String fileName, byte[] content) {
        ImageRules.Checked image = ImageRules.check(fileName, content);
        ModuleDraft draft = draft(moduleSlug);
        String name = image.baseName();
        for (int i = 2; draft.current().has(ModuleDraft.MEDIA + name + "." + image.extension()); i++) {
            name = image.baseName() + "-" + i;
        }
        String path = ModuleDraft.MEDIA + name + "." + image.extension();
        write(moduleSlug, path, content);
        return path;
    }

    /** Forgets every draft change of the module. */
    @Transactional
    public void discard(String moduleSlug) {
        drafts.deleteByModuleSlug(moduleSlug);
    }

    @Transactional(readOnly = true)
    public boolean hasDraft(String moduleSlug) {
        return drafts.existsByModuleSlug(moduleSlug);
    }

    /** The module's files with its drafts applied, for the preview and for publishing. */
    @Transactional(readOnly = true)
    public ModuleFiles currentFiles(String moduleSlug) {
        return draft(moduleSlug).current();
    }

    @Transactional(readOnly = true)
    ModuleDraft snapshot(String moduleSlug) {
        return draft(moduleSlug);
    }

    /** Forgets the drafts that were published, not those saved since (a trainer kept working meanwhile). */
    @Transactional
    void forgetPublished(String moduleSlug, java.util.Map<String, Long> publishedVersions) {
        drafts.findByModuleSlug(moduleSlug).stream()
                .filter(draft -> Long.valueOf(draft.getVersion()).equals(publishedVersions.get(draft.getPath())))
                .forEach(drafts::delete);
    }

    private void renumber(String moduleSlug, List<String> pathsInOrder) {
        ModuleFiles current = draft(moduleSlug).current();
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
        moves.forEach(move -> write(moduleSlug, move[0], null));
        moves.forEach(move -> write(moduleSlug, move[1], current.files().get(move[0])));
    }

    /** A save that must start from the draft version the editor opened. */
    private long save(String moduleSlug, String path, byte[] content, Optional<Long> openedVersion) {
        Optional<DraftFile> existing = drafts.findByModuleSlugAndPath(moduleSlug, path);
        boolean sameStart = existing.map(DraftFile::getVersion).equals(openedVersion);
        if (!sameStart) {
            throw new StaleDraftException(path);
        }
        return write(moduleSlug, path, content);
    }

    private long write(String moduleSlug, String path, byte[] content) {
        DraftFile draft =
                drafts.findByModuleSlugAndPath(moduleSlug, path).orElseGet(() -> new DraftFile(moduleSlug, path));
        draft.change(content, accounts.currentAccountId(), clock.instant());
        return drafts.saveAndFlush(draft).getVersion();
    }

    private ModuleDraft draft(String moduleSlug) {
        ModuleFiles published = history.publishedFiles(moduleSlug)
                .orElseThrow(() -> new AuthoringException("authoring.error.no-module"));
        return ModuleDraft.of(published, drafts.findByModuleSlug(moduleSlug));
    }

    private static ModuleNode node(ModuleDraft draft) {
        FrontMatter module = draft.moduleFile();
        List<ModuleNode.LessonNode> lessons = draft.lessonPaths().stream()
                .map(path -> {
                    FrontMatter lesson =
                            FrontMatter.parse(draft.current().text(path).orElse(""));
                    return new ModuleNode.LessonNode(
                            path, lesson.text("slug"), lesson.text("title"), draft.status(path));
                })
                .toList();
        Optional<ItemStatus> quiz = draft.current().has(ModuleDraft.QUIZ_FILE)
                ? Optional.of(draft.status(ModuleDraft.QUIZ_FILE))
                : Optional.empty();
        return new ModuleNode(
                draft.published().slug(),
                module.number("number", 0),
                module.text("title"),
                draft.hasChanges() ? ItemStatus.DRAFT : ItemStatus.PUBLISHED,
                lessons,
                quiz,
                Optional.empty());
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

    static String slugOf(String title) {
        String plain = Normalizer.normalize(title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        String cut = plain.length() > 60 ? plain.substring(0, 60).replaceAll("-$", "") : plain;
        return cut.isEmpty() ? "lecon" : cut;
    }
}
