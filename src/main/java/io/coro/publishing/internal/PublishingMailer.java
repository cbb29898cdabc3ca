package io.coro.publishing.internal;

import io.coro.channels.ChannelRef;
import io.coro.channels.Channels;
import io.coro.plan.Plan;
import io.coro.workspace.WorkspaceRole;
import io.coro.workspace.Workspaces;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
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
 * Puts a failure in words, in the workspace's language, and sends the item back to its author, its assignee and the
 * coordinators by e-mail when mail is set up (the item's page shows the reason in any case).
 */
@Component
class PublishingMailer {

    private static final Logger log = LoggerFactory.getLogger(PublishingMailer.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final MessageSource messages;
    private final Workspaces workspaces;
    private final Channels channels;
    private final String from;
    private final String baseUrl;

    PublishingMailer(
            ObjectProvider<JavaMailSender> mailSender,
            MessageSource messages,
            Workspaces workspaces,
            Channels channels,
            @Value("${coro.mail.from:coro@localhost}") String from,
            @Value("${coro.base-url:}") String baseUrl) {
        this.mailSender = mailSender;
        this.messages = messages;
        this.workspaces = workspaces;
        this.channels = channels;
        this.from = from;
        this.baseUrl = baseUrl == null ? "" : baseUrl.replaceAll("/+$", "");
    }

    Locale locale(UUID workspaceId) {
        return workspaces.find(workspaceId).map(ws -> ws.locale()).orElse(Locale.ENGLISH);
    }

    String reasonText(UUID workspaceId, Reason reason) {
        return Ledger.shorten(Reason.text(reason.encoded(), messages, locale(workspaceId)), 480);
    }

    /** "Bluesky (@aurora.bsky.social): the text is 312 characters long…", one line per failed channel. */
    String failureReason(UUID workspaceId, List<Ledger.Row> failed, boolean somePublished) {
        Locale locale = locale(workspaceId);
        StringBuilder out = new StringBuilder();
        for (Ledger.Row row : failed) {
            String channel = channels.find(workspaceId, row.channelId())
                    .map(c -> c.networkName() + " (" + c.handle() + ")")
                    .orElse("?");
            String kind = messages.getMessage("publishing.error." + row.errorKind(), null, row.errorKind(), locale);
            String detail = Reason.text(row.errorDetail(), messages, locale);
            out.append(channel).append(": ").append(kind);
            if (detail != null && !detail.isBlank()) {
                out.append(" — ").append(detail);
            }
            out.append('\n');
        }
        if (somePublished) {
            out.append(messages.getMessage("publishing.failed.partly", null, locale));
        }
        return Ledger.shorten(out.toString().strip(), 480);
    }

    void failed(Plan.PublishableItem item, List<Ledger.Row> failed, String reason) {
        JavaMailSender sender = mailSender.getIfAvailable();
        var workspace = workspaces.find(item.workspaceId()).orElse(null);
        if (sender == null || workspace == null) {
            return;
        }
        Set<String> to = new LinkedHashSet<>();
        List<Workspaces.Member> members = workspaces.members(item.workspaceId());
        for (Workspaces.Member member : members) {
            if (member.userId().equals(item.authorId())
                    || member.userId().equals(item.assigneeId())
                    || member.role() == WorkspaceRole.COORDINATOR) {
                to.add(member.email());
            }
        }
        if (members.stream().noneMatch(m -> m.role() == WorkspaceRole.COORDINATOR)) {
            members.stream().filter(m -> m.role() == WorkspaceRole.OWNER).forEach(m -> to.add(m.email()));
        }
        if (to.isEmpty()) {
            return;
        }
        Locale locale = workspace.locale();
        String channelNames = String.join(
                ", ",
                failed.stream()
                        .map(row -> channels.find(item.workspaceId(), row.channelId())
                                .map(ChannelRef::networkName)
                                .orElse("?"))
                        .distinct()
                        .toList());
        Object[] args = {item.title(), channelNames, reason, baseUrl + "/plan/items/" + item.itemId(), workspace.name()
        };
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(to.toArray(String[]::new));
        mail.setSubject(messages.getMessage("mail.publishing.failed.subject", args, locale));
        mail.setText(messages.getMessage("mail.publishing.failed.body", args, locale));
        try {
            sender.send(mail);
        } catch (MailException e) {
            log.warn("Could not e-mail that item {} failed: {}", item.itemId(), e.getMessage());
        }
    }
}
