package com.hpgdesk.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A person who signs in: a clinician or a practice lead. Passwords are stored only as bcrypt hashes. */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, unique = true, length = 60)
    private String username;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(nullable = false)
    private boolean enabled = true;

    // Counted only by single UPDATE statements (UserAccountRepository), never by saving this entity: a save
    // from a copy read earlier would overwrite failures counted in between.
    @Column(name = "failed_logins", nullable = false, updatable = false)
    private int failedLogins;

    @Column(name = "locked_until", updatable = false)
    private @Nullable Instant lockedUntil;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected UserAccount() {
        // for JPA
        this.username = "";
        this.displayName = "";
        this.passwordHash = "";
        this.role = Role.CLINICIAN;
        this.createdAt = Instant.EPOCH;
    }

    UserAccount(String username, String displayName, String passwordHash, Role role, boolean mustChangePassword,
                Instant createdAt) {
        this.username = normalise(username);
        this.displayName = displayName.strip();
        this.passwordHash = passwordHash;
        this.role = role;
        this.mustChangePassword = mustChangePassword;
        this.createdAt = createdAt;
    }

    /**
     * Usernames are compared without regard to case, surrounding spaces or Unicode compatibility forms
     * (a full-width "ｓｙｓｔｅｍ" is "system").
     */
    static String normalise(String username) {
        return Normalizer.normalize(username, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public @Nullable Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    /** Set while the password is one a practice lead chose: its owner must replace it before doing anything else. */
    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    void setDisplayName(String displayName) {
        this.displayName = displayName.strip();
    }

    void setRole(Role role) {
        this.role = role;
    }

    void setPasswordHash(String passwordHash, boolean mustChange) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChange;
    }

    /** Mirrors in this copy what {@link UserAccountRepository#clearFailedSignIns} wrote to the database. */
    void unlock() {
        failedLogins = 0;
        lockedUntil = null;
    }
}
