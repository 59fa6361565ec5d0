package vn.hungyen.snv.webui.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskBoardTest {

    private record Item(String name, String timeliness, LocalDate due) {
    }

    @Test
    void overdueComesFirstThenDueSoonThenOnTrackThenFinishedEarliestDueFirst() {
        List<Item> items = List.of(
                new Item("done", "DONE_ON_TIME", LocalDate.of(2024, 1, 5)),
                new Item("later", "ON_TRACK", LocalDate.of(2024, 6, 30)),
                new Item("sooner", "ON_TRACK", LocalDate.of(2024, 5, 31)),
                new Item("soon", "DUE_SOON", LocalDate.of(2024, 4, 2)),
                new Item("late-old", "OVERDUE", LocalDate.of(2024, 3, 1)),
                new Item("late-new", "OVERDUE", LocalDate.of(2024, 3, 20)),
                new Item("handed-in", "AWAITING_REVIEW", LocalDate.of(2024, 2, 1)));

        assertThat(TaskBoard.ordered(items, Item::timeliness, Item::due)).extracting(Item::name)
                .containsExactly("late-old", "late-new", "soon", "sooner", "later", "handed-in", "done");
    }

    @Test
    void everyTimelinessHasAVietnameseBadge() {
        assertThat(TaskBoard.badge("OVERDUE")).isEqualTo(new TaskBoard.Badge("Quá hạn", "bad"));
        assertThat(TaskBoard.badge("DUE_SOON").label()).isEqualTo("Sắp đến hạn");
        assertThat(TaskBoard.badge("ON_TRACK").label()).isEqualTo("Trong hạn");
        assertThat(TaskBoard.badge("AWAITING_REVIEW").label()).isEqualTo("Đã báo cáo");
        assertThat(TaskBoard.badge("DONE_ON_TIME").label()).isEqualTo("Hoàn thành đúng hạn");
        assertThat(TaskBoard.badge("DONE_LATE").label()).isEqualTo("Hoàn thành quá hạn");
        assertThat(TaskBoard.statusLabel("RETURNED")).isEqualTo("Trả lại, làm lại");
    }
}
