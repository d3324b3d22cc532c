package fr.passeportnumerique.curriculum;

import fr.passeportnumerique.base.markdown.MarkdownRenderer;
import fr.passeportnumerique.curriculum.internal.CurriculumReader;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CurriculumConfiguration {

    @Bean
    CurriculumReader curriculumReader(MarkdownRenderer markdown) {
        return new CurriculumReader(markdown);
    }

    /** The content folder is imported at every start; unchanged modules cost a hash comparison. */
    @Bean
    ApplicationRunner importContentAtStartup(ContentImportService imports) {
        return arguments -> imports.importContent();
    }
}
