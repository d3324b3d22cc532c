package fr.passeportnumerique;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Points Spring Security's static holder at the strategy of the test's own application context. Vaadin sets that
 * holder to a strategy of its own (with its own thread-local) when a context starts, so with a second context in the
 * run (ExternalSignInIT's, which configures providers) the holder would be the last started one's, and a test that
 * signs in through {@link SecurityContextHolder} would not be seen by the other context's method security.
 */
public final class ContextSecurityStrategy implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        SpringExtension.getApplicationContext(context)
                .getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }
}
