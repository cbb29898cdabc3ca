package io.coro.channels.web;

import io.coro.channels.ChannelHistory;
import io.coro.channels.internal.ChannelConnections;
import io.coro.channels.internal.ChannelProblem;
import io.coro.channels.internal.ChannelService;
import io.coro.channels.internal.NetworkRegistry;
import io.coro.channels.spi.ConnectionFailed;
import io.coro.channels.spi.ConnectsWithOAuth;
import io.coro.channels.spi.ConnectsWithPassword;
import io.coro.channels.spi.Publishes;
import io.coro.team.Team;
import io.coro.workspace.CurrentMember;
import io.coro.workspace.WorkspaceRole;
import io.coro.workspace.Workspaces;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The channels pages: the list, connecting (app password or OAuth), a channel with its settings and history. */
@Controller
class ChannelController {

    private final ChannelService setup;
    private final ChannelConnections connections;
    private final NetworkRegistry networks;
    private final ChannelHistory history;
    private final Workspaces workspaces;
    private final Team team;
    private final MessageSource messages;
    private final String baseUrl;

    ChannelController(
            ChannelService setup,
            ChannelConnections connections,
            NetworkRegistry networks,
            ChannelHistory history,
            Workspaces workspaces,
            Team team,
            MessageSource messages,
            @Value("${coro.base-url:}") String baseUrl) {
        this.setup = setup;
        this.connections = connections;
        this.networks = networks;
        this.history = history;
        this.workspaces = workspaces;
        this.team = team;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    @GetMapping("/channels")
    String list(CurrentMember me, Model model) {
        model.addAttribute("channels", setup.channels(me.workspaceId()));
        model.addAttribute("coordinator", me.is(WorkspaceRole.COORDINATOR));
        return "channels/list";
    }

    @GetMapping("/channels/connect")
    String connect(CurrentMember me, Model model) {
        requireCoordinator(me);
        model.addAttribute(
                "passwordNetworks",
                networks.all().stream()
                        .filter(ConnectsWithPassword.class::isInstance)
                        .map(ConnectsWithPassword.class::cast)
                        .toList());
        model.addAttribute(
                "oauthNetworks",
                networks.all().stream()
                        .filter(ConnectsWithOAuth.class::isInstance)
                        .toList());
        return "channels/connect";
    }

    @PostMapping("/channels/connect/{network}")
    String connectWithPassword(
            CurrentMember me,
            @PathVariable String network,
            @RequestParam(defaultValue = "") String serviceUrl,
            @RequestParam(defaultValue = "") String identifier,
            @RequestParam(defaultValue = "") String password,
            Locale locale,
            RedirectAttributes redirect) {
        return connected(
                () -> connections.connectWithPassword(me, network, serviceUrl, identifier, password),
                network,
                Map.of("serviceUrl", serviceUrl, "identifier", identifier),
                locale,
                redirect);
    }

    /**
     * Registers Coro on the server and shows the way on to its authorization page. A link, not a redirect: the
     * page's content security policy lets forms post to Coro only, and a browser applies that to redirects too.
     */
    @PostMapping("/channels/connect/{network}/authorize")
    String authorize(
            CurrentMember me,
            @PathVariable String network,
            @RequestParam(defaultValue = "") String serverUrl,
            HttpServletRequest request,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        try {
            URI next = connections.startAuthorization(me, network, serverUrl, callback(network, request));
            model.addAttribute("authorizationUrl", next.toString());
            model.addAttribute("server", next.getHost());
            model.addAttribute(
                    "networkName",
                    networks.find(network).map(n -> n.displayName()).orElse(network));
            return "channels/authorize";
        } catch (ConnectionFailed | ChannelProblem e) {
            return backToConnect(e, network, Map.of("serverUrl", serverUrl), locale, redirect);
        }
    }

    @GetMapping("/channels/connect/{network}/callback")
    String callback(
            CurrentMember me,
            @PathVariable String network,
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String state,
            @RequestParam(required = false) String error,
            Locale locale,
            RedirectAttributes redirect) {
        return connected(
                () -> {
                    if (error != null) {
                        throw new ChannelProblem("code", "channels.connect.denied");
                    }
                    return connections.completeAuthorization(me, network, state, code);
                },
                network,
                Map.of(),
                locale,
                redirect);
    }

    /** A way of connecting that may fail. */
    @FunctionalInterface
    private interface Connect {
        UUID run() throws ConnectionFailed;
    }

    /** To the new channel's page; or back to the connect page with the reason and what was typed (no password). */
    private String connected(
            Connect connect, String network, Map<String, String> typed, Locale locale, RedirectAttributes redirect) {
        try {
            UUID id = connect.run();
            redirect.addFlashAttribute("flash", messages.getMessage("channels.connected", null, locale));
            return "redirect:/channels/" + id;
        } catch (ConnectionFailed | ChannelProblem e) {
            return backToConnect(e, network, typed, locale, redirect);
        }
    }

    private String backToConnect(
            Exception problem, String network, Map<String, String> typed, Locale locale, RedirectAttributes redirect) {
        redirect.addFlashAttribute(
                "connectError",
                problem instanceof ConnectionFailed failed
                        ? failure(failed, locale)
                        : text((ChannelProblem) problem, locale));
        redirect.addFlashAttribute("network", network);
        typed.forEach(redirect::addFlashAttribute);
        return "redirect:/channels/connect#" + network;
    }

    @GetMapping("/channels/{id}")
    String channel(CurrentMember me, @PathVariable UUID id, Model model) {
        var row = setup.channel(me.workspaceId(), id).orElseThrow(ChannelController::notFound);
        model.addAttribute("channel", row.ref());
        model.addAttribute("serviceUrl", row.serviceUrl());
        model.addAttribute("publishers", row.publishers());
        model.addAttribute("publisherArea", row.publisherArea());
        model.addAttribute("people", setup.people(id));
        model.addAttribute(
                "members",
                workspaces.members(me.workspaceId()).stream()
                        .filter(m -> m.role().includes(WorkspaceRole.MEMBER))
                        .toList());
        model.addAttribute("areas", team.areas(me.workspaceId()));
        model.addAttribute("visibilities", Publishes.Visibility.values());
        model.addAttribute(
                "passwordNetwork",
                networks.find(row.ref().network(), ConnectsWithPassword.class).isPresent());
        model.addAttribute("history", history.recent(me.workspaceId(), id, 50));
        model.addAttribute("coordinator", me.is(WorkspaceRole.COORDINATOR));
        model.addAttribute("zone", me.workspace().timeZone());
        return "channels/channel";
    }

    @PostMapping("/channels/{id}/settings")
    String settings(
            CurrentMember me,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String planChannel,
            @RequestParam(defaultValue = "MEMBERS") String publishers,
            @RequestParam(required = false) String publisherArea,
            @RequestParam(required = false) List<UUID> people,
            @RequestParam(defaultValue = "") String postingTimes,
            @RequestParam(defaultValue = "PUBLIC") Publishes.Visibility visibility,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            setup.settings(
                    me,
                    id,
                    planChannel,
                    publishers,
                    publisherArea,
                    people == null ? List.of() : people,
                    List.of(postingTimes),
                    visibility);
            redirect.addFlashAttribute("flash", messages.getMessage("channels.settings.saved", null, locale));
        } catch (ChannelProblem e) {
            flash(e, locale, redirect);
        }
        return "redirect:/channels/" + id;
    }

    @PostMapping("/channels/{id}/pause")
    String pause(
            CurrentMember me,
            @PathVariable UUID id,
            @RequestParam boolean paused,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            setup.pause(me, id, paused);
            redirect.addFlashAttribute(
                    "flash", messages.getMessage(paused ? "channels.paused" : "channels.resumed", null, locale));
        } catch (ChannelProblem e) {
            flash(e, locale, redirect);
        }
        return "redirect:/channels/" + id;
    }

    @PostMapping("/channels/{id}/reconnect")
    String reconnect(
            CurrentMember me,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String identifier,
            @RequestParam(defaultValue = "") String password,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            connections.reconnectWithPassword(me, id, identifier, password);
            redirect.addFlashAttribute("flash", messages.getMessage("channels.reconnected", null, locale));
        } catch (ConnectionFailed e) {
            redirect.addFlashAttribute("channelProblem", failure(e, locale));
        } catch (ChannelProblem e) {
            flash(e, locale, redirect);
        }
        return "redirect:/channels/" + id;
    }

    @PostMapping("/channels/{id}/disconnect")
    String disconnect(CurrentMember me, @PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        try {
            setup.disconnect(me, id);
            redirect.addFlashAttribute("flash", messages.getMessage("channels.disconnected", null, locale));
            return "redirect:/channels";
        } catch (ChannelProblem e) {
            flash(e, locale, redirect);
            return "redirect:/channels/" + id;
        }
    }

    private void flash(ChannelProblem e, Locale locale, RedirectAttributes redirect) {
        if ("channels.notFound".equals(e.messageKey())) {
            throw notFound();
        }
        String text = text(e, locale);
        redirect.addFlashAttribute("errors", Map.of(e.field(), text));
        redirect.addFlashAttribute("channelProblem", text);
    }

    private String text(ChannelProblem e, Locale locale) {
        return messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale);
    }

    /** What went wrong connecting, in plain words, with the server's own words after. */
    private String failure(ConnectionFailed e, Locale locale) {
        String text = messages.getMessage("channels.failed." + e.kind().name(), null, locale);
        return Optional.ofNullable(e.detail())
                .filter(detail -> !detail.isBlank())
                .map(detail -> text + " (" + detail + ")")
                .orElse(text);
    }

    private String callback(String network, HttpServletRequest request) {
        String base = baseUrl != null && !baseUrl.isBlank()
                ? baseUrl.replaceAll("/+$", "")
                : ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        return base + "/channels/connect/" + network + "/callback";
    }

    private static void requireCoordinator(CurrentMember me) {
        if (!me.is(WorkspaceRole.COORDINATOR)) {
            throw new org.springframework.security.access.AccessDeniedException("coordinators connect channels");
        }
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
