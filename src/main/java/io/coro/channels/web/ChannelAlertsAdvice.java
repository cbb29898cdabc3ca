package io.coro.channels.web;

import io.coro.channels.ChannelRef;
import io.coro.channels.ChannelStatus;
import io.coro.channels.Channels;
import io.coro.workspace.CurrentMember;
import io.coro.workspace.WorkspaceRole;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Channels needing reconnection, shown on every page to the people who can reconnect them (coordinators and owners),
 * so a broken channel is not discovered when a post fails to go out.
 */
@ControllerAdvice
class ChannelAlertsAdvice {

    private final Channels channels;

    ChannelAlertsAdvice(Channels channels) {
        this.channels = channels;
    }

    @ModelAttribute("channelAlerts")
    List<ChannelRef> channelAlerts(HttpServletRequest request) {
        if (!(request.getAttribute(CurrentMember.class.getName()) instanceof CurrentMember me)
                || !me.hasWorkspace()
                || !me.is(WorkspaceRole.COORDINATOR)
                || !"GET".equals(request.getMethod())) {
            return List.of();
        }
        return channels.all(me.workspaceId()).stream()
                .filter(c -> c.status() == ChannelStatus.NEEDS_RECONNECTION)
                .toList();
    }
}
