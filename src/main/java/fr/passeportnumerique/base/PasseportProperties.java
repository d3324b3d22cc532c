package fr.passeportnumerique.base;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the application keeps its data, finds the curriculum files, and is reached from outside.
 *
 * @param dataDir the data folder: the embedded database lives under {@code dataDir/mariadb}
 * @param contentDir the curriculum as files, imported at startup
 * @param publicUrl the address people reach the site at, for links in e-mails and documents
 */
@ConfigurationProperties("passeport")
public record PasseportProperties(Path dataDir, Path contentDir, String publicUrl) {

    public PasseportProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        contentDir = contentDir == null ? Path.of("content") : contentDir;
        publicUrl =
                publicUrl == null ? "http://localhost:8080/" : publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }

    /** The full address of a page of the site, from its path ("mon-accompagnement"). */
    public String link(String path) {
        return publicUrl + (path.startsWith("/") ? path.substring(1) : path);
    }
}
