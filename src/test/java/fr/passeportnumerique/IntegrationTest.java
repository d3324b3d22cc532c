package fr.passeportnumerique;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port against a real MariaDB: the embedded server, or the one at
 * {@code SPRING_DATASOURCE_URL}. Every test class so annotated shares one application context per test run. The state's
 * company directory is a local stand-in ({@link CompanyApiStub}), started first.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({CompanyApiStub.class, ContextSecurityStrategy.class})
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public @interface IntegrationTest {}
