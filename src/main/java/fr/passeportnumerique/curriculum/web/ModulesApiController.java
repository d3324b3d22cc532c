package fr.passeportnumerique.curriculum.web;

import fr.passeportnumerique.curriculum.CurriculumService;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/modules}: the catalogue as JSON, for welcome point kiosks and monitoring. */
@RestController
@RequestMapping("/api/modules")
class ModulesApiController {

    private final CurriculumService curriculum;

    ModulesApiController(CurriculumService curriculum) {
        this.curriculum = curriculum;
    }

    record ModuleItem(int number, String slug, String title, int lessonCount) {}

    @GetMapping
    List<ModuleItem> modules() {
        return curriculum.modules().stream()
                .map(module -> new ModuleItem(module.number(), module.slug(), module.title(), module.lessonCount()))
                .toList();
    }
}
