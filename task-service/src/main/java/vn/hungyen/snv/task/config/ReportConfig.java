package vn.hungyen.snv.task.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** Settings of the results reports (docs/documents.md). */
@ConfigMapping(prefix = "app.reports")
public interface ReportConfig {

    /**
     * The codes of the units that are an organisation's Office (Văn phòng): their heads draw the organisation's
     * reports, as the Director does. The demo's are the Department's and Mỹ Hào's.
     */
    @WithDefault("VP,MH-VP")
    List<String> officeUnits();

    /** The place a document is dated at ("Hưng Yên, ngày … tháng … năm …"). */
    @WithDefault("Hưng Yên")
    String place();
}
