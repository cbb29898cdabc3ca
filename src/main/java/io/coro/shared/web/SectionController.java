package io.coro.shared.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The sections that later modules fill. Each section page says what it will hold; when a module gets its own pages,
 * its section leaves {@link #SECTIONS} and its controller takes the path.
 */
@Controller
class SectionController {

    static final String SECTION_VIEW = "shell/section";

    /** Sections not yet built, by path; each has section.&lt;name&gt;.* messages. */
    static final List<String> SECTIONS = List.of("inbox", "contacts", "governance", "insights");

    @GetMapping("/{section:inbox|contacts|governance|insights}")
    String section(@PathVariable String section, Model model) {
        if (!SECTIONS.contains(section)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("section", section);
        return SECTION_VIEW;
    }
}
