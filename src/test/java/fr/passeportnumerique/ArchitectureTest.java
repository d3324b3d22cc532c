package fr.passeportnumerique;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;

class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.passeportnumerique");

    @Test
    void features_are_modules_without_cycles_that_use_each_other_only_through_their_api() {
        ApplicationModules.of(Application.class).verify();
    }

    @Test
    void every_page_says_who_may_open_it() {
        classes()
                .that()
                .areAnnotatedWith(Route.class)
                .should()
                .beAnnotatedWith(AnonymousAllowed.class)
                .orShould()
                .beAnnotatedWith(PermitAll.class)
                .orShould()
                .beAnnotatedWith(RolesAllowed.class)
                .check(CLASSES);
    }

    @Test
    void views_never_touch_repositories() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .check(CLASSES);
    }

    @Test
    void no_feature_reaches_into_another_features_ui_or_internal_packages() {
        for (String feature : featurePackages()) {
            noClasses()
                    .that()
                    .resideOutsideOfPackage(feature + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(feature + ".ui..", feature + ".internal..")
                    .check(CLASSES);
        }
    }

    @Test
    void the_shared_base_depends_on_no_feature() {
        for (String feature : featurePackages()) {
            noClasses()
                    .that()
                    .resideInAPackage("fr.passeportnumerique.base..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage(feature + "..")
                    .check(CLASSES);
        }
    }

    private static List<String> featurePackages() {
        List<String> features = ApplicationModules.of(Application.class).stream()
                .map(module -> module.getBasePackage().getName())
                .filter(name -> !name.endsWith(".base"))
                .toList();
        assertThat(features).contains("fr.passeportnumerique.curriculum");
        return features;
    }
}
