package fr.passeportnumerique.e2e;

import java.util.List;

/** What the manager of a small business types in the search field, for the load benches' learners. */
public final class ManagerQueries {

    public static final List<String> TYPED = List.of(
            "facture électronique",
            "mot de passe",
            "site internet",
            "rgpd",
            "sauvegarde",
            "réseaux sociaux",
            "prélèvement à la source",
            "paiement sans contact");

    private ManagerQueries() {}
}
