package fr.passeportnumerique.authoring;

import fr.passeportnumerique.account.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A module's presentation ({@code module.md}) as the editor shows it, saved as a draft. */
@Service
@RolesAllowed({AppRoles.TRAINER, AppRoles.ADMIN})
public class ModuleInfoService {

    private final DraftStore store;

    ModuleInfoService(DraftStore store) {
        this.store = store;
    }

    @Transactional(readOnly = true)
    public ModuleInfoDraft moduleInfo(String moduleSlug) {
        ModuleDraft draft = store.draft(moduleSlug);
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
        FrontMatter before = store.draft(info.moduleSlug()).moduleFile();
        String text = before.with("title", info.title().strip())
                .with("summary", info.summary().strip())
                .with("duration_minutes", info.durationMinutes())
                .with("level", info.level())
                .with("objectives", cleaned(info.objectives()))
                .with("tags", cleaned(info.tags()))
                .withBody(info.introduction())
                .render();
        store.save(
                info.moduleSlug(), ModuleDraft.MODULE_FILE, text.getBytes(StandardCharsets.UTF_8), info.draftVersion());
        return moduleInfo(info.moduleSlug());
    }

    private static List<String> cleaned(List<String> values) {
        return values.stream()
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .toList();
    }
}
