package vn.hungyen.snv.plan.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The sentence of the plan a catalogue item cites: a seed file and a line range, e.g. {@code 004_x.txt:382-386}. */
public record SourceRef(String file, int firstLine, int lastLine) {

    private static final Pattern FORM = Pattern.compile("([\\w.-]+\\.txt):(\\d+)(?:-(\\d+))?");

    public SourceRef {
        if (firstLine < 1 || lastLine < firstLine) {
            throw new IllegalArgumentException("Dòng nguồn " + firstLine + "-" + lastLine + " không hợp lệ.");
        }
    }

    /**
     * Reads {@code FILE:LINE} or {@code FILE:FIRST-LAST}.
     *
     * @throws IllegalArgumentException with a Vietnamese message when the text is not of that form
     */
    public static SourceRef parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("Nguồn \"" + text.strip() + "\" phải có dạng tệp.txt:dòng hoặc "
                    + "tệp.txt:dòng_đầu-dòng_cuối, ví dụ 004_38b8e90ea4ed07a7.txt:163.");
        }
        int first = Integer.parseInt(m.group(2));
        int last = m.group(3) == null ? first : Integer.parseInt(m.group(3));
        if (first < 1 || last < first) {
            throw new IllegalArgumentException("Nguồn \"" + text.strip() + "\": dòng cuối phải không nhỏ hơn dòng đầu "
                    + "và dòng bắt đầu từ 1.");
        }
        return new SourceRef(m.group(1), first, last);
    }

    /** The canonical text, {@code FILE:LINE} or {@code FILE:FIRST-LAST}. */
    public String text() {
        return file + ":" + (firstLine == lastLine ? String.valueOf(firstLine) : firstLine + "-" + lastLine);
    }
}
