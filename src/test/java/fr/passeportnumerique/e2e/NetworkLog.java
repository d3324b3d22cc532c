package fr.passeportnumerique.e2e;

import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * What a page's loads cost on the wire, as Chromium's DevTools protocol reports it: every request the page sends,
 * the bytes received for it ({@code Network.loadingFinished.encodedDataLength}, headers included, 0 when served
 * from the cache), its content encoding and whether the cache answered it. A network condition such as
 * {@link #SLOW_4G} is applied to the page's own target, with the browser's cache on.
 */
final class NetworkLog {

    /**
     * Chromium DevTools' "Slow 4G" preset ({@code Slow4GConditions} in devtools-frontend's
     * {@code front_end/core/sdk/NetworkManager.ts}, formerly named "Fast 3G"): about 1.6 Mbit/s down and 750 kbit/s up,
     * each times 0.9, and a 150 ms round trip times 3.75 (DevTools' latency factor for its presets).
     */
    static final Conditions SLOW_4G = new Conditions("Slow 4G", 1.6e6 / 8 * 0.9, 750e3 / 8 * 0.9, 150 * 3.75);

    /** Download and upload in bytes a second, latency in milliseconds added to each request. */
    record Conditions(String name, double downloadBytesPerSecond, double uploadBytesPerSecond, double latencyMillis) {}

    /** One request and what it cost. */
    record Answer(String url, int status, String mimeType, String encoding, long bytes, boolean fromCache) {}

    private final CDPSession session;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<String> order = Collections.synchronizedList(new ArrayList<>());

    private NetworkLog(CDPSession session) {
        this.session = session;
        session.on("Network.requestWillBeSent", this::sent);
        session.on("Network.responseReceived", this::received);
        session.on("Network.requestServedFromCache", event -> update(id(event), a -> withCache(a, true)));
        session.on("Network.loadingFinished", event -> update(id(event), a -> withBytes(a, bytes(event))));
        session.on("Network.loadingFailed", event -> update(id(event), a -> withStatus(a, -1)));
        session.send("Network.enable");
        JsonObject cache = new JsonObject();
        cache.addProperty("cacheDisabled", false);
        session.send("Network.setCacheDisabled", cache);
    }

    /** Starts recording the page's requests (and those of its workers' target, which Vaadin does not use). */
    static NetworkLog of(BrowserContext context, Page page) {
        return new NetworkLog(context.newCDPSession(page));
    }

    void emulate(Conditions conditions) {
        JsonObject parameters = new JsonObject();
        parameters.addProperty("offline", false);
        parameters.addProperty("latency", conditions.latencyMillis());
        parameters.addProperty("downloadThroughput", conditions.downloadBytesPerSecond());
        parameters.addProperty("uploadThroughput", conditions.uploadBytesPerSecond());
        parameters.addProperty("connectionType", "cellular4g");
        session.send("Network.emulateNetworkConditions", parameters);
    }

    void clearBrowserCache() {
        session.send("Network.clearBrowserCache");
    }

    /** Forgets what was recorded, to measure the next load alone. */
    void reset() {
        answers.clear();
        order.clear();
    }

    /** The requests since the last reset, in the order they were sent. */
    List<Answer> answers() {
        synchronized (order) {
            return order.stream().map(answers::get).toList();
        }
    }

    long bytes() {
        return answers().stream().mapToLong(Answer::bytes).sum();
    }

    /** Requests that went to the server (not answered by the browser's cache). */
    long requestsOnTheNetwork() {
        return answers().stream().filter(answer -> !answer.fromCache()).count();
    }

    long requestsFromCache() {
        return answers().stream().filter(Answer::fromCache).count();
    }

    private void sent(JsonObject event) {
        String url = event.getAsJsonObject("request").get("url").getAsString();
        if (url.startsWith("data:")) {
            return;
        }
        // A redirect keeps its request id: the hop before is kept under a key of its own, with its answer.
        String id = id(event);
        Answer before = answers.get(id);
        if (before != null && event.has("redirectResponse")) {
            JsonObject redirect = event.getAsJsonObject("redirectResponse");
            String hop = id + "#" + order.size();
            answers.put(
                    hop,
                    new Answer(
                            before.url(),
                            redirect.get("status").getAsInt(),
                            redirect.get("mimeType").getAsString(),
                            header(redirect.getAsJsonObject("headers"), "content-encoding"),
                            Math.round(redirect.get("encodedDataLength").getAsDouble()),
                            false));
            order.set(order.indexOf(id), hop);
        }
        answers.put(id, new Answer(url, 0, "", "", 0, false));
        order.add(id);
    }

    private void received(JsonObject event) {
        JsonObject response = event.getAsJsonObject("response");
        String encoding = header(response.getAsJsonObject("headers"), "content-encoding");
        boolean cached =
                response.has("fromDiskCache") && response.get("fromDiskCache").getAsBoolean();
        update(
                id(event),
                answer -> new Answer(
                        answer.url(),
                        response.get("status").getAsInt(),
                        response.get("mimeType").getAsString(),
                        encoding,
                        answer.bytes(),
                        answer.fromCache() || cached));
    }

    private void update(String id, UnaryOperator<Answer> change) {
        answers.computeIfPresent(id, (key, answer) -> change.apply(answer));
    }

    private static Answer withCache(Answer a, boolean cached) {
        return new Answer(a.url(), a.status(), a.mimeType(), a.encoding(), a.bytes(), cached);
    }

    private static Answer withBytes(Answer a, long bytes) {
        return new Answer(a.url(), a.status(), a.mimeType(), a.encoding(), bytes, a.fromCache());
    }

    private static Answer withStatus(Answer a, int status) {
        return new Answer(a.url(), status, a.mimeType(), a.encoding(), a.bytes(), a.fromCache());
    }

    private static String id(JsonObject event) {
        return event.get("requestId").getAsString();
    }

    private static long bytes(JsonObject event) {
        return Math.round(event.get("encodedDataLength").getAsDouble());
    }

    private static String header(JsonObject headers, String name) {
        for (String key : headers.keySet()) {
            if (key.toLowerCase(Locale.ROOT).equals(name)) {
                return headers.get(key).getAsString();
            }
        }
        return "";
    }
}
