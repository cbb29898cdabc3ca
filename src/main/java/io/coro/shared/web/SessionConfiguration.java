package io.coro.shared.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Sessions live in PostgreSQL (Spring Session JDBC), so any Coro node can serve any signed-in person. Configured here
 * rather than by Spring Boot, whose session module does not resolve in the version Coro uses. Expired sessions are
 * deleted every minute by Spring Session's own cleanup (hence {@code @EnableScheduling}).
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession(maxInactiveIntervalInSeconds = 8 * 3600)
@EnableScheduling
class SessionConfiguration {

    /** HttpOnly and SameSite=Lax always; Secure whenever the request came over HTTPS. */
    @Bean
    CookieSerializer cookieSerializer() {
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        serializer.setCookieName("CORO_SESSION");
        serializer.setUseHttpOnlyCookie(true);
        serializer.setSameSite("Lax");
        return serializer;
    }
}
