package io.coro.team.web;

import io.coro.team.internal.Inventory;
import io.coro.workspace.CurrentMember;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The know-how inventory: skills × people, gaps, single points of failure and growth. Everyone may read it. */
@Controller
class InventoryController {

    static final String VIEW = "team/inventory";
    static final int PEOPLE_PER_PAGE = 12;

    private final Inventory inventory;

    InventoryController(Inventory inventory) {
        this.inventory = inventory;
    }

    @GetMapping("/team/inventory")
    String inventory(CurrentMember me, @RequestParam(defaultValue = "1") int page, Locale locale, Model model) {
        model.addAttribute("inventory", inventory.view(me.workspaceId(), locale.getLanguage(), page, PEOPLE_PER_PAGE));
        model.addAttribute("language", locale.getLanguage());
        return VIEW;
    }
}
