package fr.passeportnumerique.base.web;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.Host;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The error report of Tomcat itself, for the errors nothing else has answered. A request target that Tomcat refuses
 * before any application code ({@code /verifier/%3C%2Fscript%3E}: an encoded slash) gets the site's « Adresse non
 * valide » page, in the person's language, instead of Tomcat's English page; an empty 404, the site's « Page
 * introuvable ». Other statuses keep Tomcat's report, without details or server name.
 */
final class SiteErrorReportValve extends ErrorReportValve {

    private static final Logger log = LoggerFactory.getLogger(SiteErrorReportValve.class);

    SiteErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    /**
     * Takes the place of the host's error report valves (Tomcat's default, Spring Boot's) when the host starts: the
     * host adds no default of its own once a valve of its configured class is there.
     */
    static void replaceTomcatsOn(Host host) {
        host.addLifecycleListener(event -> {
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                Pipeline pipeline = host.getPipeline();
                for (Valve valve : pipeline.getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        pipeline.removeValve(valve);
                    }
                }
                pipeline.addValve(new SiteErrorReportValve());
                if (host instanceof StandardHost standard) {
                    standard.setErrorReportValveClass(SiteErrorReportValve.class.getName());
                }
            }
        });
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        String key = switch (response.getStatus()) {
            case 400 -> "error.bad-request";
            case 404 -> "error.not-found";
            default -> null;
        };
        if (key == null) {
            super.report(request, response, throwable);
            return;
        }
        // As Tomcat's own report: only an error that nothing has answered, and only once.
        if (response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            response.setContentType(PlainErrorPage.CONTENT_TYPE);
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(PlainErrorPage.html(request, key));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException cannotWrite) {
            log.debug("The error page for {} could not be written", request.getRequestURI(), cannotWrite);
        }
    }
}
