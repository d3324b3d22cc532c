package fr.passeportnumerique.base.session;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpSessionEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

class SessionGuardFilterTest {

    static final SessionLimits LIMITS = new SessionLimits(
            Duration.ofMinutes(2), 3, Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofHours(8), 60, 10);

    private final UnprovenSessions unproven = new UnprovenSessions(LIMITS);

    private MockHttpServletResponse request(SessionGuardFilter filter, MockHttpServletRequest request)
            throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }

    private static MockHttpServletRequest page(String path, String client) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setServletPath(path);
        request.setRemoteAddr(client);
        return request;
    }

    private MockHttpSession pageLoadSession() {
        MockHttpSession session = new MockHttpSession();
        unproven.sessionCreated(new HttpSessionEvent(session));
        return session;
    }

    @Test
    void a_session_older_than_the_absolute_lifetime_ends_before_anything_reads_it() throws Exception {
        Clock nineHoursLater = Clock.fixed(Instant.now().plus(Duration.ofHours(9)), ZoneOffset.UTC);
        SessionGuardFilter filter = new SessionGuardFilter(LIMITS, unproven, nineHoursLater);
        MockHttpSession session = pageLoadSession();
        signIn(session);
        MockHttpServletRequest request = page("/mon-espace", "192.0.2.1");
        request.setSession(session);

        request(filter, request);

        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void a_page_load_lives_two_minutes_until_a_running_page_uses_its_session() throws Exception {
        SessionGuardFilter filter = new SessionGuardFilter(LIMITS, unproven, Clock.systemUTC());
        MockHttpSession session = pageLoadSession();
        assertThat(session.getMaxInactiveInterval()).isEqualTo(120);

        MockHttpServletRequest heartbeat = new MockHttpServletRequest("POST", "/");
        heartbeat.setServletPath("/");
        heartbeat.addParameter("v-r", "heartbeat");
        heartbeat.setSession(session);
        request(filter, heartbeat);

        assertThat(session.getMaxInactiveInterval()).isEqualTo(15 * 60);
        assertThat(unproven.count()).isZero();
    }

    @Test
    void a_signed_in_session_lives_thirty_minutes_without_a_click() throws Exception {
        SessionGuardFilter filter = new SessionGuardFilter(LIMITS, unproven, Clock.systemUTC());
        MockHttpSession session = pageLoadSession();
        signIn(session);
        MockHttpServletRequest request = page("/mon-espace", "192.0.2.1");
        request.setSession(session);

        request(filter, request);

        assertThat(session.getMaxInactiveInterval()).isEqualTo(30 * 60);
    }

    @Test
    void a_node_keeps_only_the_newest_unproven_sessions() {
        List<MockHttpSession> sessions =
                List.of(pageLoadSession(), pageLoadSession(), pageLoadSession(), pageLoadSession(), pageLoadSession());

        assertThat(sessions).filteredOn(MockHttpSession::isInvalid).containsExactly(sessions.get(0), sessions.get(1));
        assertThat(unproven.count()).isEqualTo(LIMITS.maxUnproven());
    }

    @Test
    void a_client_opening_sessions_faster_than_people_do_is_told_to_wait() throws Exception {
        SessionGuardFilter filter = new SessionGuardFilter(LIMITS, unproven, Clock.systemUTC());
        for (int i = 0; i < LIMITS.newPerClientPerMinute(); i++) {
            assertThat(request(filter, page("/experts", "198.51.100.7")).getStatus())
                    .isEqualTo(200);
        }

        MockHttpServletResponse refused = request(filter, page("/experts", "198.51.100.7"));

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isNotBlank();
        assertThat(refused.getContentAsString()).contains("Trop de visites", "Patientez une minute");
        assertThat(request(filter, page("/experts", "198.51.100.8")).getStatus())
                .isEqualTo(200);
        assertThat(request(filter, page("/VAADIN/build/app.js", "198.51.100.7")).getStatus())
                .isEqualTo(200);
    }

    private static void signIn(MockHttpSession session) {
        var authentication = new UsernamePasswordAuthenticationToken(
                "lea@example.org", null, List.of(new SimpleGrantedAuthority("ROLE_LEARNER")));
        session.setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(authentication));
    }
}
