package fr.passeportnumerique.base.session;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Each page load (a tab, a reload) adds a UI to the session, kept until its heartbeats stop: a client that keeps its
 * cookie and reloads in a loop would pile them up. A session keeps its newest {@link SessionLimits#maxUisPerSession()}
 * UIs; an older tab that comes back is told its page expired and reloads.
 */
@Component
class UisPerSession implements VaadinServiceInitListener {

    private final int max;

    UisPerSession(SessionLimits limits) {
        this.max = limits.maxUisPerSession();
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> closeOldest(init.getUI().getSession()));
    }

    private void closeOldest(VaadinSession session) {
        List<UI> uis = session.getUIs().stream()
                .filter(ui -> !ui.isClosing())
                .sorted(Comparator.comparingInt(UI::getUIId))
                .toList();
        // Closed now, removed by Vaadin as this request ends.
        uis.subList(0, Math.max(0, uis.size() - max)).forEach(UI::close);
    }
}
