package fr.passeportnumerique.search;

import fr.passeportnumerique.base.PasseportProperties;
import fr.passeportnumerique.curriculum.CurriculumPublished;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.util.FileSystemUtils;

/**
 * Search for everyone. The index lives under the data folder ({@code search-index}); it is checked against the
 * published curriculum each time an import finishes, at startup included, rebuilt when they differ, and rebuilt from
 * scratch when missing, unreadable or damaged (its files are checked against their checksums when it is opened).
 * Searches go on during a rebuild, on the previous view.
 */
@Service
public class SearchService implements DisposableBean {

    static final String INDEX_FOLDER = "search-index";
    static final Path SYNONYMS = Path.of("search", "synonymes.txt");
    private static final Logger log = LoggerFactory.getLogger(SearchService.class);

    private final CurriculumDocuments documents;
    private final List<SearchDocumentSource> sources;
    private final PasseportProperties properties;
    private final io.micrometer.core.instrument.Timer latency;
    private volatile LuceneIndex index;

    SearchService(
            CurriculumDocuments documents,
            List<SearchDocumentSource> sources,
            PasseportProperties properties,
            io.micrometer.core.instrument.MeterRegistry meters) {
        this.documents = documents;
        this.sources = List.copyOf(sources);
        this.properties = properties;
        this.latency = io.micrometer.core.instrument.Timer.builder("passeport.search.latency")
                .description("Time to answer a search, results page included")
                .publishPercentiles(0.5, 0.95, 0.99)
                .register(meters);
    }

    @PermitAll
    public SearchResults search(SearchRequest request) {
        LuceneIndex current = index;
        if (current == null) {
            return SearchResults.empty();
        }
        long start = System.nanoTime();
        try {
            return current.search(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            latency.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    /** The documents searchable now; empty while the index is not open (before startup's build, or unreadable). */
    OptionalInt documentCount() {
        LuceneIndex current = index;
        if (current == null) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(current.documentCount());
        } catch (IOException | RuntimeException e) {
            // Reported as DOWN by the readiness check; the index is rebuilt at the next refresh or restart.
            log.warn("The search index could not be read for the health check: {}", e.toString());
            return OptionalInt.empty();
        }
    }

    @PermitAll
    public List<Suggestion> suggest(String prefix, int count) {
        return suggestions(current -> current.suggest(prefix, Math.clamp(count, 1, 20)));
    }

    /** The best answers' titles and addresses, without facets nor snippets: the light path for suggestions. */
    @PermitAll
    public List<Suggestion> quickAnswers(String typed, int count) {
        return suggestions(current -> current.quickAnswers(typed, Math.clamp(count, 1, 20)));
    }

    /** What the index suggests; nothing while it is not open. */
    private List<Suggestion> suggestions(SuggestionRead read) {
        LuceneIndex current = index;
        if (current == null) {
            return List.of();
        }
        try {
            return read.from(current);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    private interface SuggestionRead {
        List<Suggestion> from(LuceneIndex index) throws IOException;
    }

    /** Runs after the import's transaction, so that the index sees the curriculum as committed. */
    @TransactionalEventListener(fallbackExecution = true)
    public void onCurriculumPublished(CurriculumPublished published) {
        refresh();
    }

    /** Another feature's documents changed (an expert suspended, a pack published): after its commit, likewise. */
    @TransactionalEventListener(fallbackExecution = true)
    public void onSearchContentChanged(SearchContentChanged changed) {
        try {
            refresh();
        } catch (RuntimeException e) {
            // The change itself is committed; the index catches up at the next change or restart.
            log.error("The search index could not be brought up to date after a change", e);
        }
    }

    synchronized void refresh() {
        long start = System.nanoTime();
        List<SearchDocument> all = new ArrayList<>(documents.all());
        sources.forEach(source -> all.addAll(source.documents()));
        String version = CurriculumDocuments.versionOf(all);
        try {
            LuceneIndex current = openOrRebuild();
            current.useSynonyms(synonyms());
            if (current.contentVersion().filter(version::equals).isPresent()) {
                current.rebuildSuggestions(all);
                log.info("Search index up to date ({} documents)", all.size());
            } else {
                current.replaceAll(all, version);
                log.info(
                        "Search index built: {} documents in {} ms",
                        all.size(),
                        (System.nanoTime() - start) / 1_000_000);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private LuceneIndex openOrRebuild() throws IOException {
        if (index != null) {
            return index;
        }
        Path folder = properties.dataDir().resolve(INDEX_FOLDER);
        try {
            index = open(folder);
            index.contentVersion();
            index.verifyIntegrity();
        } catch (IOException | RuntimeException unreadable) {
            log.warn(
                    "The search index in {} is unreadable or damaged ({}); building it again",
                    folder,
                    unreadable.toString());
            closeQuietly();
            FileSystemUtils.deleteRecursively(folder);
            index = open(folder);
        }
        return index;
    }

    private LuceneIndex open(Path folder) throws IOException {
        Files.createDirectories(folder);
        return new LuceneIndex(FSDirectory.open(folder), synonyms());
    }

    private Synonyms synonyms() {
        Path file = properties.contentDir().resolve(SYNONYMS);
        try {
            Synonyms synonyms = Synonyms.fromFile(file, FrenchAnalysis.text());
            log.debug("{} synonym groups from {}", synonyms.groupCount(), file);
            return synonyms;
        } catch (RuntimeException e) {
            log.error("The synonym list {} could not be read; searching without synonyms", file, e);
            return Synonyms.none();
        }
    }

    private void closeQuietly() {
        Optional.ofNullable(index).ifPresent(open -> {
            try {
                open.close();
            } catch (IOException | RuntimeException e) {
                log.debug("Closing the unreadable index failed", e);
            }
        });
        index = null;
    }

    @Override
    public void destroy() throws IOException {
        if (index != null) {
            index.close();
        }
    }
}
