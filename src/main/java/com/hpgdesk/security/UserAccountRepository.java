package com.hpgdesk.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    List<UserAccount> findAllByOrderByDisplayNameAsc();

    List<UserAccount> findByEnabledTrueAndRoleInOrderByDisplayNameAsc(java.util.Collection<Role> roles);

    long countByRoleAndEnabledTrue(Role role);

    /**
     * Counts a sign-in attempt before its password is checked, in one statement, so attempts arriving
     * together cannot all read the same count. The attempt that reaches {@code maxAttempts} locks the
     * account (and starts a new count); while locked, nothing is counted and 0 is returned.
     *
     * @return 1 when the attempt may check its password, 0 when the account is locked
     */
    @Modifying
    @Transactional
    @Query("""
            update UserAccount a
               set a.failedLogins = case when a.failedLogins + 1 >= :maxAttempts then 0 else a.failedLogins + 1 end,
                   a.lockedUntil = case when a.failedLogins + 1 >= :maxAttempts then :lockedUntil
                                        else a.lockedUntil end
             where a.id = :id and (a.lockedUntil is null or a.lockedUntil <= :now)""")
    int countSignInAttempt(@Param("id") long id, @Param("maxAttempts") int maxAttempts, @Param("now") Instant now,
                           @Param("lockedUntil") Instant lockedUntil);

    @Modifying
    @Transactional
    @Query("update UserAccount a set a.failedLogins = 0, a.lockedUntil = null where a.id = :id")
    void clearFailedSignIns(@Param("id") long id);

    /** Rehashes with the current bcrypt cost, without touching the version a practice lead may be editing. */
    @Modifying
    @Transactional
    @Query("update UserAccount a set a.passwordHash = :hash where a.id = :id and a.passwordHash = :previous")
    void upgradePasswordHash(@Param("id") long id, @Param("previous") String previous, @Param("hash") String hash);
}
