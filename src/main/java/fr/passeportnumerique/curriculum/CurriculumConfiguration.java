package fr.passeportnumerique.curriculum;

import fr.passeportnumerique.base.markdown.MarkdownRenderer;
import fr.passeportnumerique.curriculum.internal.CurriculumReader;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CurriculumConfiguration {

    @Bean
    CurriculumReader curriculumReader(MarkdownRenderer markdown, Clock clock) {
        return new CurriculumReader(markdown, clock);
    }

    /**
     * The content folder is imported at every start, before the web server opens its port, so that no visitor
     * ever sees a curriculum half imported; unchanged modules cost a hash comparison.
     */
    @Bean
    SmartInitializingSingleton importContentAtStartup(ObjectProvider<ContentImportService> imports) {
        return () -> imports.getObject().importContent();
    }
}
