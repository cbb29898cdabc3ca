package io.coro.workspace.internal;

import io.coro.workspace.CurrentMember;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends invitation links by e-mail when SMTP is configured ({@code spring.mail.host}); the e-mail is in the inviter's
 * language. A failure is reported to the caller, who then shows the link to copy: nothing is lost.
 */
@Component
public class InvitationMailer {

    private static final Logger log = LoggerFactory.getLogger(InvitationMailer.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final MessageSource messages;
    private final String from;

    InvitationMailer(
            ObjectProvider<JavaMailSender> mailSender,
            MessageSource messages,
            @org.springframework.beans.factory.annotation.Value("${coro.mail.from:coro@localhost}") String from) {
        this.mailSender = mailSender;
        this.messages = messages;
        this.from = from;
    }

    public boolean enabled() {
        return mailSender.getIfAvailable() != null;
    }

    public boolean send(Invitation invitation, CurrentMember inviter, String link, Locale locale) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return false;
        }
        ZoneId zone = inviter.workspace().timeZone();
        String expires = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(locale)
                .withZone(zone)
                .format(invitation.expiresAt());
        String role = messages.getMessage("role." + invitation.role().name(), null, locale);
        Object[] args = {inviter.displayName(), inviter.workspace().name(), role, link, expires};
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(invitation.email());
        mail.setSubject(messages.getMessage("mail.invitation.subject", args, locale));
        mail.setText(messages.getMessage("mail.invitation.body", args, locale));
        try {
            sender.send(mail);
            return true;
        } catch (MailException e) {
            log.warn("Could not e-mail the invitation {}: {}", invitation.id(), e.getMessage());
            return false;
        }
    }
}
