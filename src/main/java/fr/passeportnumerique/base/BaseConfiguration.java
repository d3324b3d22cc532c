package fr.passeportnumerique.base;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PasseportProperties.class)
class BaseConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
