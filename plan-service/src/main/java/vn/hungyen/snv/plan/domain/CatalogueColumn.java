package vn.hungyen.snv.plan.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The columns of a catalogue spreadsheet, in file order, with their Vietnamese headers. The provenance columns
 * (source quote and derivation) are optional so that files exported before them still import.
 */
public enum CatalogueColumn {
    NUMBER("STT"),
    FIELD("Lĩnh vực"),
    CONTENT("Nội dung nhiệm vụ"),
    LEAD_UNIT("Đơn vị chủ trì"),
    COORDINATING_UNITS("Đơn vị phối hợp"),
    SUPERVISOR("Lãnh đạo phụ trách"),
    DEADLINE("Thời hạn"),
    PRODUCT("Sản phẩm"),
    TARGET("Chỉ tiêu"),
    SOURCE("Nguồn"),
    SOURCE_QUOTE("Trích dẫn nguồn", false),
    DERIVATION("Căn cứ", false);

    private final String header;
    private final boolean required;

    CatalogueColumn(String header) {
        this(header, true);
    }

    CatalogueColumn(String header, boolean required) {
        this.header = header;
        this.required = required;
    }

    public String header() {
        return header;
    }

    /** Whether a catalogue file must have this column. */
    public boolean required() {
        return required;
    }

    /** The column whose header this is, ignoring case, surrounding spaces and Unicode composition. */
    public static CatalogueColumn byHeader(String text) {
        String wanted = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC).strip()
                .toLowerCase(Locale.ROOT);
        for (CatalogueColumn column : values()) {
            if (column.header.toLowerCase(Locale.ROOT).equals(wanted)) {
                return column;
            }
        }
        return null;
    }
}
