package com.hpgdesk.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts for sign-in ({@link PasswordSignIn} checks the password) and for tests that sign in as a
 * demo user. A practice lead also carries the clinician role, so both kinds of view open. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final Clock clock;

    AccountUserDetailsService(UserAccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.findByUsername(UserAccount.normalise(username))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return signedIn(account);
    }

    SignedInUser signedIn(UserAccount account) {
        return new SignedInUser(account, account.isLockedAt(clock.instant()), authoritiesOf(account.getRole()));
    }

    static List<GrantedAuthority> authoritiesOf(Role role) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
        if (role == Role.ADMIN) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + Role.CLINICIAN.name()));
        }
        return authorities;
    }
}
