package fr.passeportnumerique;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * An SMTP server for the length of a test: plugged into the running application as its {@link JavaMailSender}
 * (as {@code spring.mail.host} would), it records what it is given, or refuses it; unplugged on close.
 */
public final class FakeSmtp implements JavaMailSender, AutoCloseable {

    private static final String BEAN = "fakeSmtp";
    private final DefaultListableBeanFactory beans;
    private final boolean refusing;
    private final List<SimpleMailMessage> delivered = new CopyOnWriteArrayList<>();

    private FakeSmtp(ApplicationContext context, boolean refusing) {
        this.beans = (DefaultListableBeanFactory) ((ConfigurableApplicationContext) context).getBeanFactory();
        this.refusing = refusing;
        beans.registerSingleton(BEAN, this);
    }

    /** A server that accepts every mail. */
    public static FakeSmtp accepting(ApplicationContext context) {
        return new FakeSmtp(context, false);
    }

    /** A server that is down: every delivery fails. */
    public static FakeSmtp refusing(ApplicationContext context) {
        return new FakeSmtp(context, true);
    }

    public List<SimpleMailMessage> delivered() {
        return delivered;
    }

    @Override
    public void send(SimpleMailMessage... messages) {
        if (refusing) {
            throw new MailSendException("The fake SMTP server refuses every mail");
        }
        delivered.addAll(List.of(messages));
    }

    @Override
    public MimeMessage createMimeMessage() {
        return new MimeMessage(Session.getInstance(new Properties()));
    }

    @Override
    public MimeMessage createMimeMessage(InputStream contentStream) {
        throw new UnsupportedOperationException("Plain-text mails only");
    }

    @Override
    public void send(MimeMessage... mimeMessages) {
        throw new UnsupportedOperationException("Plain-text mails only");
    }

    @Override
    public void close() {
        beans.destroySingleton(BEAN);
    }
}
