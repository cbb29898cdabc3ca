package io.coro.team.web;

import io.coro.team.internal.TeamCsv;
import io.coro.workspace.CurrentMember;
import io.coro.workspace.WorkspaceRole;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The team as CSV: export for everyone, import (all or nothing, errors per line) for coordinators and owners. */
@Controller
class CsvController {

    static final String VIEW = "team/import";

    private final TeamCsv csv;

    CsvController(TeamCsv csv) {
        this.csv = csv;
    }

    @GetMapping("/team/export.csv")
    void export(CurrentMember me, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"team-" + LocalDate.now() + ".csv\"");
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        csv.export(me, writer);
        writer.flush();
    }

    @GetMapping("/team/import")
    String form(CurrentMember me) {
        if (!me.is(WorkspaceRole.COORDINATOR)) {
            throw new AccessDeniedException("coordinators and owners only");
        }
        return VIEW;
    }

    @PostMapping("/team/import")
    String importFile(CurrentMember me, @RequestParam(name = "file", required = false) MultipartFile file, Model model)
            throws IOException {
        TeamCsv.Result result = csv.importFile(me, file == null ? new byte[0] : file.getBytes());
        model.addAttribute("result", result);
        model.addAttribute("fileName", file == null ? "" : file.getOriginalFilename());
        return VIEW;
    }
}
