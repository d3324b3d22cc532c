package fr.passeportnumerique.handoff.internal;

import fr.passeportnumerique.financing.FinancingPath;
import fr.passeportnumerique.handoff.PackDetails;
import fr.passeportnumerique.handoff.PackItem;
import fr.passeportnumerique.handoff.PackItem.Kind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Twelve kinds of pack offer a TPE is typically sold (hardware, software, services), each published by two of the
 * generated experts. Prices are plausible orders of magnitude for illustration, not market quotations.
 */
public final class PackGenerator {

    public static final int COPIES = 2;

    private PackGenerator() {}

    public static List<PackDetails> packs() {
        List<PackDetails> packs = new ArrayList<>();
        for (Template template : TEMPLATES) {
            packs.add(template.details());
        }
        return packs;
    }

    private record Template(
            String title,
            String description,
            List<PackItem> items,
            int minEmployees,
            int maxEmployees,
            String oneOff,
            String monthly,
            Set<Integer> modules,
            Set<FinancingPath> financing) {

        PackDetails details() {
            return new PackDetails(
                    title,
                    description,
                    items,
                    minEmployees,
                    maxEmployees,
                    Optional.ofNullable(oneOff).map(BigDecimal::new),
                    Optional.ofNullable(monthly).map(BigDecimal::new),
                    PackDetails.STANDARD_VAT_PERCENT,
                    modules,
                    financing);
        }
    }

    private static PackItem hardware(String label) {
        return new PackItem(Kind.HARDWARE, label);
    }

    private static PackItem software(String label) {
        return new PackItem(Kind.SOFTWARE, label);
    }

    private static PackItem service(String label) {
        return new PackItem(Kind.SERVICE, label);
    }

    private static final Set<FinancingPath> BOTH = EnumSet.allOf(FinancingPath.class);
    private static final Set<FinancingPath> LOAN = EnumSet.of(FinancingPath.CREDIT_CLASSIQUE);

    private static final List<Template> TEMPLATES = List.of(
            new Template(
                    "Pack Démarrage",
                    "Le poste de travail complet pour lancer son activité : un ordinateur prêt à l'emploi, une"
                            + " messagerie à son nom et les outils de bureautique, installés et expliqués.",
                    List.of(
                            hardware("Ordinateur portable professionnel, garantie 3 ans"),
                            software("Suite bureautique en abonnement (1 utilisateur)"),
                            software("Messagerie professionnelle avec nom de domaine"),
                            service("Installation et transfert des données"),
                            service("Formation de prise en main (2 heures)")),
                    0,
                    5,
                    "1290.00",
                    "45.00",
                    Set.of(1, 3, 4),
                    BOTH),
            new Template(
                    "Pack Sauvegarde sereine",
                    "Des sauvegardes automatiques, une copie hors de l'entreprise et un test de restauration, pour"
                            + " ne rien perdre en cas de panne, de vol ou de rançongiciel.",
                    List.of(
                            hardware("Serveur de stockage réseau (NAS) à deux disques"),
                            software("Sauvegarde en ligne chiffrée (500 Go)"),
                            service("Paramétrage des sauvegardes automatiques"),
                            service("Test de restauration semestriel")),
                    0,
                    19,
                    "890.00",
                    "29.00",
                    Set.of(5, 6),
                    BOTH),
            new Template(
                    "Pack Cybersécurité essentielle",
                    "Les protections de base contre les attaques les plus courantes, et une séance pour apprendre"
                            + " à repérer l'hameçonnage.",
                    List.of(
                            software("Antivirus professionnel (5 postes)"),
                            software("Gestionnaire de mots de passe d'équipe"),
                            service("Sécurisation de la box et du Wi-Fi, réseau invités"),
                            service("Sensibilisation de l'équipe (1 heure 30)")),
                    1,
                    19,
                    null,
                    "39.00",
                    Set.of(6, 16),
                    LOAN),
            new Template(
                    "Pack Facturation électronique",
                    "Un logiciel de facturation relié à une plateforme agréée, paramétré avec vos clients et vos"
                            + " articles, pour recevoir puis émettre vos factures électroniques.",
                    List.of(
                            software("Logiciel de devis et de facturation en ligne, relié à une plateforme agréée"),
                            service("Reprise des clients et des articles"),
                            service("Formation à l'émission et à la réception (2 heures)")),
                    0,
                    19,
                    "350.00",
                    "25.00",
                    Set.of(12, 13),
                    BOTH),
            new Template(
                    "Pack Vitrine en ligne",
                    "Un site vitrine simple à mettre à jour, avec son nom de domaine, et une fiche d'établissement"
                            + " complète pour être trouvé près de chez vous.",
                    List.of(
                            software("Site vitrine (5 pages) avec nom de domaine et hébergement"),
                            service("Création de la fiche d'établissement et des horaires"),
                            service("Formation à la mise à jour du site (2 heures)")),
                    0,
                    9,
                    "1500.00",
                    "35.00",
                    Set.of(7, 8),
                    BOTH),
            new Template(
                    "Pack Boutique en ligne",
                    "Une boutique en ligne avec paiement sécurisé, le catalogue de départ et les conditions de vente"
                            + " à compléter avec votre conseil.",
                    List.of(
                            software("Boutique en ligne (jusqu'à 200 produits) avec hébergement"),
                            software("Solution de paiement en ligne"),
                            service("Mise en ligne des 30 premiers produits"),
                            service("Formation à la gestion des commandes (3 heures)")),
                    1,
                    19,
                    "2900.00",
                    "79.00",
                    Set.of(10, 11),
                    BOTH),
            new Template(
                    "Pack Caisse et encaissement",
                    "Une caisse avec un logiciel certifié, un terminal de paiement par carte et sans contact, et"
                            + " l'imprimante de tickets.",
                    List.of(
                            hardware("Caisse tactile et imprimante de tickets"),
                            hardware("Terminal de paiement (carte, sans contact)"),
                            software("Logiciel de caisse certifié"),
                            service("Installation et formation sur place")),
                    1,
                    19,
                    "1990.00",
                    "69.00",
                    Set.of(11, 13),
                    BOTH),
            new Template(
                    "Pack Équipe connectée",
                    "Un Wi-Fi professionnel, des outils pour partager fichiers et agendas et faire des"
                            + " visioconférences, pour travailler ensemble sur place et à distance.",
                    List.of(
                            hardware("Borne Wi-Fi professionnelle"),
                            software("Outils collaboratifs en abonnement (5 utilisateurs)"),
                            service("Organisation des dossiers partagés et des droits"),
                            service("Formation de l'équipe (2 heures)")),
                    3,
                    19,
                    "1100.00",
                    "59.00",
                    Set.of(3, 17, 18),
                    BOTH),
            new Template(
                    "Pack Relation client",
                    "Un fichier clients partagé, la prise de rendez-vous en ligne et les rappels par SMS.",
                    List.of(
                            software("Logiciel de gestion de la relation client (3 utilisateurs)"),
                            software("Agenda de prise de rendez-vous en ligne"),
                            service("Import du fichier clients existant"),
                            service("Formation (2 heures)")),
                    0,
                    19,
                    null,
                    "49.00",
                    Set.of(14),
                    LOAN),
            new Template(
                    "Pack Réseaux sociaux",
                    "Des pages professionnelles bien tenues, un outil de planification et un calendrier de"
                            + " publications pour les trois premiers mois.",
                    List.of(
                            software("Outil de planification des publications"),
                            service("Création ou reprise des pages professionnelles"),
                            service("Atelier : calendrier éditorial (3 heures)")),
                    0,
                    9,
                    "690.00",
                    null,
                    Set.of(9),
                    LOAN),
            new Template(
                    "Pack Conformité RGPD",
                    "Un état des lieux de vos fichiers, le registre des traitements, les mentions d'information et"
                            + " les bons réflexes pour l'équipe.",
                    List.of(
                            service("État des lieux des fichiers et des sous-traitants"),
                            service("Rédaction du registre des traitements"),
                            service("Mentions d'information pour le site et les formulaires")),
                    0,
                    19,
                    "850.00",
                    null,
                    Set.of(16),
                    LOAN),
            new Template(
                    "Pack Gestion en ligne",
                    "Un logiciel de gestion relié à la banque, pour suivre sa trésorerie et préparer le travail du"
                            + " comptable, et l'accompagnement aux démarches en ligne.",
                    List.of(
                            software("Logiciel de gestion et de pré-comptabilité (rapprochement bancaire)"),
                            service("Paramétrage avec votre expert-comptable"),
                            service("Accompagnement aux démarches en ligne (2 heures)")),
                    0,
                    19,
                    "450.00",
                    "30.00",
                    Set.of(13, 15),
                    BOTH));
}
