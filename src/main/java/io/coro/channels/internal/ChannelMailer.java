package io.coro.channels.internal;

import io.coro.workspace.WorkspaceRole;
import io.coro.workspace.Workspaces;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Tells whoever connected a channel, and the workspace's owners, that it needs reconnecting: by e-mail when mail is
 * set up (the channels page says it in any case), in the workspace's language.
 */
@Component
class ChannelMailer {

    private static final Logger log = LoggerFactory.getLogger(ChannelMailer.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final MessageSource messages;
    private final Workspaces workspaces;
    private final String from;
    private final String baseUrl;

    ChannelMailer(
            ObjectProvider<JavaMailSender> mailSender,
            MessageSource messages,
            Workspaces workspaces,
            @Value("${coro.mail.from:coro@localhost}") String from,
            @Value("${coro.base-url:}") String baseUrl) {
        this.mailSender = mailSender;
        this.messages = messages;
        this.workspaces = workspaces;
        this.from = from;
        this.baseUrl = baseUrl == null ? "" : baseUrl.replaceAll("/+$", "");
    }

    void needsReconnection(ChannelStore.Row row) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return;
        }
        var workspace = workspaces.find(row.ref().workspaceId()).orElse(null);
        if (workspace == null) {
            return;
        }
        Set<String> to = new LinkedHashSet<>();
        for (Workspaces.Member member : workspaces.members(workspace.id())) {
            if (member.role() == WorkspaceRole.OWNER || member.userId().equals(row.connectedBy())) {
                to.add(member.email());
            }
        }
        if (to.isEmpty()) {
            return;
        }
        Locale locale = workspace.locale();
        String link =
                (baseUrl.isEmpty() ? "" : baseUrl) + "/channels/" + row.ref().id();
        Object[] args = {
            row.ref().networkName(),
            row.ref().handle(),
            workspace.name(),
            row.ref().statusReason() == null ? "" : row.ref().statusReason(),
            link
        };
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(to.toArray(String[]::new));
        mail.setSubject(messages.getMessage("mail.channel.reconnect.subject", args, locale));
        mail.setText(messages.getMessage("mail.channel.reconnect.body", args, locale));
        try {
            sender.send(mail);
        } catch (MailException e) {
            log.warn(
                    "Could not e-mail that channel {} needs reconnection: {}",
                    row.ref().id(),
                    e.getMessage());
        }
    }
}
