package fr.passeportnumerique.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passeportnumerique.DiskFaults;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index on a small corpus in memory: ranking, highlighting, facets, typos, phrases and hostile input; and an index
 * on disk whose files are damaged.
 */
class LuceneIndexTest {

    private LuceneIndex index;

    private static SearchDocument lesson(int number, String module, String slug, String title, String body) {
        return new SearchDocument(
                ResultType.LESSON,
                number,
                module,
                "Module " + module,
                Optional.of(slug),
                title,
                body,
                "modules/" + module + "/" + slug);
    }

    @BeforeEach
    void aSmallCurriculum() throws Exception {
        index = new LuceneIndex(
                new ByteBuffersDirectory(),
                Synonyms.parse(List.of("mail, courriel", "hameçonnage, phishing"), FrenchAnalysis.text()));
        index.replaceAll(
                List.of(
                        lesson(
                                3,
                                "messagerie",
                                "adresse",
                                "Une adresse professionnelle",
                                "Votre courriel au nom de l'entreprise inspire confiance."),
                        lesson(
                                6,
                                "cybersecurite",
                                "hameconnage",
                                "Déjouer l'hameçonnage",
                                "Un message piégé imite votre banque. Ne cliquez pas sur le lien."),
                        lesson(
                                6,
                                "cybersecurite",
                                "mots-de-passe",
                                "Des mots de passe solides",
                                "Un mot de passe long, unique, dans un gestionnaire. Le lien du message..."),
                        lesson(
                                12,
                                "facturation",
                                "calendrier",
                                "Le calendrier de la réforme",
                                "La facture électronique devient obligatoire en réception le 1er septembre 2026."),
                        new SearchDocument(
                                ResultType.GLOSSARY,
                                12,
                                "facturation",
                                "Module facturation",
                                Optional.empty(),
                                "Facture électronique",
                                "Une facture émise, transmise et reçue sous forme structurée.",
                                "modules/facturation#glossaire")),
                "v1");
    }

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    private List<String> titles(String query) throws Exception {
        return index.search(SearchRequest.of(query, 10)).hits().stream()
                .map(SearchHit::title)
                .toList();
    }

    @Test
    void a_title_match_ranks_above_a_body_match() throws Exception {
        assertThat(titles("facture électronique").getFirst()).isEqualTo("Facture électronique");
        assertThat(titles("hameçonnage").getFirst()).isEqualTo("Déjouer l'hameçonnage");
    }

    @Test
    void accents_plurals_and_synonyms_find_the_lesson() throws Exception {
        assertThat(titles("hameconnage")).contains("Déjouer l'hameçonnage");
        assertThat(titles("phishing")).contains("Déjouer l'hameçonnage");
        assertThat(titles("mail pro")).contains("Une adresse professionnelle");
        assertThat(titles("factures")).contains("Le calendrier de la réforme");
    }

    @Test
    void typos_are_forgiven_when_the_exact_words_find_little() throws Exception {
        SearchResults results = index.search(SearchRequest.of("factur electronik", 10));

        assertThat(results.typoTolerant()).isTrue();
        assertThat(results.hits()).extracting(SearchHit::title).contains("Facture électronique");
    }

    @Test
    void quotes_ask_for_the_exact_expression() throws Exception {
        assertThat(titles("\"mot de passe\"")).containsExactly("Des mots de passe solides");
    }

    @Test
    void the_snippet_marks_the_matched_words_and_escapes_the_rest() throws Exception {
        SearchHit hit = index.search(SearchRequest.of("banque", 10)).hits().getFirst();

        assertThat(hit.snippetHtml()).contains("<mark>banque</mark>").doesNotContain("<script");
    }

    @Test
    void facets_count_by_type_and_module_and_filters_keep_the_counts() throws Exception {
        SearchResults all = index.search(SearchRequest.of("facture", 10));
        assertThat(all.typeCounts()).containsEntry(ResultType.LESSON, 1).containsEntry(ResultType.GLOSSARY, 1);
        assertThat(all.moduleCounts())
                .singleElement()
                .satisfies(count -> assertThat(count.count()).isEqualTo(2));

        SearchResults onlyGlossary = index.search(
                new SearchRequest("facture", Optional.of(ResultType.GLOSSARY), Optional.empty(), Optional.empty(), 10));
        assertThat(onlyGlossary.hits()).extracting(SearchHit::type).containsOnly(ResultType.GLOSSARY);
        assertThat(onlyGlossary.typeCounts()).containsEntry(ResultType.LESSON, 1);
    }

    @Test
    void the_learners_module_breaks_a_tie() throws Exception {
        SearchResults neutral = index.search(SearchRequest.of("lien message", 10));
        String other = neutral.hits().get(1).title();
        String otherModule = neutral.hits().get(1).moduleSlug();

        SearchResults inContext = index.search(
                new SearchRequest("lien message", Optional.empty(), Optional.empty(), Optional.of(otherModule), 10));
        assertThat(inContext.hits().getFirst().moduleSlug()).isEqualTo(otherModule);
        assertThat(other).isNotBlank();
    }

    @Test
    void hostile_input_never_fails_and_gives_a_sensible_answer() {
        for (String typed : List.of(
                "\"",
                "\"\"\"",
                "*",
                "?",
                "AND OR NOT",
                "title:facture",
                "facture~2",
                "(((",
                "[a TO z]",
                "\\",
                "😀 facture 🚀",
                "<b>facture</b>",
                "'; drop table lesson; --",
                "a".repeat(5_000),
                "de la le",
                "",
                "   ",
                "\u0000",
                "+-&&||!(){}[]^\"~*?:\\/")) {
            assertThatCode(() -> index.search(SearchRequest.of(typed, 10)))
                    .as(typed)
                    .doesNotThrowAnyException();
        }
        assertThatCode(() -> index.suggest("\"(*", 5)).doesNotThrowAnyException();
    }

    @Test
    void nothing_found_offers_a_correction() throws Exception {
        SearchResults results = index.search(SearchRequest.of("zqxwv vanque", 10));

        assertThat(results.total()).isZero();
        assertThat(results.didYouMean())
                .hasValueSatisfying(text -> assertThat(text).contains("banque"));
    }

    @Test
    void autocomplete_completes_any_word_of_a_title_ignoring_accents() throws Exception {
        assertThat(index.suggest("fact", 5)).extracting(Suggestion::text).contains("Facture électronique");
        assertThat(index.suggest("hamec", 5)).extracting(Suggestion::text).contains("Déjouer l'hameçonnage");
        assertThat(index.suggest("f", 5)).isEmpty();
    }

    @Test
    void replacing_the_documents_shows_the_new_set_and_keeps_its_version() throws Exception {
        index.replaceAll(List.of(lesson(1, "premiers-pas", "nouvelle", "Une nouveauté xylophone", "Texte.")), "v2");

        assertThat(titles("xylophone")).containsExactly("Une nouveauté xylophone");
        assertThat(titles("hameçonnage")).isEmpty();
        assertThat(index.contentVersion()).hasValue("v2");
    }

    @Test
    void damage_inside_a_file_escapes_the_opening_but_not_the_integrity_check(@TempDir Path folder) throws Exception {
        try (LuceneIndex onDisk = new LuceneIndex(FSDirectory.open(folder), Synonyms.none())) {
            onDisk.replaceAll(
                    List.of(lesson(1, "premiers-pas", "appareils", "Choisir ses appareils", manyWords())), "v1");
        }
        DiskFaults.damageTheMiddleOfTheLargestFile(folder);

        try (LuceneIndex reopened = new LuceneIndex(FSDirectory.open(folder), Synonyms.none())) {
            assertThat(reopened.contentVersion()).hasValue("v1");
            assertThatThrownBy(reopened::verifyIntegrity).isInstanceOf(CorruptIndexException.class);
        }
    }

    /** Enough text that the middle of the index is postings and stored text, read only when searched. */
    private static String manyWords() {
        return IntStream.range(0, 5000).mapToObj(i -> "mot" + i).collect(Collectors.joining(" "));
    }
}
