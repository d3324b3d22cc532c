package fr.passeportnumerique.handoff;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Hand-off requests for monitoring, by step reached: {@code passeport_handoff_requests_total{status="SENT"}}. */
@Component
class HandoffMetrics {

    private final MeterRegistry meters;

    HandoffMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    @EventListener
    void onChanged(HandoffStatusChanged changed) {
        meters.counter("passeport.handoff.requests", "status", changed.status().name())
                .increment();
    }
}
