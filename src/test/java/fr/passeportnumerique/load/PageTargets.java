package fr.passeportnumerique.load;

import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** Where a learner's eyes and clicks go on a page: the elements found in its state tree by what a person sees. */
final class PageTargets {

    static final String REPORT_EVENT = "pn-report";
    static final String KEEP_EVENT = "pn-keep";
    static final String WATCHES_END = "data-watches-end";

    private final StateTree tree;

    PageTargets(StateTree tree) {
        this.tree = tree;
    }

    /**
     * A link the router follows, by its address (as the page writes it, without the leading slash): an element of
     * the tree, or the element whose HTML holds it.
     */
    Optional<StateNode> routerLink(String href) {
        return tree.shown(node -> ("a".equals(node.tag)
                                && node.attributes.containsKey("router-link")
                                && node.attribute("href").filter(href::equals).isPresent())
                        || node.property("innerHTML")
                                .filter(html -> html.contains(href) && hasRouterLink(html, href))
                                .isPresent())
                .findFirst();
    }

    /** A link written in a piece of HTML (the catalogue's cards): Vaadin's client follows it like the others. */
    private static boolean hasRouterLink(String html, String href) {
        return !Jsoup.parseBodyFragment(html)
                .select("a[router-link][href=" + href + "]")
                .isEmpty();
    }

    /** A button by the words on it. */
    Optional<StateNode> button(String text) {
        return tree.shown(node -> ("vaadin-button".equals(node.tag) || "button".equals(node.tag))
                        && tree.text(node).strip().equals(text))
                .findFirst();
    }

    /** The page's first-level heading, as the learner reads it. */
    Optional<String> heading() {
        return tree.shown(node -> "h1".equals(node.tag)).map(tree::text).findFirst();
    }

    Optional<StateNode> withClass(String name) {
        return tree.shown(node -> node.hasClass(name)).findFirst();
    }

    /** The search field in the header of every page. */
    StateNode headerSearch() {
        return tree.shown(node -> "vaadin-combo-box".equals(node.tag) && node.hasClass("pn-header-search"))
                .findFirst()
                .orElseThrow(() -> new ProtocolException("the page has no search field in its header"));
    }

    /**
     * The page's activity tracker: the element whose script reports reading time (a {@code pn-report} event) and
     * the end of the text.
     */
    Optional<StateNode> activityTracker() {
        return tree.shown(node -> node.listeners.containsKey(REPORT_EVENT)).findFirst();
    }

    /** The quiz's answer sheet: the form whose script keeps the answers given ({@code pn-keep}) with the report. */
    Optional<StateNode> answerSheet() {
        return tree.shown(node -> node.listeners.containsKey(KEEP_EVENT)).findFirst();
    }

    /**
     * What a learner who takes each question's first choice (and types {@code typed} where a word is asked) has in
     * the sheet's own inputs, as the browser's {@code FormData} lists them: {@code [[name, value], ...]}. The inputs
     * are the questions' HTML fragments in the state tree.
     */
    String firstChoices(StateNode sheet, String typed) {
        ArrayNode pairs = JsonNodeFactory.instance.arrayNode();
        tree.shown(node -> node.property("innerHTML").isPresent() && tree.isInside(node, sheet))
                .forEach(fragment -> {
                    Element html = Jsoup.parseBodyFragment("<" + fragment.tag + ">"
                                    + fragment.property("innerHTML").orElseThrow() + "</" + fragment.tag + ">")
                            .body();
                    Element choice = html.selectFirst("input[type=radio], input[type=checkbox]");
                    if (choice != null) {
                        pairs.addArray().add(choice.attr("name")).add(choice.attr("value"));
                    }
                    for (Element text : html.select("input[type=text]")) {
                        pairs.addArray().add(text.attr("name")).add(typed);
                    }
                });
        if (pairs.isEmpty()) {
            throw new ProtocolException("the quiz shows no choice to take");
        }
        return pairs.toString();
    }

    /** The first characters a person reads on the page, for a failure's message. */
    String pageText(int characters) {
        String text = tree.shown(node -> node.text != null)
                .map(node -> node.text.strip())
                .filter(words -> !words.isEmpty())
                .reduce((one, other) -> one + " · " + other)
                .orElse("");
        return text.length() > characters ? text.substring(0, characters) + "…" : text;
    }

    /** Fails when the page shows one of the application's error texts (an error page, an error notification). */
    void expectNoError() {
        for (String error : LearnerTexts.ERRORS) {
            if (tree.shows(error)) {
                throw new ProtocolException("the learner sees « " + error + " »");
            }
        }
    }
}
