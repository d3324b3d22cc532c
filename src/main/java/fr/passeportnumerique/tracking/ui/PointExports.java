package fr.passeportnumerique.tracking.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.passeportnumerique.tracking.LearnersCsv;
import fr.passeportnumerique.tracking.PointChoice;
import fr.passeportnumerique.tracking.PointSummaryPdf;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/** A point's downloads: its learners as a CSV file, and a printable summary as a PDF, in the reader's language. */
class PointExports extends Composite<Div> {

    PointExports(LearnersCsv csv, PointSummaryPdf pdf, PointChoice point) {
        getContent().addClassName("pn-actions-row");
        getContent()
                .add(
                        download(
                                "tracking.export.csv",
                                "apprenants-" + point.id() + ".csv",
                                "text/csv;charset=UTF-8",
                                () -> csv.export(point.id(), getLocale())),
                        download(
                                "tracking.export.pdf",
                                "tableau-de-bord-" + point.id() + ".pdf",
                                "application/pdf",
                                () -> pdf.render(point.id(), getLocale())));
    }

    /** A link that downloads the file, made when it is asked for. */
    private Anchor download(String labelKey, String fileName, String contentType, Supplier<byte[]> content) {
        Anchor link = new Anchor(
                DownloadHandler.fromInputStream(request -> {
                    byte[] bytes = content.get();
                    return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, contentType, bytes.length);
                }),
                getTranslation(labelKey));
        link.getElement().setAttribute("download", true);
        link.addClassName("pn-button-secondary");
        return link;
    }
}
