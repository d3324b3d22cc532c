package fr.passeportnumerique.load;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A page as the server first sends it: the HTML whose inline script holds {@code window.Vaadin.TypeScript}, with the
 * UI's id and, with eager server load, the first answer of the protocol (the state tree, the CSRF token, the ids).
 */
record BootstrapPage(int uiId, int heartbeatSeconds, JsonNode firstAnswer) {

    private static final String CONFIG = "window.Vaadin.TypeScript=";
    static final JsonMapper JSON = JsonMapper.builder().build();

    /** Reads the page; fails, with what was found instead, when the HTML carries no Vaadin application. */
    static BootstrapPage read(String html) {
        int start = html.indexOf(CONFIG);
        if (start < 0) {
            throw new ProtocolException("the page holds no Vaadin application: " + abbreviate(html));
        }
        int end = html.indexOf(";</script>", start);
        JsonNode config = JSON.readTree(html.substring(start + CONFIG.length(), end))
                .path("initial")
                .path("appConfig");
        if (!config.has("v-uiId") || !config.has("uidl")) {
            throw new ProtocolException("the page's configuration has no UI: " + abbreviate(config.toString()));
        }
        return new BootstrapPage(
                config.get("v-uiId").asInt(), config.path("heartbeatInterval").asInt(), config.get("uidl"));
    }

    /** The token Spring Security expects with the page's plain forms (the sign-in form), from its meta tag. */
    static String formToken(String html) {
        int meta = html.indexOf("<meta name=\"_csrf\" content=\"");
        if (meta < 0) {
            return "";
        }
        int start = meta + "<meta name=\"_csrf\" content=\"".length();
        return html.substring(start, html.indexOf('"', start));
    }

    static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() <= 300 ? flat : flat.substring(0, 300) + "…";
    }
}
