package fr.passeportnumerique.base.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/** Tells an address of a page (a Vaadin route) from the files, data and media that pages load. */
public final class PageRequests {

    private static final Set<String> FILE_PREFIXES =
            Set.of("/VAADIN/", "/api/", "/actuator/", "/media/", "/images/", "/fonts/", "/styles/", "/icons/");

    private PageRequests() {}

    /** A route: not under a folder of files or data, and no file extension in its last segment. */
    public static boolean isPage(HttpServletRequest request) {
        String path = request.getServletPath();
        String last = path.substring(path.lastIndexOf('/') + 1);
        return !last.contains(".") && FILE_PREFIXES.stream().noneMatch(path::startsWith);
    }
}
