package fr.passeportnumerique.quiz.placement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the placement test assumes of abilities before any answer, in logits: a learner's ability in a module is a
 * general digital ability g, plus a deviation t shared by the modules of its theme (a baker who already invoices
 * online is ahead in the modules on managing the business), plus the module's own deviation u; all three normal and
 * independent, t and u centred on 0.
 *
 * @param generalMean mean of g
 * @param generalSd spread of g
 * @param themeSd spread of t; 0 for no themes
 * @param moduleSd spread of u
 * @param themeBySlug the theme of each module; a module not listed is a theme of its own
 */
public record AbilityPrior(
        double generalMean, double generalSd, double themeSd, double moduleSd, Map<String, String> themeBySlug) {

    /** The shipped curriculum's modules grouped by what they serve in a small business (docs/placement.md). */
    public static final Map<String, String> CURRICULUM_THEMES = themes(Map.of(
            "outils",
            List.of("premiers-pas", "internet-recherche", "messagerie-agenda", "bureautique", "travail-collaboratif"),
            "securite",
            List.of("stockage-sauvegarde", "cybersecurite", "rgpd-donnees", "equipement-reseau-logiciels"),
            "vendre",
            List.of("site-web", "visibilite-locale", "reseaux-sociaux", "vendre-en-ligne", "relation-client"),
            "gerer",
            List.of(
                    "paiement-encaissement",
                    "facturation-electronique",
                    "gestion-comptabilite",
                    "demarches-en-ligne",
                    "financer-equipement",
                    "plan-action-numerique")));

    public AbilityPrior {
        if (generalSd <= 0 || themeSd < 0 || moduleSd <= 0) {
            throw new IllegalArgumentException("Spreads must be positive (the theme's may be 0)");
        }
        themeBySlug = Map.copyOf(themeBySlug);
    }

    public String themeOf(String moduleSlug) {
        return themeBySlug.getOrDefault(moduleSlug, "module:" + moduleSlug);
    }

    private static Map<String, String> themes(Map<String, List<String>> modulesByTheme) {
        Map<String, String> themes = new LinkedHashMap<>();
        modulesByTheme.forEach((theme, modules) -> modules.forEach(module -> themes.put(module, theme)));
        return themes;
    }
}
