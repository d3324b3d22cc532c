package fr.passeportnumerique.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;

/**
 * The counts of a search by type and by module: the facet fields written with each document and read back as
 * {@link SearchResults}' counts. A module's label holds its number, slug and title, so that counting needs no other
 * lookup.
 */
final class SearchFacets {

    static final String TYPE_FACET = "typeFacet";
    static final String MODULE_FACET = "moduleFacet";

    private final FacetsConfig config = new FacetsConfig();
    private volatile FacetState facetState;

    /** The document with its facet fields, ready for the index writer. */
    Document withFacets(Document document, SearchDocument source) throws IOException {
        document.add(new SortedSetDocValuesFacetField(TYPE_FACET, source.type().name()));
        if (source.type().isCurriculum()) {
            document.add(new SortedSetDocValuesFacetField(
                    MODULE_FACET, source.moduleNumber() + "|" + source.moduleSlug() + "|" + source.moduleTitle()));
        }
        return config.build(document);
    }

    Facets count(IndexReader reader, FacetsCollector hits) throws IOException {
        return new SortedSetDocValuesFacetCounts(facetState(reader), hits);
    }

    /** Reading the facets' ordinals is costly: done once per view of the index, not once per search. */
    private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        FacetState current = facetState;
        if (current == null || current.reader() != reader) {
            current = new FacetState(reader, new DefaultSortedSetDocValuesReaderState(reader, config));
            facetState = current;
        }
        return current.state();
    }

    static Map<ResultType, Integer> typeCounts(Facets counts) throws IOException {
        Map<ResultType, Integer> byType = new EnumMap<>(ResultType.class);
        FacetResult result = counts.getTopChildren(ResultType.values().length, TYPE_FACET);
        if (result != null) {
            for (LabelAndValue child : result.labelValues) {
                byType.put(ResultType.valueOf(child.label), child.value.intValue());
            }
        }
        return byType;
    }

    static List<SearchResults.ModuleCount> moduleCounts(Facets counts) throws IOException {
        FacetResult result = counts.getTopChildren(100, MODULE_FACET);
        if (result == null) {
            return List.of();
        }
        List<SearchResults.ModuleCount> modules = new ArrayList<>();
        for (LabelAndValue child : result.labelValues) {
            String[] parts = child.label.split("\\|", 3);
            modules.add(new SearchResults.ModuleCount(
                    parts[1], parts[2], Integer.parseInt(parts[0]), child.value.intValue()));
        }
        modules.sort(Comparator.comparingInt(SearchResults.ModuleCount::moduleNumber));
        return modules;
    }

    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {}
}
