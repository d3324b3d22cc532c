package fr.passeportnumerique.load;

import java.util.List;
import java.util.Optional;

/** Where a learner's eyes and clicks go on a page: the elements found in its state tree by what a person sees. */
final class PageTargets {

    private final StateTree tree;

    PageTargets(StateTree tree) {
        this.tree = tree;
    }

    /** A link the router follows, by its address (as the page writes it, without the leading slash). */
    Optional<StateNode> routerLink(String href) {
        return tree.shown(node -> "a".equals(node.tag)
                        && node.attributes.containsKey("router-link")
                        && node.attribute("href").filter(href::equals).isPresent())
                .findFirst();
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

    /** The page's activity tracker: the element whose script reports reading time and the end of the text. */
    Optional<StateNode> activityTracker() {
        return tree.shown(node -> node.clientCallables.contains("report")).findFirst();
    }

    /** The questions' inputs in page order: radio groups, check box groups, text fields. */
    List<StateNode> answerFields() {
        return tree.shown(node -> "vaadin-radio-group".equals(node.tag)
                        || "vaadin-checkbox-group".equals(node.tag)
                        || ("vaadin-text-field".equals(node.tag) && !node.hasClass("pn-search-field")))
                .toList();
    }

    /** The first choice inside a radio or check box group. */
    StateNode firstChoice(StateNode group) {
        String choice = group.tag.equals("vaadin-radio-group") ? "vaadin-radio-button" : "vaadin-checkbox";
        return group.children.stream()
                .map(tree::find)
                .flatMap(Optional::stream)
                .filter(node -> choice.equals(node.tag))
                .findFirst()
                .orElseThrow(() -> new ProtocolException("a question offers no choice: " + group));
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
