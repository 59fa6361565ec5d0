package vn.hungyen.snv.evaluation.service;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import vn.hungyen.snv.common.rest.ProblemException;
import vn.hungyen.snv.evaluation.domain.ScoringSettings;

/**
 * The JSON of a scoring profile's settings: the "name in the rules" of scoring-hy540 §10, nested by its dots, with
 * enumeration values in kebab case as in the configuration, e.g.
 * {@code {"scale":{"generalMax":30,"taskMax":70,"bonusMax":0},"lateMode":"partial-credit",...}}.
 *
 * <p>A document may name any subset of the settings: {@link #merge} lays it over a whole profile. A key the profile
 * does not have or a value of the wrong JSON type is a 400 problem; a value the rules refuse (ScoringSettings) a 422,
 * both with a Vietnamese detail naming the setting.
 */
final class ScoringSettingsJson {

    /** Keeps the scale of decimals (0.20 stays 0.20), so that settings read back equal to those written. */
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private ScoringSettingsJson() {
    }

    /** Every setting of {@code settings}, as stored and answered: {@link ScoringSettings#named}, nested by its dots. */
    static ObjectNode write(ScoringSettings settings) {
        ObjectNode root = NODES.objectNode();
        settings.named().forEach((name, value) -> {
            ObjectNode parent = root;
            String[] parts = name.split("\\.");
            for (int i = 0; i < parts.length - 1; i++) {
                parent = parent.has(parts[i]) ? (ObjectNode) parent.get(parts[i]) : parent.putObject(parts[i]);
            }
            parent.set(parts[parts.length - 1], node(value));
        });
        return root;
    }

    /** A setting's value as the JSON type it is read with. */
    private static JsonNode node(Object value) {
        if (value instanceof BigDecimal decimal) {
            return NODES.numberNode(decimal);
        }
        if (value instanceof Integer whole) {
            return NODES.numberNode(whole);
        }
        if (value instanceof Boolean flag) {
            return NODES.booleanNode(flag);
        }
        if (value instanceof List<?> names) {
            ArrayNode array = NODES.arrayNode();
            names.forEach(name -> array.add(String.valueOf(name)));
            return array;
        }
        return NODES.textNode(String.valueOf(value));
    }

    /** {@link #write} as text, as stored. */
    static String text(ScoringSettings settings, ObjectMapper json) {
        try {
            return json.writeValueAsString(write(settings));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("scoring settings cannot be written", e);
        }
    }

    /** Settings stored by {@link #text}, decimals with the scale they were written with. */
    static ScoringSettings read(String stored, ObjectMapper json) {
        try {
            return merge(ScoringSettings.defaults(),
                    json.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).with(NODES)
                            .readTree(stored));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored scoring settings cannot be read", e);
        }
    }

    /** {@code base} with every setting {@code document} names replaced; 400 or 422 problems as described above. */
    static ScoringSettings merge(ScoringSettings base, JsonNode document) {
        if (document == null || document.isNull()) {
            return base;
        }
        ObjectNode merged = write(base);
        overlay(merged, document, "");
        Reader r = new Reader(merged);
        try {
            return new ScoringSettings(r.decimal("scale.generalMax"), r.decimal("scale.taskMax"),
                    r.decimal("scale.bonusMax"), r.decimal("deductions.qualityPerReturn"),
                    r.decimal("deductions.timelinessPerLate"),
                    r.choice("lateMode", ScoringSettings.LateMode.values()),
                    r.whole("cutoff.graceDays"),
                    r.choice("carryOver", ScoringSettings.CarryOver.values()),
                    r.decimal("bands.excellent"), r.decimal("bands.good"), r.decimal("bands.complete"),
                    r.decimal("quota.ratio"),
                    r.choice("quota.base", ScoringSettings.QuotaBase.values()),
                    r.flag("quota.monthly"), r.names("quota.groups"), r.flag("leader.capByUnit"),
                    r.flag("leader.capDeputies"), r.whole("leader.prolongedOverdueWorkingDays"),
                    r.flag("unit.enabled"), r.flag("unit.capIfMemberNotComplete"), r.whole("rounding.decimals"),
                    r.choice("rounding.mode", RoundingMode.values()),
                    r.decimal("leave.minShareOfWorkingDays"));
        } catch (IllegalArgumentException e) {
            throw ProblemException.unprocessable("invalid-scoring-settings", e.getMessage());
        }
    }

    /** Replaces in {@code target} every value {@code source} names, refusing a key {@code target} does not have. */
    private static void overlay(ObjectNode target, JsonNode source, String path) {
        if (!source.isObject()) {
            throw invalid(path.isEmpty() ? "settings" : path, "phải là một đối tượng JSON");
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = source.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            JsonNode existing = target.get(field.getKey());
            if (existing == null) {
                throw new ProblemException(400, "unknown-scoring-setting", "Dữ liệu không hợp lệ",
                        "Không có thiết lập \"" + key + "\"; các thiết lập là những tên ở mục 10 của "
                                + "quy định chấm điểm (ví dụ scale.generalMax, bands.excellent, quota.ratio).");
            }
            if (existing.isObject()) {
                overlay((ObjectNode) existing, field.getValue(), key);
            } else {
                target.set(field.getKey(), field.getValue());
            }
        }
    }

    private static ProblemException invalid(String key, String what) {
        return new ProblemException(400, "invalid-scoring-setting", "Dữ liệu không hợp lệ",
                "Thiết lập \"" + key + "\" " + what + ".");
    }

    /** Reads the settings of a whole document by their dotted names, each of its JSON type. */
    private record Reader(ObjectNode root) {

        private JsonNode at(String key) {
            JsonNode node = root;
            for (String part : key.split("\\.")) {
                node = node.get(part);
            }
            return node;
        }

        BigDecimal decimal(String key) {
            JsonNode node = at(key);
            if (!node.isNumber()) {
                throw invalid(key, "phải là một số");
            }
            return node.decimalValue();
        }

        int whole(String key) {
            JsonNode node = at(key);
            if (!node.isIntegralNumber() || !node.canConvertToInt()) {
                throw invalid(key, "phải là một số nguyên");
            }
            return node.intValue();
        }

        boolean flag(String key) {
            JsonNode node = at(key);
            if (!node.isBoolean()) {
                throw invalid(key, "phải là true hoặc false");
            }
            return node.booleanValue();
        }

        List<String> names(String key) {
            JsonNode node = at(key);
            if (!node.isArray()) {
                throw invalid(key, "phải là một danh sách tên");
            }
            List<String> names = new ArrayList<>();
            for (JsonNode name : node) {
                if (!name.isTextual() || name.textValue().isBlank()) {
                    throw invalid(key, "phải là một danh sách tên, mỗi tên là một chuỗi không rỗng");
                }
                names.add(name.textValue());
            }
            return names;
        }

        <E extends Enum<E>> E choice(String key, E[] values) {
            JsonNode node = at(key);
            List<String> allowed = Arrays.stream(values).map(ScoringSettings::kebab).toList();
            if (node.isTextual()) {
                for (E value : values) {
                    if (ScoringSettings.kebab(value).equals(node.textValue())) {
                        return value;
                    }
                }
            }
            throw invalid(key, "phải là một trong " + String.join(", ", allowed));
        }
    }
}
