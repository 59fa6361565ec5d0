package vn.hungyen.snv.plan.config;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

/**
 * The demo organisations' published plans, loaded where the demo is on: each once, when the database holds no plan
 * of its code yet, its organisation is loaded and its catalogue file exists.
 */
@ConfigMapping(prefix = "app.seed")
public interface SeedPlanConfig {

    List<SeedPlan> plans();

    /** One seed plan. */
    interface SeedPlan {

        /** The code of the organisation that issued it. */
        String organisation();

        /** Classpath resource of the catalogue CSV. */
        String resource();

        /** The plan's code. */
        String code();

        /** The plan's title. */
        String title();

        /** The plan's year, also the year of deadlines written without one. */
        int year();

        /** Who signed the plan, where known. */
        Optional<String> documentSigner();
    }
}
