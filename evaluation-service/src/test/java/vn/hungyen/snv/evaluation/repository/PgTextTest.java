package vn.hungyen.snv.evaluation.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** PostgreSQL's text output of dates, instants and arrays, as a month's read of the facts takes it. */
class PgTextTest {

    @Test
    void datesAreReadWhateverTheirDigits() {
        assertThat(PgText.date("2026-10-03")).isEqualTo(LocalDate.of(2026, 10, 3));
        assertThat(PgText.date("2991-12-31")).isEqualTo(LocalDate.of(2991, 12, 31));
        assertThat(PgText.date("12026-01-01")).isEqualTo(LocalDate.of(12026, 1, 1));
        assertThat(PgText.date(null)).isNull();
        assertThatThrownBy(() -> PgText.date("2026-1x-03")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void instantsAreReadWithTheirSessionOffset() {
        Instant nine = Instant.parse("2026-10-03T02:00:00Z");
        assertThat(PgText.instant("2026-10-03 02:00:00+00")).isEqualTo(nine);
        assertThat(PgText.instant("2026-10-03 09:00:00+07")).isEqualTo(nine);
        assertThat(PgText.instant("2026-10-03 07:30:00+05:30")).isEqualTo(nine);
        assertThat(PgText.instant("2026-10-02 21:00:00-05")).isEqualTo(nine);
        assertThat(PgText.instant("2024-03-04 05:06:07.123456+00"))
                .isEqualTo(Instant.parse("2024-03-04T05:06:07.123456Z"));
        assertThat(PgText.instant("2024-03-04 05:06:07.5-03:30")).isEqualTo(Instant.parse("2024-03-04T08:36:07.5Z"));
        assertThatThrownBy(() -> PgText.instant("2024-03-04T05:06:07Z")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void arraysAreReadElementByElementQuotedOrNot() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        assertThat(PgText.array("{" + a + "," + b + "}", UUID::fromString)).containsExactly(a, b);
        assertThat(PgText.array("{t,f,t}", PgText::bool)).containsExactly(true, false, true);
        assertThat(PgText.array("{ACCEPTED}", String::valueOf)).containsExactly("ACCEPTED");
        assertThat(PgText.array("{2026-10-03,2026-10-09}", PgText::date))
                .containsExactly(LocalDate.of(2026, 10, 3), LocalDate.of(2026, 10, 9));
        assertThat(PgText.array("{\"2026-10-03 02:00:00+00\",\"2026-10-04 02:00:00+00\"}", PgText::instant))
                .containsExactly(Instant.parse("2026-10-03T02:00:00Z"), Instant.parse("2026-10-04T02:00:00Z"));
        assertThat(PgText.array("{}", String::valueOf)).isEmpty();
        assertThat(PgText.array(null, String::valueOf)).isNull();
        assertThat(PgText.array("{x}", String::valueOf).add("y")).as("modifiable").isTrue();
    }

    @Test
    void uuidArraysAreReadIntoTheirNumbers() {
        List<UUID> ids = List.of(UUID.randomUUID(), new UUID(-1L, Long.MIN_VALUE), new UUID(0L, 1L),
                UUID.fromString("0b6a1c2d-3e4f-5a6b-8c7d-9e0f1a2b3c4d"));
        String text = ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));

        UuidList read = PgText.uuids(text);

        assertThat(read).containsExactlyElementsOf(ids).isEqualTo(ids);
        assertThat(PgText.uuids("{" + ids.get(3) + "}")).containsExactly(ids.get(3));
        assertThat(PgText.uuids("{}")).isEmpty();
        assertThat(PgText.uuids(null)).isNull();
        for (String wrong : List.of("", "{", "{" + ids.get(0) + ",}", "{" + ids.get(0) + "x}",
                "{0b6a1c2d-3e4f-5a6b-8c7d-9e0f1a2b3c4g}", "{0b6a1c2d+3e4f-5a6b-8c7d-9e0f1a2b3c4d}",
                "[" + ids.get(0) + "]")) {
            assertThatThrownBy(() -> PgText.uuids(wrong)).as(wrong).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aUuidListIsCopiedOnceAndNotChanged() {
        List<UUID> ids = List.of(UUID.randomUUID(), UUID.randomUUID());

        List<UUID> held = UuidList.copyOf(ids);

        assertThat(held).isInstanceOf(UuidList.class).isEqualTo(ids).hasSameHashCodeAs(ids);
        assertThat(UuidList.copyOf(held)).isSameAs(held);
        assertThat(UuidList.copyOf(new ArrayList<UUID>())).isEmpty();
        assertThatThrownBy(() -> held.add(UUID.randomUUID())).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> held.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
