package vn.hungyen.snv.plan.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.hungyen.snv.common.calendar.CalendarEntry;

/** One day of the working-day calendar that differs from its weekday, with who entered it. */
@Entity
@Table(name = "calendar_day")
public class CalendarDay extends PanacheEntityBase {
    @Id
    public LocalDate day;
    @Enumerated(EnumType.STRING)
    public CalendarEntry.Type type;
    public String name;
    @Column(name = "updated_by")
    public String updatedBy;
    @Column(name = "updated_at", insertable = false, updatable = false)
    public Instant updatedAt;

    public static CalendarDay of(CalendarEntry entry, String updatedBy) {
        CalendarDay day = new CalendarDay();
        day.day = entry.date();
        day.type = entry.type();
        day.name = entry.name();
        day.updatedBy = updatedBy;
        return day;
    }

    public CalendarEntry entry() {
        return new CalendarEntry(day, type, name);
    }
}
