package com.hpgdesk.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks a username and password. Every attempt is counted before bcrypt runs, in one database statement,
 * so parallel attempts cannot slip past the lock; a locked account or an address over its limit is refused
 * without checking the password. A name no account has costs the same bcrypt comparison as a real one and
 * is refused the same way, so neither the answer nor its timing tells which accounts exist.
 *
 * <p>The client address is the request's remote address: behind a proxy it is the proxy's, unless
 * {@code server.forward-headers-strategy} is set, and only then is {@code X-Forwarded-For} believed.
 */
@Component
class PasswordSignIn implements AuthenticationProvider {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final LoginAttemptTracker attempts;
    private final AccountUserDetailsService userDetails;
    private volatile @Nullable String unknownNameHash;

    PasswordSignIn(UserAccountRepository accounts, PasswordEncoder passwordEncoder, LoginAttemptTracker attempts,
                   AccountUserDetailsService userDetails) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.attempts = attempts;
        this.userDetails = userDetails;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = UserAccount.normalise(String.valueOf(authentication.getPrincipal()));
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web
                ? web.getRemoteAddress() : null;
        if (!attempts.addressMayTry(address)) {
            attempts.failedFrom(address);
            throw new LockedException("Too many failed sign-ins from this address");
        }
        var found = accounts.findByUsername(username);
        if (found.isEmpty()) {
            if (!attempts.countAttemptOnUnknownName(username)) {
                attempts.failedFrom(address);
                throw new LockedException("Too many failed sign-ins for this name");
            }
            passwordEncoder.matches(password, unknownNameHash());
            attempts.failedFrom(address);
            throw new BadCredentialsException("Wrong username or password");
        }
        UserAccount account = found.get();
        if (!attempts.countAttempt(account)) {
            attempts.failedFrom(address);
            throw new LockedException("The account is locked");
        }
        if (!passwordEncoder.matches(password, account.getPasswordHash())) {
            attempts.failedFrom(address);
            throw new BadCredentialsException("Wrong username or password");
        }
        // Checked only after the password, so a disabled account answers as slowly as any other.
        if (!account.isEnabled()) {
            throw new DisabledException("The account is disabled");
        }
        attempts.succeeded(account);
        if (passwordEncoder.upgradeEncoding(account.getPasswordHash())) {
            accounts.upgradePasswordHash(java.util.Objects.requireNonNull(account.getId()), account.getPasswordHash(), passwordEncoder.encode(password));
        }
        var user = userDetails.signedIn(account);
        var signedIn = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        signedIn.setDetails(authentication.getDetails());
        return signedIn;
    }

    /** A hash of the current cost to compare against when the name is unknown, made once. */
    private String unknownNameHash() {
        String hash = unknownNameHash;
        if (hash == null) {
            hash = passwordEncoder.encode("no account has this password " + System.nanoTime());
            unknownNameHash = hash;
        }
        return hash;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
