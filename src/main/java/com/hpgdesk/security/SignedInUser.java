package com.hpgdesk.security;

import java.io.Serial;
import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The principal kept in the session: the Spring Security user plus what the UI shows about them. */
public final class SignedInUser extends User {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final String displayName;

    SignedInUser(UserAccount account, boolean locked, Collection<? extends GrantedAuthority> authorities) {
        super(account.getUsername(), account.getPasswordHash(), account.isEnabled(), true, true, !locked, authorities);
        this.accountId = java.util.Objects.requireNonNull(account.getId());
        this.displayName = account.getDisplayName();
    }

    public long accountId() {
        return accountId;
    }

    public String displayName() {
        return displayName;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
