package vn.hungyen.snv.evaluation.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 over records of stored facts, each a kind and its fields: a field is written with its length, so that no
 * two different records give the same bytes; a number is written in plain form without trailing zeros, so that the
 * same value read back with another scale gives the same digest.
 */
final class InputsDigest {

    private final MessageDigest sha256;

    InputsDigest() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Adds one record. */
    void add(String kind, Object... fields) {
        field(kind);
        for (Object value : fields) {
            field(value instanceof java.math.BigDecimal decimal ? decimal.stripTrailingZeros().toPlainString()
                    : String.valueOf(value));
        }
        sha256.update((byte) '\n');
    }

    private void field(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        sha256.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        sha256.update(bytes);
    }

    /** The digest of everything added, in hexadecimal. */
    String hex() {
        return HexFormat.of().formatHex(sha256.digest());
    }
}
