package fr.passeportnumerique.search;

import java.util.List;

/**
 * Another feature's documents to index besides the curriculum (the hand-off's experts and packs). The index is
 * rebuilt from every source when {@link SearchContentChanged} is published.
 */
public interface SearchDocumentSource {

    List<SearchDocument> documents();
}
