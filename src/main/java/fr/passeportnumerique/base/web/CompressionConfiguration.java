package fr.passeportnumerique.base.web;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat compresses text answers ({@code server.compression.*}); this keeps compression away from the requests
 * another site could use to read a secret from the answers' sizes (decision 016, {@link CrossSiteCompressionValve}).
 */
@Configuration(proxyBeanMethods = false)
class CompressionConfiguration {

    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> noCompressionForOtherSitesInASession() {
        return factory -> factory.addEngineValves(new CrossSiteCompressionValve());
    }
}
