package fr.passeportnumerique.curriculum.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What must hold between modules: unique numbers, prerequisites that exist and never go round in a circle. A module
 * whose folder is there but could not be read is not reported again wherever it is named: its own problems say why.
 */
final class CrossModuleRules {

    private final Problems problems;
    private final Set<String> unreadable;

    CrossModuleRules(Problems problems, Set<String> unreadable) {
        this.problems = problems;
        this.unreadable = unreadable;
    }

    /** Checks the modules read, each with the file it was read from. */
    void check(List<ModuleSource> modules, Map<ModuleSource, String> fileOf) {
        Map<Integer, String> numbers = new HashMap<>();
        Map<String, ModuleSource> bySlug = new HashMap<>();
        for (ModuleSource module : modules) {
            Problems.FileProblems here = problems.in(fileOf.get(module));
            String other = numbers.putIfAbsent(module.number(), module.slug());
            if (other != null) {
                here.add(0, "duplicate-module-number", String.valueOf(module.number()), other);
            }
            ModuleSource same = bySlug.putIfAbsent(module.slug(), module);
            if (same != null) {
                here.add(0, "duplicate-module-slug", module.slug(), fileOf.get(same));
            }
        }
        for (ModuleSource module : modules) {
            Problems.FileProblems here = problems.in(fileOf.get(module));
            for (String prerequisite : module.prerequisites()) {
                if (prerequisite.equals(module.slug())) {
                    here.add(0, "self-prerequisite", prerequisite);
                } else if (!bySlug.containsKey(prerequisite) && !unreadable.contains(prerequisite)) {
                    here.add(0, "unknown-prerequisite", prerequisite);
                }
            }
        }
        findCycle(bySlug)
                .ifPresent(cycle -> problems.in(fileOf.get(bySlug.get(cycle.getFirst())))
                        .add(0, "prerequisite-cycle", String.join(" → ", cycle)));
    }

    /** Every link to a module or lesson of the site must lead to one that exists. */
    void checkLinks(List<BodyChecker.SiteLink> links, List<ModuleSource> modules) {
        Map<String, Set<String>> lessonsOf = new HashMap<>();
        for (ModuleSource module : modules) {
            Set<String> lessons = new HashSet<>();
            module.lessons().forEach(lesson -> lessons.add(lesson.slug()));
            lessonsOf.put(module.slug(), lessons);
        }
        for (BodyChecker.SiteLink link : links) {
            if (unreadable.contains(link.moduleSlug())) {
                continue;
            }
            Set<String> lessons = lessonsOf.get(link.moduleSlug());
            if (lessons == null || (link.lessonSlug() != null && !lessons.contains(link.lessonSlug()))) {
                String target =
                        "/modules/" + link.moduleSlug() + (link.lessonSlug() == null ? "" : "/" + link.lessonSlug());
                problems.in(link.file()).add(link.line(), "broken-link", target);
            }
        }
    }

    private static Optional<List<String>> findCycle(Map<String, ModuleSource> bySlug) {
        Set<String> done = new HashSet<>();
        for (String start : bySlug.keySet().stream().sorted().toList()) {
            List<String> path = new ArrayList<>();
            List<String> cycle = visit(start, bySlug, done, path);
            if (cycle != null) {
                return Optional.of(cycle);
            }
        }
        return Optional.empty();
    }

    private static List<String> visit(
            String slug, Map<String, ModuleSource> bySlug, Set<String> done, List<String> path) {
        int seen = path.indexOf(slug);
        if (seen >= 0) {
            List<String> cycle = new ArrayList<>(path.subList(seen, path.size()));
            cycle.add(slug);
            return cycle;
        }
        ModuleSource module = bySlug.get(slug);
        if (module == null || done.contains(slug)) {
            return null;
        }
        path.add(slug);
        for (String prerequisite : module.prerequisites()) {
            if (!prerequisite.equals(slug)) {
                List<String> cycle = visit(prerequisite, bySlug, done, path);
                if (cycle != null) {
                    return cycle;
                }
            }
        }
        path.removeLast();
        done.add(slug);
        return null;
    }
}
