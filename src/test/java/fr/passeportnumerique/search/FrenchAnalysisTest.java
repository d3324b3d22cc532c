package fr.passeportnumerique.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class FrenchAnalysisTest {

    private final Analyzer analyzer = FrenchAnalysis.text();

    private List<String> tokens(String text) {
        return Synonyms.tokens(analyzer, text);
    }

    @Test
    void elisions_are_removed() {
        assertThat(tokens("l'entreprise")).isEqualTo(tokens("entreprise"));
        assertThat(tokens("d’hameçonnage qu'il")).containsExactlyElementsOf(tokens("hameçonnage il"));
    }

    @Test
    void accents_and_case_do_not_matter() {
        assertThat(tokens("Sécurité")).isEqualTo(tokens("securite"));
        assertThat(tokens("FACTURATION ÉLECTRONIQUE")).isEqualTo(tokens("facturation electronique"));
    }

    @Test
    void plurals_and_feminine_forms_meet_at_the_same_stem() {
        assertThat(tokens("factures")).isEqualTo(tokens("facture"));
        assertThat(tokens("sauvegardes")).isEqualTo(tokens("sauvegarde"));
        assertThat(tokens("numériques")).isEqualTo(tokens("numérique"));
    }

    @Test
    void french_stop_words_are_dropped() {
        assertThat(tokens("le mot de passe de la boutique")).hasSize(3);
        assertThat(tokens("de la")).isEmpty();
    }

    @Test
    void word_pairs_keep_stop_words_between_words_but_not_pairs_of_stop_words_alone() {
        List<String> pairs = Synonyms.tokens(FrenchAnalysis.pairs(), "Le mot de passe sur une facture");
        assertThat(pairs).containsExactly("le mot", "mot de", "de pase", "pase sur", "une factur");
    }

    @Test
    void synonyms_expand_a_query_both_ways_whole_expressions_included() {
        Synonyms synonyms = Synonyms.parse(
                List.of(
                        "# commentaire",
                        "mail, courriel, e-mail, messagerie",
                        "mot de passe, mdp",
                        "hameçonnage, phishing"),
                analyzer);

        assertThat(synonyms.groupCount()).isEqualTo(3);
        assertThat(synonyms.expansionsOf(tokens("envoyer un mail"))).contains("courriel", "e-mail", "messagerie");
        assertThat(synonyms.expansionsOf(tokens("les courriels"))).contains("mail");
        assertThat(synonyms.expansionsOf(tokens("mdp oublié"))).containsExactly("mot de passe");
        assertThat(synonyms.expansionsOf(tokens("mots de passe"))).containsExactly("mdp");
        assertThat(synonyms.expansionsOf(tokens("Phishing"))).containsExactly("hameçonnage");
        assertThat(synonyms.expansionsOf(tokens("boulangerie"))).isEmpty();
    }

    @Test
    void the_shipped_synonym_list_reads_and_holds_the_fields_vocabulary() {
        Synonyms shipped = Synonyms.fromFile(Path.of("content/search/synonymes.txt"), analyzer);

        assertThat(shipped.groupCount()).isGreaterThanOrEqualTo(30);
        assertThat(shipped.expansionsOf(tokens("facture électronique"))).contains("e-facture");
        assertThat(shipped.expansionsOf(tokens("cloud"))).contains("nuage");
        assertThat(shipped.expansionsOf(tokens("rgpd"))).contains("données personnelles");
        assertThat(shipped.expansionsOf(tokens("site web"))).contains("site internet");
    }
}
