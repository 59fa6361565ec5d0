package vn.hungyen.snv.evaluation.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Folds, once at start and in the background, the facts that are not folded: those stored before migration V15 and
 * those whose events were rewritten by hand. Until each is folded, a month reads its task from its events: slower,
 * the same product. Several instances share the work (facts one holds, the others skip).
 */
@ApplicationScoped
class UnfoldedFacts {

    private static final Logger LOG = Logger.getLogger(UnfoldedFacts.class);

    /** Facts folded in one transaction. */
    static final int AT_ONCE = 1000;

    private final TaskFactService facts;

    UnfoldedFacts(TaskFactService facts) {
        this.facts = facts;
    }

    void start(@Observes StartupEvent start) {
        Thread folding = new Thread(this::foldAll, "fold-stored-facts");
        folding.setDaemon(true);
        folding.start();
    }

    private void foldAll() {
        try {
            long rounds = 0;
            for (long last = facts.foldUnfolded(0, AT_ONCE); last != 0; last = facts.foldUnfolded(last, AT_ONCE)) {
                rounds++;
            }
            if (rounds > 0) {
                LOG.infof("Folded the stored facts not folded yet (%d transactions of up to %d)", rounds, AT_ONCE);
            }
        } catch (RuntimeException e) {
            LOG.warn("Folding the stored facts stopped; months read their tasks from their events", e);
        }
    }
}
