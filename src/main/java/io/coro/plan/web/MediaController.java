package io.coro.plan.web;

import io.coro.plan.internal.MediaFiles;
import io.coro.plan.internal.PlanProblem;
import io.coro.plan.internal.PlanService;
import io.coro.workspace.CurrentMember;
import java.io.IOException;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A content item's images: upload (checked by their first bytes in the service), removal, and serving them. */
@Controller
class MediaController {

    private final MediaFiles media;
    private final PlanService service;
    private final MessageSource messages;

    MediaController(MediaFiles media, PlanService service, MessageSource messages) {
        this.media = media;
        this.service = service;
        this.messages = messages;
    }

    @PostMapping("/plan/items/{id}/media")
    String upload(
            CurrentMember me,
            @PathVariable UUID id,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "") String altText,
            Locale locale,
            RedirectAttributes redirect)
            throws IOException {
        try {
            if (file != null && file.getSize() > PlanService.MAX_MEDIA_BYTES) {
                throw new PlanProblem("file", "plan.media.tooLarge");
            }
            service.addMedia(me, id, file == null ? null : file.getBytes(), altText);
            redirect.addFlashAttribute("flash", "plan.media.added");
        } catch (PlanProblem problem) {
            Problems.flash(problem, messages, locale, redirect);
        }
        return "redirect:/plan/items/" + id + "#media";
    }

    @PostMapping("/plan/items/{id}/media/{mediaId}/delete")
    String removeMedia(
            CurrentMember me,
            @PathVariable UUID id,
            @PathVariable UUID mediaId,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            service.removeMedia(me, id, mediaId);
            redirect.addFlashAttribute("flash", "plan.media.removed");
        } catch (PlanProblem problem) {
            Problems.flash(problem, messages, locale, redirect);
        }
        return "redirect:/plan/items/" + id + "#media";
    }

    /** An image, only to members of its workspace, with the type detected on upload and no sniffing. */
    @GetMapping("/plan/media/{mediaId}")
    ResponseEntity<byte[]> image(CurrentMember me, @PathVariable UUID mediaId) {
        MediaFiles.Content content = media.content(me.workspaceId(), mediaId).orElseThrow(Problems::notFound);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.contentType()))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline")
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(content.bytes());
    }
}
