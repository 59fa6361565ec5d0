package vn.hungyen.snv.webui.service;

import java.security.SecureRandom;

/** Random one-time passwords, shown once and stored only as bcrypt hashes. */
final class Passwords {

    /** Letters and digits that cannot be mistaken for one another when read aloud or copied by hand. */
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    static String oneTime() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
