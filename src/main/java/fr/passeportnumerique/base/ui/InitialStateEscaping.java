package fr.passeportnumerique.base.ui;

import com.vaadin.flow.server.communication.IndexHtmlRequestListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;

/**
 * The first page carries the view's state as JSON inside an inline {@code <script>} (eager server load), and Vaadin
 * writes it as it is: text a person typed into an address, such as {@code /recherche?q=</script><img onerror=…>},
 * would end that script early and run as markup. Every {@code <} in that state is written {@code \u003c}, which is
 * the same character to JavaScript and can end nothing in HTML. The state is JSON, so a {@code <} can only be
 * inside one of its strings, where the escape is valid.
 */
class InitialStateEscaping implements IndexHtmlRequestListener {

    static final String STATE_MARKER = "window.Vaadin.TypeScript";

    @Override
    public void modifyIndexHtmlResponse(IndexHtmlResponse response) {
        for (Element script : response.getDocument().select("script[initial]")) {
            for (DataNode data : script.dataNodes()) {
                String text = data.getWholeData();
                if (text.contains(STATE_MARKER) && text.indexOf('<') >= 0) {
                    data.setWholeData(text.replace("<", "\\u003c"));
                }
            }
        }
    }
}
