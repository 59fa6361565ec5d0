package vn.hungyen.snv.task.testing;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The messages the test SMTP server (scripts/mail.sh: GreenMail, which keeps every message in a mailbox per address
 * and accepts any password) delivered to one address, read over POP3.
 */
public final class Mailbox {

    /** A delivered message, decoded. */
    public record Received(String subject, String body) {
    }

    private static final int POP3_PORT = 3110;

    private Mailbox() {
    }

    public static List<Received> of(String address) {
        try {
            Store store = Session.getInstance(new Properties()).getStore("pop3");
            store.connect("127.0.0.1", POP3_PORT, address, "secret");
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                List<Received> received = new ArrayList<>();
                for (Message message : inbox.getMessages()) {
                    received.add(new Received(message.getSubject(), message.getContent().toString()));
                }
                inbox.close(false);
                return received;
            } finally {
                store.close();
            }
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Cannot read the mailbox of " + address
                    + " on 127.0.0.1:" + POP3_PORT + " (is scripts/mail.sh up?)", e);
        }
    }
}
