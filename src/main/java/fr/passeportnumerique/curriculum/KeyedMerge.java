package fr.passeportnumerique.curriculum;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Brings stored children (lessons, media) in line with the files, matching them by a stable key so that a
 * child that still exists keeps its row and id.
 */
final class KeyedMerge {

    private KeyedMerge() {}

    static <E, S> void apply(
            List<E> stored,
            List<S> sources,
            Function<E, String> storedKey,
            Function<S, String> sourceKey,
            Function<S, E> create,
            BiConsumer<E, S> update) {
        Set<String> kept = sources.stream().map(sourceKey).collect(Collectors.toSet());
        stored.removeIf(child -> !kept.contains(storedKey.apply(child)));
        Map<String, E> existing = stored.stream().collect(Collectors.toMap(storedKey, Function.identity()));
        for (S source : sources) {
            E child = existing.get(sourceKey.apply(source));
            if (child == null) {
                child = create.apply(source);
                stored.add(child);
            }
            update.accept(child, source);
        }
    }
}
