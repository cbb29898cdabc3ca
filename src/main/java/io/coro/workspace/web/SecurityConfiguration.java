package io.coro.workspace.web;

import io.coro.workspace.internal.CurrentMemberLookup;
import io.coro.workspace.internal.LoginThrottle;
import io.coro.workspace.internal.UserAccounts;
import io.coro.workspace.internal.WorkspaceSecurityProperties;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Form login with CSRF protection, persistent "remember me", login throttling, strict security headers and method
 * security. What each role may do is enforced on service methods with {@code @PreAuthorize}; URLs here only separate
 * public pages from signed-in ones.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /** Only Coro's own assets: no inline scripts or styles, no third-party hosts. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
            + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    /**
     * A fresh nonce per request for style elements only, exposed to templates as {@code ${cspStyleNonce}}: the plan's
     * calendar (FullCalendar 6) injects its own stylesheet at runtime and marks it with the nonce of
     * {@code <meta name="csp-nonce">}. Scripts stay 'self' only; inline style attributes stay forbidden.
     */
    static final String STYLE_NONCE = "cspStyleNonce";

    private static final SecureRandom NONCES = new SecureRandom();

    static String policy(Object styleNonce) {
        return styleNonce == null
                ? CONTENT_SECURITY_POLICY
                : CONTENT_SECURITY_POLICY.replace("style-src 'self';", "style-src 'self' 'nonce-" + styleNonce + "';");
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            UserAccounts users,
            PasswordEncoder passwordEncoder,
            LoginThrottle throttle,
            PersistentTokenRepository rememberMeTokens,
            CurrentMemberLookup currentMemberLookup,
            WorkspaceSecurityProperties properties)
            throws Exception {
        CoroUserDetailsService userDetailsService = new CoroUserDetailsService(users);
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(userDetailsService);
        passwords.setPasswordEncoder(passwordEncoder);
        String rememberMeKey = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));

        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/login",
                                "/setup",
                                "/invite/**",
                                "/plan/ical/*",
                                "/css/**",
                                "/js/**",
                                "/img/**",
                                "/webjars/**",
                                "/favicon.ico",
                                "/error",
                                "/actuator/health",
                                "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/actuator/prometheus")
                        .access((authentication, context) ->
                                new org.springframework.security.authorization.AuthorizationDecision(
                                        isLoopback(context.getRequest().getRemoteAddr())
                                                || authentication.get().getAuthorities().stream()
                                                        .anyMatch(a -> "ROLE_OWNER".equals(a.getAuthority()))))
                        .anyRequest()
                        .authenticated())
                .authenticationProvider(new ThrottledAuthenticationProvider(passwords, throttle))
                .formLogin(form -> form.loginPage("/login")
                        .usernameParameter("email")
                        .defaultSuccessUrl("/", false)
                        .failureHandler(new LoginFailureHandler())
                        .permitAll())
                .rememberMe(rememberMe -> rememberMe
                        .key(rememberMeKey)
                        .tokenRepository(rememberMeTokens)
                        .userDetailsService(userDetailsService)
                        .rememberMeParameter("remember-me")
                        .rememberMeCookieName("CORO_REMEMBER")
                        .tokenValiditySeconds(
                                (int) properties.rememberMeValidity().toSeconds()))
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout")
                        .deleteCookies("CORO_SESSION", "CORO_REMEMBER"))
                .headers(headers -> headers.addHeaderWriter((request, response) -> response.setHeader(
                                "Content-Security-Policy", policy(request.getAttribute(STYLE_NONCE))))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny())
                        .permissionsPolicyHeader(
                                permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")))
                .addFilterBefore(
                        (request, response, chain) -> {
                            byte[] nonce = new byte[16];
                            NONCES.nextBytes(nonce);
                            request.setAttribute(
                                    STYLE_NONCE, Base64.getEncoder().encodeToString(nonce));
                            chain.doFilter(request, response);
                        },
                        HeaderWriterFilter.class)
                .addFilterBefore(new CurrentMemberFilter(currentMemberLookup), AuthorizationFilter.class);
        return http.build();
    }

    private static boolean isLoopback(String address) {
        return "127.0.0.1".equals(address) || "0:0:0:0:0:0:0:1".equals(address) || "::1".equals(address);
    }

    /** Each role includes the ones below it: {@code hasRole('COORDINATOR')} also admits owners. */
    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy(
                "ROLE_OWNER > ROLE_COORDINATOR\nROLE_COORDINATOR > ROLE_MEMBER\nROLE_MEMBER > ROLE_VIEWER");
    }

    /** bcrypt with cost 12 (~0.25 s a hash on a small server); stored hashes carry their algorithm for upgrades. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(12)));
    }

    @Bean
    PersistentTokenRepository rememberMeTokens(DataSource dataSource) {
        JdbcTokenRepositoryImpl repository = new JdbcTokenRepositoryImpl();
        repository.setDataSource(dataSource);
        return repository;
    }
}
