package vn.hungyen.snv.common.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the days off and worked weekend days of Vietnamese civil servants (cán bộ, công chức, viên chức) from the
 * class-path resource {@value #RESOURCE}.
 *
 * <p>The file is a plain UTF-8 CSV without comments: the header {@code date,type,name}, then one row per day with an
 * ISO date, {@code HOLIDAY} (nghỉ lễ, Tết, nghỉ bù, nghỉ hoán đổi) or {@code WORKDAY} (a Saturday or Sunday that is
 * worked, ngày làm bù) and a Vietnamese name that may contain commas. Holidays that fall on a weekend are listed too,
 * so the file reads as the official schedule; plain weekends are not.
 *
 * <p>Sources:
 * <ul>
 *   <li>Bộ luật Lao động 2019, Điều 112 (the statutory days: Tết Dương lịch 1/1; Tết Âm lịch 5 days; Giỗ Tổ Hùng
 *       Vương 10/3 âm lịch; 30/4; 1/5; Quốc khánh 2/9 and one adjacent day) and Điều 111 khoản 3 (a holiday that
 *       falls on the weekly rest day is compensated on the next working day, nghỉ bù).</li>
 *   <li>2024: the Bộ LĐTBXH notice on Tết Âm lịch and Quốc khánh 2024 (Tết 08–14/02; Quốc khánh 31/8–03/9) and
 *       Công văn 2450/VPCP-KGVX of 12/4/2024 (29/4 swapped with Saturday 04/5).</li>
 *   <li>2025: the Bộ LĐTBXH notice on the 2025 holidays (Tết 25/01–02/02 with no swap; 30/4–04/5 with Friday 02/5
 *       swapped with Saturday 26/4; Quốc khánh 30/8–02/9).</li>
 *   <li>2026: the Prime Minister's decision relayed by Văn phòng Chính phủ in October 2025 (Tết 14–22/02; Quốc
 *       khánh 29/8–02/9 with Monday 31/8 swapped with Saturday 22/8); Văn phòng Chính phủ, 25/12/2025 (Tết Dương lịch
 *       01–04/01 with Friday 02/01 swapped with Saturday 10/01); Giỗ Tổ on Sunday 26/4 compensated on Monday 27/4,
 *       with no swap for Giỗ Tổ or 30/4–1/5 (Bộ Nội vụ, Cục Việc làm, March 2026).</li>
 * </ul>
 *
 * <p>The {@value CalendarEntry#PROVISIONAL_MARK} convention: a year whose swaps have not been announced (2027 at
 * the time of writing) holds only the statutory days, with the Điều 111 compensation when one falls on a weekend;
 * Tết is placed as the earlier announcements do (the day before mùng 1 and mùng 1–4, a Saturday moved to the
 * working day before and a Sunday to the working day after) and the Quốc khánh day next to 2/9 on the side of the
 * weekend. Each such row's name ends in {@value CalendarEntry#PROVISIONAL_MARK}; replace the rows of that year when
 * the notice (Thông báo of Bộ Nội vụ, which took over the labour portfolio of Bộ LĐTBXH in 2025) is published, and
 * add the next year's rows every autumn. Dates outside the file count weekends only.
 */
public final class VietnamHolidays {

    /** The class-path location of the data. */
    public static final String RESOURCE = "calendar/vn-holidays.csv";

    static final String HEADER = "date,type,name";

    private VietnamHolidays() {
    }

    /** Reads {@value #RESOURCE} through this class's class loader. */
    public static List<CalendarEntry> load() {
        InputStream stream = VietnamHolidays.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (stream == null) {
            throw new IllegalStateException("The class path has no " + RESOURCE);
        }
        try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            return parse(reader, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses calendar CSV text in the format described above.
     *
     * @param source named in error messages with the line number
     * @throws IllegalArgumentException for a wrong header or a row that does not parse
     */
    public static List<CalendarEntry> parse(Reader reader, String source) throws IOException {
        BufferedReader lines = reader instanceof BufferedReader buffered ? buffered : new BufferedReader(reader);
        String header = lines.readLine();
        if (header != null && header.startsWith("\uFEFF")) {
            header = header.substring(1);
        }
        if (header == null || !header.strip().equals(HEADER)) {
            throw new IllegalArgumentException(source + ": the first line must be \"" + HEADER + "\", not \""
                    + header + "\"");
        }
        List<CalendarEntry> entries = new ArrayList<>();
        int lineNumber = 1;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            entries.add(row(line, source, lineNumber));
        }
        return List.copyOf(entries);
    }

    private static CalendarEntry row(String line, String source, int lineNumber) {
        String[] fields = line.split(",", 3);
        if (fields.length != 3) {
            throw new IllegalArgumentException(source + " line " + lineNumber + ": expected date,type,name in \""
                    + line + "\"");
        }
        try {
            return new CalendarEntry(LocalDate.parse(fields[0].strip()),
                    CalendarEntry.Type.valueOf(fields[1].strip()), fields[2]);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException(source + " line " + lineNumber + ": " + e.getMessage(), e);
        }
    }
}
