package fr.passeportnumerique.base.vaadin;

import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.di.InstantiatorFactory;
import com.vaadin.flow.server.VaadinService;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/** Found by Vaadin's lookup when the service starts: every page's components come from {@link LeanInstantiator}. */
@Component
class LeanInstantiatorFactory implements InstantiatorFactory {

    private final ApplicationContext context;

    LeanInstantiatorFactory(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public Instantiator createInstantitor(VaadinService service) {
        return new LeanInstantiator(service, context);
    }
}
