package vn.hungyen.snv.common.input;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Whether the target of a request (its path and query, as sent) can be read: every {@code %} starts an escape of
 * two hexadecimal digits, the escapes spell UTF-8, and nothing in it, escaped or not, is a control character.
 * Anything else is refused before any resource sees it, so that no {@code %00} reaches a query of the database.
 */
public final class RequestTarget {

    private RequestTarget() {
    }

    /** Why the target cannot be read, in Vietnamese; empty when it can. */
    public static Optional<String> problem(String target) {
        if (target == null) {
            return Optional.empty();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(target.length());
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c == '%') {
                if (i + 2 >= target.length() || !HexFormat.isHexDigit(target.charAt(i + 1))
                        || !HexFormat.isHexDigit(target.charAt(i + 2))) {
                    String escape = target.substring(i, Math.min(target.length(), i + 3));
                    return Optional.of("Địa chỉ yêu cầu có mã hóa phần trăm sai (\"" + escape + "\"): sau dấu % phải "
                            + "là hai chữ số thập lục phân; dấu % trong giá trị phải viết là %25.");
                }
                bytes.write(HexFormat.fromHexDigits(target, i + 1, i + 3));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        String decoded;
        try {
            decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return Optional.of("Địa chỉ yêu cầu có mã hóa phần trăm không phải UTF-8 hợp lệ.");
        }
        return decoded.chars().filter(c -> c < 0x20 || c == 0x7F).boxed().findFirst()
                .map(c -> "Địa chỉ yêu cầu chứa ký tự điều khiển không được phép (" + String.format("U+%04X", c)
                        + ") trong đường dẫn hoặc tham số.");
    }
}
