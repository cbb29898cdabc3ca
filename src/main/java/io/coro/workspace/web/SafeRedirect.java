package io.coro.workspace.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;

/** Redirects only within Coro: a Referer from elsewhere, or a malformed one, leads to the dashboard. */
final class SafeRedirect {

    private SafeRedirect() {}

    static String localPath(String referer, HttpServletRequest request) {
        if (referer == null) {
            return "/";
        }
        try {
            URI uri = URI.create(referer);
            boolean sameHost = uri.getHost() == null || uri.getHost().equalsIgnoreCase(request.getServerName());
            String path = uri.getRawPath();
            if (!sameHost || path == null || !path.startsWith("/") || path.startsWith("//")) {
                return "/";
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
