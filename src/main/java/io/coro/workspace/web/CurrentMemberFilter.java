package io.coro.workspace.web;

import io.coro.workspace.CurrentMember;
import io.coro.workspace.internal.CurrentMemberLookup;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs after authentication on every request: resolves the {@link CurrentMember} from the database and grants the
 * role the person holds <em>in the current workspace</em> (ROLE_OWNER, ...), for this request only. The session keeps
 * just who is signed in and which workspace they chose, so a changed role or a removal counts at the next request,
 * on every node.
 */
final class CurrentMemberFilter extends OncePerRequestFilter {

    static final String WORKSPACE_ATTRIBUTE = "coro.workspace";
    static final String REQUEST_ATTRIBUTE = CurrentMember.class.getName();

    private final CurrentMemberLookup lookup;

    CurrentMemberFilter(CurrentMemberLookup lookup) {
        this.lookup = lookup;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CoroPrincipal principal) {
            HttpSession session = request.getSession(false);
            UUID chosen = session == null ? null : (UUID) session.getAttribute(WORKSPACE_ATTRIBUTE);
            Optional<CurrentMember> member = lookup.resolve(principal.userId(), chosen);
            if (member.isEmpty()) {
                SecurityContextHolder.clearContext();
                if (session != null) {
                    session.invalidate();
                }
            } else {
                CurrentMember current = member.get();
                if (current.hasWorkspace() && !current.workspaceId().equals(chosen)) {
                    request.getSession().setAttribute(WORKSPACE_ATTRIBUTE, current.workspaceId());
                }
                request.setAttribute(REQUEST_ATTRIBUTE, current);
                if (!current.hasWorkspace() && !allowedWithoutWorkspace(request)) {
                    response.sendRedirect(request.getContextPath() + "/workspaces/new");
                    return;
                }
                List<GrantedAuthority> authorities = new ArrayList<>();
                authorities.add(new SimpleGrantedAuthority("ROLE_USER"));
                if (current.role() != null) {
                    authorities.add(new SimpleGrantedAuthority(current.role().authority()));
                }
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
                SecurityContextHolder.setContext(context);
            }
        }
        chain.doFilter(request, response);
    }

    /** Someone removed from their last workspace can still manage their account, join or create a workspace. */
    private static boolean allowedWithoutWorkspace(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/workspaces/")
                || path.startsWith("/account")
                || path.startsWith("/invite/")
                || path.equals("/logout")
                || path.equals("/error")
                || path.startsWith("/css/")
                || path.startsWith("/js/")
                || path.startsWith("/img/")
                || path.startsWith("/webjars/")
                || path.startsWith("/actuator/");
    }

    static Optional<CurrentMember> of(HttpServletRequest request) {
        return Optional.ofNullable((CurrentMember) request.getAttribute(REQUEST_ATTRIBUTE));
    }
}
