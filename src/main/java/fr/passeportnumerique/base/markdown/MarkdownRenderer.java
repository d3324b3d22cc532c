package fr.passeportnumerique.base.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * Turns lesson Markdown into HTML that is safe to show: raw HTML is escaped, unsafe URLs are dropped, and the
 * result is cleaned against a safelist before the site's own presentation (callouts, scrollable tables) is added.
 */
public final class MarkdownRenderer {

    /** Changes whenever the produced HTML changes, so that stored renderings are refreshed. */
    public static final String VERSION = "3";

    private static final String ANCHOR_PREFIX = "section-";
    private static final String SAFE_BASE_URI = "https://passeport.invalid/";

    private final List<Extension> extensions = List.of(
            TablesExtension.create(),
            AutolinkExtension.create(),
            StrikethroughExtension.create(),
            HeadingAnchorExtension.builder().idPrefix(ANCHOR_PREFIX).build());
    private final Parser parser = Parser.builder()
            .extensions(extensions)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    private final HtmlRenderer htmlRenderer = HtmlRenderer.builder()
            .extensions(extensions)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();
    private final Safelist safelist = Safelist.relaxed()
            .addAttributes("h2", "id")
            .addAttributes("h3", "id")
            .addAttributes("h4", "id")
            .addAttributes("th", "align")
            .addAttributes("td", "align")
            .preserveRelativeLinks(true);
    private final CalloutTransformer callouts = new CalloutTransformer();

    /**
     * Renders Markdown to safe HTML.
     *
     * @param imageSource maps an image destination as written in the Markdown to the URL the browser loads
     */
    public String render(String markdown, UnaryOperator<String> imageSource) {
        String rawHtml = htmlRenderer.render(parser.parse(markdown));
        Document unsafe = Jsoup.parseBodyFragment(rawHtml, SAFE_BASE_URI);
        // Line breaks inside paragraphs must survive: a callout's title is the first line of its paragraph.
        unsafe.outputSettings().prettyPrint(false);
        for (Element image : unsafe.select("img[src]")) {
            image.attr("src", imageSource.apply(image.attr("src")));
        }
        String clean = Jsoup.clean(
                unsafe.body().html(), SAFE_BASE_URI, safelist, new Document.OutputSettings().prettyPrint(false));
        Document safe = Jsoup.parseBodyFragment(clean);
        callouts.apply(safe);
        wrapTables(safe);
        followInsideTheSite(safe);
        safe.outputSettings().prettyPrint(false);
        return safe.body().html();
    }

    /** The images and links a Markdown text refers to, each with its line (1-based, within the text). */
    public References references(String markdown) {
        List<ImageReference> images = new ArrayList<>();
        List<LinkReference> links = new ArrayList<>();
        parser.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                images.add(new ImageReference(image.getDestination(), altText(image), lineOf(image)));
                visitChildren(image);
            }

            @Override
            public void visit(Link link) {
                links.add(new LinkReference(link.getDestination(), lineOf(link)));
                visitChildren(link);
            }
        });
        return new References(images, links);
    }

    /** What a Markdown text points to. */
    public record References(List<ImageReference> images, List<LinkReference> links) {}

    /**
     * The text's headings in order, each with the anchor its rendering carries, so that a page can link to one
     * section of a lesson. The anchors are made as the heading-anchor extension makes them (the heading's words,
     * lower case, numbered when repeated), hence one generator for the whole text.
     */
    public List<Heading> headings(String markdown) {
        IdGenerator anchors = IdGenerator.builder().prefix(ANCHOR_PREFIX).build();
        List<Heading> headings = new ArrayList<>();
        parser.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.Heading heading) {
                String text = plainText(heading);
                headings.add(new Heading(heading.getLevel(), text, anchors.generateId(text.toLowerCase(Locale.ROOT))));
            }
        });
        return headings;
    }

    /** A heading of a Markdown text: its level (2 for {@code ##}), its words and its anchor in the rendering. */
    public record Heading(int level, String text, String anchor) {}

    private static String plainText(Node heading) {
        StringBuilder words = new StringBuilder();
        heading.accept(new AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.Text text) {
                words.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                words.append(code.getLiteral());
            }
        });
        return words.toString().strip();
    }

    private static int lineOf(Node node) {
        return node.getSourceSpans().isEmpty()
                ? 1
                : node.getSourceSpans().getFirst().getLineIndex() + 1;
    }

    private static String altText(Image image) {
        StringBuilder alt = new StringBuilder();
        for (Node child = image.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof org.commonmark.node.Text text) {
                alt.append(text.getLiteral());
            }
        }
        return alt.toString().strip();
    }

    /** Links to the site's own pages are followed by the router, without reloading the page. */
    private static void followInsideTheSite(Document document) {
        for (Element link : document.select("a[href^=/]")) {
            if (!link.attr("href").startsWith("//")) {
                link.attr("router-link", "");
            }
        }
    }

    /**
     * A wide table scrolls sideways in its own box (on a phone): a keyboard must be able to reach the box to scroll
     * it, and a screen reader announces it by the heading of its section, or else by its column headings.
     */
    private static void wrapTables(Document document) {
        Element heading = null;
        for (Element element : document.select("h2[id], h3[id], h4[id], table")) {
            if (!element.normalName().equals("table")) {
                heading = element;
                continue;
            }
            Element wrap = element.wrap("<div class=\"pn-table-wrap\" role=\"region\" tabindex=\"0\"></div>")
                    .parent();
            if (heading != null) {
                wrap.attr("aria-labelledby", heading.id());
            } else {
                wrap.attr("aria-label", String.join(", ", element.select("th").eachText()));
            }
        }
    }
}
