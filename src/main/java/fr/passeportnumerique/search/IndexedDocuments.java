package fr.passeportnumerique.search;

import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.FloatDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;

/** A {@link SearchDocument} as the fields of a Lucene document, and a stored one read back as a {@link SearchHit}. */
final class IndexedDocuments {

    static final int SNIPPET_LENGTH = 220;

    /** The body keeps its offsets in the index, so that highlighting does not analyse the text again. */
    private static final FieldType BODY_TYPE = bodyType();

    private IndexedDocuments() {}

    static Document toLucene(SearchDocument source) {
        Document document = new Document();
        document.add(new StringField(SearchFields.KEY, source.key(), Field.Store.YES));
        document.add(new StringField(SearchFields.TYPE, source.type().name(), Field.Store.YES));
        document.add(new StringField(SearchFields.MODULE, source.moduleSlug(), Field.Store.YES));
        document.add(new StoredField(SearchFields.MODULE_NUMBER, source.moduleNumber()));
        document.add(new StoredField(SearchFields.MODULE_TITLE, source.moduleTitle()));
        source.lessonSlug().ifPresent(lesson -> document.add(new StoredField(SearchFields.LESSON, lesson)));
        document.add(new TextField(SearchFields.TITLE, source.title(), Field.Store.YES));
        document.add(new Field(SearchFields.BODY, source.body(), BODY_TYPE));
        document.add(new TextField(SearchFields.BODY_PAIRS, source.body(), Field.Store.NO));
        document.add(new TextField(SearchFields.WORDS, source.title() + " " + source.body(), Field.Store.NO));
        document.add(new StoredField(SearchFields.HREF, source.href()));
        document.add(new FloatDocValuesField(SearchFields.TYPE_WEIGHT, typeWeight(source.type())));
        return document;
    }

    /** A hit whose body holds no matched word shows the body's opening instead of a snippet. */
    static SearchHit hit(Document stored, String snippet, float score) {
        String body = stored.get(SearchFields.BODY);
        String shown = snippet != null && !snippet.isBlank() ? snippet : Snippets.opening(body, SNIPPET_LENGTH);
        return new SearchHit(
                ResultType.valueOf(stored.get(SearchFields.TYPE)),
                stored.getField(SearchFields.MODULE_NUMBER).numericValue().intValue(),
                stored.get(SearchFields.MODULE),
                stored.get(SearchFields.MODULE_TITLE),
                Optional.ofNullable(stored.get(SearchFields.LESSON)),
                stored.get(SearchFields.TITLE),
                shown,
                stored.get(SearchFields.HREF),
                score);
    }

    /**
     * Lessons answer questions; a module's page and a glossary term summarise. The judged queries showed module pages
     * outranking the lesson that answers, so they weigh less unless their match is much stronger. Experts and packs
     * weigh least: a question about the subject is answered by a lesson first, a name or a place still finds them.
     */
    static float typeWeight(ResultType type) {
        return switch (type) {
            case LESSON -> 1f;
            case GLOSSARY -> 0.5f;
            case MODULE -> 0.4f;
            case PACK -> 0.4f;
            case EXPERT -> 0.3f;
        };
    }

    private static FieldType bodyType() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
