package io.coro.plan.web;

import io.coro.plan.internal.Feeds;
import io.coro.workspace.CurrentMember;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A member's calendar feed: the page to make its secret address, and the public feed itself (a calendar app cannot
 * log in; the unguessable token is the key, and a new one ends the old).
 */
@Controller
class FeedController {

    static final String VIEW = "plan/feed";

    private final Feeds feeds;

    FeedController(Feeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/plan/feed")
    String page(CurrentMember me, Model model) {
        model.addAttribute(
                "since", feeds.createdAt(me.workspaceId(), me.userId()).orElse(null));
        model.addAttribute("zone", me.workspace().timeZone());
        return VIEW;
    }

    @PostMapping("/plan/feed")
    String newToken(CurrentMember me, HttpServletRequest request, RedirectAttributes redirect) {
        String token = feeds.newToken(me);
        redirect.addFlashAttribute("feedUrl", base(request) + "/plan/ical/" + token + ".ics");
        redirect.addFlashAttribute("flash", "plan.feed.created");
        return "redirect:/plan/feed";
    }

    @GetMapping("/plan/ical/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token, HttpServletRequest request) {
        return feeds.feed(token, base(request))
                .map(body -> ResponseEntity.ok()
                        .contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
                        .cacheControl(CacheControl.noStore())
                        .header("X-Robots-Tag", "noindex")
                        .body(body))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static String base(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
    }
}
