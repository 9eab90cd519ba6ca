package com.hpgdesk.security;

import com.hpgdesk.base.ConcurrentEditException;
import com.hpgdesk.base.InvalidInputException;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts of the practice: who may sign in, with which role. Managed by practice leads. */
@Service
@Transactional(readOnly = true)
public class AccountService {

    public static final int MIN_PASSWORD_LENGTH = 12;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,59}");
    private static final Logger log = LoggerFactory.getLogger(AccountService.class);

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    public record NewAccount(String username, String displayName, Role role, String password) {}

    @PreAuthorize("hasRole('ADMIN')")
    public List<UserAccount> listAccounts() {
        return accounts.findAllByOrderByDisplayNameAsc();
    }

    /** Accounts that can be made responsible for a patient. */
    @PreAuthorize("hasRole('CLINICIAN')")
    public List<UserAccount> listActiveClinicians() {
        return accounts.findByEnabledTrueOrderByDisplayNameAsc();
    }

    /** The name colleagues know an account by, for showing who is responsible for a patient. */
    @PreAuthorize("hasRole('CLINICIAN')")
    public java.util.Optional<String> displayNameOf(long accountId) {
        return accounts.findById(accountId).map(UserAccount::getDisplayName);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserAccount createAccount(NewAccount request) {
        var problems = new InvalidInputException.Collector();
        String username = UserAccount.normalise(request.username());
        if (!USERNAME.matcher(username).matches()) {
            problems.reject("username", "Use 2 to 60 lower-case letters, digits, dots, hyphens or underscores, "
                    + "starting with a letter or digit.");
        } else if (accounts.existsByUsername(username)) {
            problems.reject("username", "The username '" + username + "' is already taken.");
        }
        if (request.displayName().isBlank()) {
            problems.reject("displayName", "Enter the name shown to colleagues.");
        } else if (request.displayName().strip().length() > 120) {
            problems.reject("displayName", "Keep the name to 120 characters or fewer.");
        }
        checkPassword(request.password(), problems);
        problems.throwIfAny();
        var account = new UserAccount(username, request.displayName(), passwordEncoder.encode(request.password()),
                request.role(), clock.instant());
        log.info("Account '{}' created with role {}", username, request.role());
        return accounts.save(account);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserAccount setEnabled(long accountId, long expectedVersion, boolean enabled) {
        var account = load(accountId, expectedVersion);
        if (!enabled && account.getRole() == Role.ADMIN && account.isEnabled()
                && accounts.countByRoleAndEnabledTrue(Role.ADMIN) <= 1) {
            throw InvalidInputException.of("enabled", "This is the last active practice lead account: enable or "
                    + "create another practice lead first, or nobody could manage accounts any more.");
        }
        account.setEnabled(enabled);
        log.info("Account '{}' {}", account.getUsername(), enabled ? "enabled" : "disabled");
        return flush(account);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserAccount unlock(long accountId, long expectedVersion) {
        var account = load(accountId, expectedVersion);
        clearFailedSignIns(account);
        log.info("Account '{}' unlocked", account.getUsername());
        return flush(account);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserAccount resetPassword(long accountId, long expectedVersion, String newPassword) {
        var problems = new InvalidInputException.Collector();
        checkPassword(newPassword, problems);
        problems.throwIfAny();
        var account = load(accountId, expectedVersion);
        account.setPasswordHash(passwordEncoder.encode(newPassword));
        clearFailedSignIns(account);
        log.info("Password of account '{}' reset", account.getUsername());
        return flush(account);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public boolean anyAccountExists() {
        return accounts.count() > 0;
    }

    private static void checkPassword(String password, InvalidInputException.Collector problems) {
        if (password.length() < MIN_PASSWORD_LENGTH) {
            problems.reject("password", "Use at least " + MIN_PASSWORD_LENGTH + " characters.");
        } else if (password.length() > 72) {
            // bcrypt ignores everything past 72 bytes: refuse rather than silently truncate.
            problems.reject("password", "Use at most 72 characters.");
        }
    }

    private void clearFailedSignIns(UserAccount account) {
        accounts.clearFailedSignIns(java.util.Objects.requireNonNull(account.getId()));
        account.unlock();
    }

    private UserAccount load(long accountId, long expectedVersion) {
        var account = accounts.findById(accountId)
                .orElseThrow(() -> InvalidInputException.of("account", "This account no longer exists."));
        if (account.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("The account '" + account.getUsername() + "'");
        }
        return account;
    }

    private UserAccount flush(UserAccount account) {
        try {
            return accounts.saveAndFlush(account);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("The account '" + account.getUsername() + "'");
        }
    }
}
