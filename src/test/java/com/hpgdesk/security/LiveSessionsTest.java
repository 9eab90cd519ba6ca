package com.hpgdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hpgdesk.DeskSpringTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.web.session.HttpSessionCreatedEvent;
import org.springframework.security.web.session.HttpSessionIdChangedEvent;

@DeskSpringTest
class LiveSessionsTest {

    @Autowired
    LiveSessions sessions;
    @Autowired
    AccountService accounts;
    @Autowired
    SessionRegistry registry;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationEventPublisher events;

    private UserAccount newClinician() {
        String username = "s" + UUID.randomUUID().toString().substring(0, 8);
        return SystemActor.call(() -> accounts.createAccount(new AccountService.NewAccount(username,
                "Dr Zoë Ødegård-Łukasz", Role.CLINICIAN, "a-long-enough-password")));
    }

    /**
     * What a sign-in through the form leaves behind: the visitor's servlet session, given a new id against
     * session fixation, and its entry in the registry.
     */
    private MockHttpSession signIn(UserAccount account) {
        var session = new MockHttpSession(null, UUID.randomUUID().toString());
        events.publishEvent(new HttpSessionCreatedEvent(session));
        String anonymousId = session.getId();
        session.changeSessionId();
        events.publishEvent(new HttpSessionIdChangedEvent(session, anonymousId));
        registry.registerNewSession(session.getId(), users.loadUserByUsername(account.getUsername()));
        return session;
    }

    private boolean live(MockHttpSession session) {
        var information = registry.getSessionInformation(session.getId());
        return !session.isInvalid() && information != null && !information.isExpired();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void disablingAnAccountEndsEveryOneOfItsSessionsAndNoOtherSession() {
        var account = newClinician();
        var other = newClinician();
        var desk = signIn(account);
        var laptop = signIn(account);
        var colleague = signIn(other);

        accounts.setEnabled(account.getId(), account.getVersion(), false);

        assertThat(desk.isInvalid()).isTrue();
        assertThat(laptop.isInvalid()).isTrue();
        assertThat(live(desk)).isFalse();
        assertThat(live(colleague)).isTrue();
        assertThat(sessions.list()).extracting(LiveSessions.LiveSession::username)
                .doesNotContain(account.getUsername()).contains(other.getUsername());
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void resettingAPasswordEndsTheAccountsSessions() {
        var account = newClinician();
        var session = signIn(account);

        accounts.resetPassword(account.getId(), account.getVersion(), "another-long-password");

        assertThat(session.isInvalid()).isTrue();
        assertThat(live(session)).isFalse();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aRefusedChangeLeavesTheSessionsAlone() {
        var account = newClinician();
        var session = signIn(account);

        assertThatThrownBy(() -> accounts.resetPassword(account.getId(), account.getVersion(), "short"));
        assertThatThrownBy(() -> accounts.setEnabled(account.getId(), account.getVersion() + 7, false));

        assertThat(live(session)).isTrue();
    }

    @Test
    void aPracticeLeadSeesWhoIsSignedInAndEndsOneSession() {
        var account = newClinician();
        var first = signIn(account);
        var second = signIn(account);

        var listed = SystemActor.call(sessions::list);
        assertThat(listed).filteredOn(s -> s.username().equals(account.getUsername())).hasSize(2)
                .allSatisfy(s -> assertThat(s.displayName()).isEqualTo("Dr Zoë Ødegård-Łukasz"));
        var chosen = listed.stream().filter(s -> s.id().equals(first.getId())).findFirst().orElseThrow();

        SystemActor.run(() -> sessions.end(chosen));

        assertThat(first.isInvalid()).isTrue();
        assertThat(live(second)).isTrue();
        assertThatThrownBy(() -> SystemActor.run(() -> sessions.end(chosen)))
                .hasMessageContaining("already ended");
    }

    @Test
    @WithMockUser(roles = "CLINICIAN")
    void aClinicianCannotSeeOrEndSessions() {
        assertThatThrownBy(sessions::list).isInstanceOf(AccessDeniedException.class);
    }
}
