package fr.passeportnumerique.curriculum;

import fr.passeportnumerique.base.database.SharedStampMoved;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * This node's copy of the published curriculum ({@link CurriculumSnapshot}), read from the database once and then
 * swapped whole: after a publication on this node commits ({@link ContentImportService} asks for it before telling
 * anyone), and when the shared content stamp says another node published ({@link SharedStampMoved}). Readers never
 * wait for a swap: they keep the copy they have until the new one is ready.
 */
@Component
class PublishedCurriculum {

    private static final Logger log = LoggerFactory.getLogger(PublishedCurriculum.class);

    private final CurriculumModuleRepository modules;
    private final TransactionTemplate readOnly;
    private volatile CurriculumSnapshot current;

    PublishedCurriculum(CurriculumModuleRepository modules, PlatformTransactionManager transactions) {
        this.modules = modules;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    CurriculumSnapshot current() {
        CurriculumSnapshot snapshot = current;
        if (snapshot == null) {
            synchronized (this) {
                snapshot = current;
                if (snapshot == null) {
                    snapshot = read();
                    current = snapshot;
                }
            }
        }
        return snapshot;
    }

    /** Reads the curriculum again; the copy in use stays until this one is complete. */
    synchronized void reload() {
        current = read();
    }

    /**
     * After a publication committed: reads it at once, or, if the database cannot be read just now, at the next page
     * that asks (the publication itself is done and must not be reported as failed).
     */
    synchronized void reloadAfterCommit() {
        try {
            reload();
        } catch (DataAccessException e) {
            log.warn("The published curriculum will be read at the next request: {}", e.getMessage());
            current = null;
        }
    }

    @EventListener
    void onSharedStampMoved(SharedStampMoved moved) {
        reload();
    }

    private CurriculumSnapshot read() {
        long start = System.nanoTime();
        CurriculumSnapshot snapshot = readOnly.execute(status -> CurriculumSnapshot.of(modules.findAll()));
        log.debug(
                "Published curriculum read: {} module(s) in {} ms",
                snapshot.catalogue().size(),
                (System.nanoTime() - start) / 1_000_000);
        return snapshot;
    }
}
