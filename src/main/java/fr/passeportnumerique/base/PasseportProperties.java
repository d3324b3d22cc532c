package fr.passeportnumerique.base;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the application keeps its data and finds the curriculum files.
 *
 * @param dataDir the data folder: the embedded database lives under {@code dataDir/mariadb}
 * @param contentDir the curriculum as files, imported at startup
 */
@ConfigurationProperties("passeport")
public record PasseportProperties(Path dataDir, Path contentDir) {

    public PasseportProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        contentDir = contentDir == null ? Path.of("content") : contentDir;
    }
}
