package fr.passeportnumerique.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * How many Vaadin sessions and pages (UIs) are open on this node, for monitoring: {@code passeport_vaadin_sessions},
 * {@code passeport_vaadin_uis}.
 */
@Component
class SessionMetrics implements VaadinServiceInitListener {

    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger uis = new AtomicInteger();

    SessionMetrics(MeterRegistry meters) {
        Gauge.builder("passeport.vaadin.sessions", open, AtomicInteger::get)
                .description("Vaadin sessions open on this node")
                .register(meters);
        Gauge.builder("passeport.vaadin.uis", uis, AtomicInteger::get)
                .description("Vaadin UIs (open pages) on this node")
                .register(meters);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> open.incrementAndGet());
        event.getSource().addSessionDestroyListener(destroy -> open.decrementAndGet());
        event.getSource().addUIInitListener(init -> {
            uis.incrementAndGet();
            init.getUI().addDetachListener(detach -> uis.decrementAndGet());
        });
    }
}
