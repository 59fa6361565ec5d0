package vn.hungyen.snv.plan.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The Department's plan loaded at first start, when the database holds no plan yet (every profile). */
@ConfigMapping(prefix = "app.seed-plan")
public interface SeedPlanConfig {

    /** Classpath resource of the catalogue CSV. */
    @WithDefault("catalogue/KH-SNV-2024.csv")
    String resource();

    /** The plan's code. */
    @WithDefault("KH-SNV-2024")
    String code();

    /** The plan's title. */
    @WithDefault("Kế hoạch công tác ngành Nội vụ năm 2024")
    String title();

    /** The plan's year, also the year of deadlines written without one. */
    @WithDefault("2024")
    int year();

    /** The issuing organisation. */
    @WithDefault("Sở Nội vụ tỉnh Hưng Yên")
    String organization();

    /** Who signed the plan (seed 004 ends with the Director's signature). */
    @WithDefault("Lê Quang Hòa")
    String documentSigner();
}
