package fr.passeportnumerique.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/** How many Vaadin sessions are open, for monitoring: {@code passeport_vaadin_sessions}. */
@Component
class SessionMetrics implements VaadinServiceInitListener {

    private final AtomicInteger open = new AtomicInteger();

    SessionMetrics(MeterRegistry meters) {
        Gauge.builder("passeport.vaadin.sessions", open, AtomicInteger::get)
                .description("Vaadin sessions open on this node")
                .register(meters);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> open.incrementAndGet());
        event.getSource().addSessionDestroyListener(destroy -> open.decrementAndGet());
    }
}
