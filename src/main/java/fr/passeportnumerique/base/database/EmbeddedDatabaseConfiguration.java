package fr.passeportnumerique.base.database;

import com.zaxxer.hikari.HikariDataSource;
import fr.passeportnumerique.base.PasseportProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Starts the embedded MariaDB and points the data source at it, unless an external server is configured
 * ({@code spring.datasource.url}) or the embedded server is switched off ({@code passeport.embedded-db.enabled}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "shutdown")
    EmbeddedMariaDb embeddedMariaDb(PasseportProperties properties) {
        return EmbeddedMariaDb.start(properties.dataDir().resolve("mariadb"));
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(
            EmbeddedMariaDb server, @Value("${passeport.embedded-db.database:passeport}") String database) {
        return DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .driverClassName("org.mariadb.jdbc.Driver")
                .url(server.jdbcUrl(database))
                .username("root")
                .password("")
                .build();
    }

    static class NoExternalDatabase implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            var environment = context.getEnvironment();
            boolean enabled = environment.getProperty("passeport.embedded-db.enabled", Boolean.class, true);
            return enabled && !environment.containsProperty("spring.datasource.url");
        }
    }
}
