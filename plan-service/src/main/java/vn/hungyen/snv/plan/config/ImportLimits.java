package vn.hungyen.snv.plan.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * What one catalogue import takes at most. The HTTP layer's own bound, quarkus.http.limits.max-body-size, must stay
 * above max-file-size (with room for the multipart envelope), so that a file too large is answered by the import's
 * problem body, not by the bare 413 of the HTTP layer.
 */
@ConfigMapping(prefix = "app.import")
public interface ImportLimits {

    /** The largest file (the raw body, or the multipart part "file"); beyond it 413 file-too-large. */
    @WithDefault("5M")
    MemorySize maxFileSize();

    /** The most rows of data (blank rows and the header not counted); beyond it 413 too-many-rows. */
    @WithDefault("2000")
    int maxRows();

    /**
     * The most one part of a workbook (a sheet, the shared strings) may take unpacked; beyond it the workbook is
     * unreadable (400 unreadable-file). Bounds the memory an import takes.
     */
    @WithDefault("10M")
    MemorySize maxUnpackedPartSize();
}
