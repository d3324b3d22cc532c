package fr.passeportnumerique.search;

import fr.passeportnumerique.curriculum.CurriculumService;
import fr.passeportnumerique.curriculum.GlossaryTerm;
import fr.passeportnumerique.curriculum.LessonSummary;
import fr.passeportnumerique.curriculum.ModuleDetail;
import fr.passeportnumerique.curriculum.ModuleSummary;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.springframework.stereotype.Component;

/** The published curriculum as documents to index: each module, each lesson, each glossary term. */
@Component
class CurriculumDocuments {

    private final CurriculumService curriculum;

    CurriculumDocuments(CurriculumService curriculum) {
        this.curriculum = curriculum;
    }

    List<SearchDocument> all() {
        List<SearchDocument> documents = new ArrayList<>();
        for (ModuleSummary summary : curriculum.modules()) {
            curriculum.module(summary.slug()).ifPresent(module -> addModule(documents, summary, module));
        }
        return documents;
    }

    private void addModule(List<SearchDocument> documents, ModuleSummary summary, ModuleDetail module) {
        String modulePath = "modules/" + summary.slug();
        String overview = summary.summary() + " " + String.join(" ", module.objectives()) + " "
                + String.join(" ", module.tags()) + " " + text(module.introductionHtml());
        documents.add(new SearchDocument(
                ResultType.MODULE,
                summary.number(),
                summary.slug(),
                summary.title(),
                Optional.empty(),
                summary.title(),
                overview.strip(),
                modulePath));
        for (LessonSummary lesson : module.lessons()) {
            curriculum
                    .lesson(summary.slug(), lesson.slug())
                    .ifPresent(page -> documents.add(new SearchDocument(
                            ResultType.LESSON,
                            summary.number(),
                            summary.slug(),
                            summary.title(),
                            Optional.of(lesson.slug()),
                            lesson.title(),
                            text(page.html()),
                            modulePath + "/" + lesson.slug())));
        }
        for (GlossaryTerm term : module.glossary()) {
            documents.add(new SearchDocument(
                    ResultType.GLOSSARY,
                    summary.number(),
                    summary.slug(),
                    summary.title(),
                    Optional.empty(),
                    term.term(),
                    term.definition(),
                    modulePath + "#glossaire"));
        }
    }

    /** A fingerprint of the documents: the index built from the same curriculum is kept at startup. */
    static String versionOf(List<SearchDocument> documents) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(LuceneIndex.LAYOUT.getBytes(StandardCharsets.UTF_8));
            for (SearchDocument document : documents) {
                digest.update((document.key() + "\u0000" + document.title() + "\u0000" + document.body() + "\u0000")
                        .getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(String html) {
        return Jsoup.parse(html).text();
    }
}
