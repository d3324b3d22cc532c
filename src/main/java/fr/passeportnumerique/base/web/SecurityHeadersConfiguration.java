package fr.passeportnumerique.base.web;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The security headers of every answer, Tomcat's own error pages included (see {@link SecurityHeadersValve}). */
@Configuration(proxyBeanMethods = false)
class SecurityHeadersConfiguration {

    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> securityHeadersOnEveryAnswer(
            @Value("${passeport.security.content-security-policy}") String contentSecurityPolicy,
            @Value("${passeport.security.permissions-policy}") String permissionsPolicy) {
        Map<String, String> headers = Map.of(
                "Content-Security-Policy", contentSecurityPolicy,
                "X-Content-Type-Options", "nosniff",
                "X-Frame-Options", "DENY",
                "Referrer-Policy", "strict-origin-when-cross-origin",
                "Permissions-Policy", permissionsPolicy,
                "Cross-Origin-Opener-Policy", "same-origin");
        return factory -> factory.addEngineValves(new SecurityHeadersValve(headers));
    }
}
