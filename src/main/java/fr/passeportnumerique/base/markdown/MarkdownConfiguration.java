package fr.passeportnumerique.base.markdown;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MarkdownConfiguration {

    @Bean
    MarkdownRenderer markdownRenderer() {
        return new MarkdownRenderer();
    }
}
