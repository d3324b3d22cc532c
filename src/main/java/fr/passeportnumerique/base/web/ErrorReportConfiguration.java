package fr.passeportnumerique.base.web;

import org.apache.catalina.Host;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The site's own pages for the errors Tomcat answers itself (see {@link SiteErrorReportValve}). */
@Configuration(proxyBeanMethods = false)
class ErrorReportConfiguration {

    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> siteErrorReports() {
        return factory -> factory.addContextCustomizers(
                context -> SiteErrorReportValve.replaceTomcatsOn((Host) context.getParent()));
    }
}
