package fr.passeportnumerique.e2e;

import com.microsoft.playwright.Page;
import java.net.URI;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** One page load as a visitor's browser saw it: bytes and requests on the wire, and when the page painted. */
record PageLoad(
        String what,
        long bytes,
        long requests,
        long fromCache,
        double firstContentfulPaint,
        double largestContentfulPaint,
        String largestElement,
        List<NetworkLog.Answer> answers) {

    /**
     * The largest contentful paint as the page reports it (buffered {@code largest-contentful-paint} entries, the
     * last one), the first contentful paint, and what the largest element was.
     */
    private static final String PAINTS = """
            () => new Promise(resolve => {
              const result = {lcp: -1, fcp: -1, element: ''};
              const fcp = performance.getEntriesByName('first-contentful-paint')[0];
              if (fcp) result.fcp = fcp.startTime;
              new PerformanceObserver(list => {
                const entries = list.getEntries();
                const last = entries[entries.length - 1];
                result.lcp = last.startTime;
                const e = last.element;
                result.element = e
                  ? e.tagName.toLowerCase() + ' ' + (e.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 30)
                  : (last.url || '');
              }).observe({type: 'largest-contentful-paint', buffered: true});
              setTimeout(() => resolve(result), 500);
            })
            """;

    /** Runs the navigation with an empty log, then reads what it cost once the network is idle. */
    static PageLoad measure(String what, Page page, NetworkLog log, Runnable navigation) {
        log.reset();
        navigation.run();
        @SuppressWarnings("unchecked")
        Map<String, Object> paints = (Map<String, Object>) page.evaluate(PAINTS);
        return new PageLoad(
                what,
                log.bytes(),
                log.requestsOnTheNetwork(),
                log.requestsFromCache(),
                millis(paints.get("fcp")),
                millis(paints.get("lcp")),
                String.valueOf(paints.get("element")),
                log.answers());
    }

    /** A paint's time, or NaN when the page reported none. */
    private static double millis(Object reported) {
        double value = ((Number) reported).doubleValue();
        return value < 0 ? Double.NaN : value;
    }

    List<NetworkLog.Answer> heaviest(int count) {
        return answers.stream()
                .sorted(Comparator.comparingLong(NetworkLog.Answer::bytes).reversed())
                .limit(count)
                .toList();
    }

    /** The kilobytes received by kind of answer, e.g. "scripts 436.8 KB, style sheets 50.2 KB". */
    String byKind() {
        Map<String, Long> bytes = new TreeMap<>();
        answers.forEach(answer -> bytes.merge(kind(answer.mimeType()), answer.bytes(), Long::sum));
        return bytes.entrySet().stream()
                .filter(entry -> entry.getValue() > 0)
                .map(entry -> String.format(Locale.ROOT, "%s %.1f KB", entry.getKey(), entry.getValue() / 1024.0))
                .collect(Collectors.joining(", "));
    }

    private static String kind(String mimeType) {
        if (mimeType.contains("javascript")) {
            return "scripts";
        } else if (mimeType.contains("css")) {
            return "style sheets";
        } else if (mimeType.contains("html")) {
            return "pages";
        } else if (mimeType.contains("json")) {
            return "round-trips";
        } else if (mimeType.startsWith("font/")) {
            return "fonts";
        } else if (mimeType.startsWith("image/")) {
            return "images";
        }
        return "other";
    }

    /** A Markdown table row: the medians over the samples, and each run's kilobytes. */
    static String medianRow(String what, List<PageLoad> samples) {
        return String.format(
                Locale.ROOT,
                "| %s | %.1f KB | %d + %d | %.0f ms | %.0f ms | %s | %s | %s |",
                what,
                median(samples.stream().mapToDouble(PageLoad::bytes).toArray()) / 1024,
                Math.round(
                        median(samples.stream().mapToDouble(PageLoad::requests).toArray())),
                Math.round(
                        median(samples.stream().mapToDouble(PageLoad::fromCache).toArray())),
                median(samples.stream()
                        .mapToDouble(PageLoad::firstContentfulPaint)
                        .toArray()),
                median(samples.stream()
                        .mapToDouble(PageLoad::largestContentfulPaint)
                        .toArray()),
                samples.getFirst().largestElement(),
                samples.stream()
                        .map(load -> String.format(Locale.ROOT, "%.0f", load.bytes() / 1024.0))
                        .collect(Collectors.joining(", ")),
                samples.stream()
                        .map(load -> String.format(Locale.ROOT, "%.1f", load.largestContentfulPaint() / 1000))
                        .collect(Collectors.joining(", ")));
    }

    static String describe(NetworkLog.Answer answer) {
        URI uri = URI.create(answer.url());
        String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return String.format(
                Locale.ROOT,
                "- %7.1f KB  %s  %s  %s  %s%s",
                answer.bytes() / 1024.0,
                answer.status(),
                answer.mimeType(),
                answer.encoding().isEmpty() ? "identity" : answer.encoding(),
                path.length() > 90 ? path.substring(0, 90) + "…" : path,
                answer.fromCache() ? " (cache)" : "");
    }

    /** The median of the values reported (NaN, a paint the page did not report, left out). */
    static double median(double[] values) {
        double[] sorted =
                Arrays.stream(values).filter(value -> !Double.isNaN(value)).toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
