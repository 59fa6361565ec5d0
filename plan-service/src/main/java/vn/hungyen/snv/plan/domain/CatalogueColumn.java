package vn.hungyen.snv.plan.domain;

import java.text.Normalizer;
import java.util.Locale;

/** The columns of a catalogue spreadsheet, in file order, with their Vietnamese headers. */
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
    SOURCE("Nguồn");

    private final String header;

    CatalogueColumn(String header) {
        this.header = header;
    }

    public String header() {
        return header;
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
