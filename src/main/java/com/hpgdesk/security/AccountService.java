package com.hpgdesk.security;

import com.hpgdesk.audit.AuditAction;
import com.hpgdesk.audit.AuditTrail;
import com.hpgdesk.base.ConcurrentEditException;
import com.hpgdesk.base.InvalidInputException;
import com.hpgdesk.base.SeesRecords;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts of the practice: who may sign in, with which role. Managed by practice leads. */
@Service
@Transactional(readOnly = true)
public class AccountService {

    public static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_CHARACTERS;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,59}");
    /**
     * Names that would read as something other than a person in the audit trail: the built-in actor, and
     * what Spring Security calls an anonymous visitor. Compared after {@link UserAccount#normalise}.
     */
    static final Set<String> RESERVED_USERNAMES = Set.of(SystemActor.NAME, "anonymous", "anonymoususer", "unknown",
            "nobody", "root");
    private static final Logger log = LoggerFactory.getLogger(AccountService.class);

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final PasswordPolicy passwordPolicy = PasswordPolicy.withShippedList();

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock, AuditTrail audit,
                   ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.audit = audit;
        this.events = events;
    }

    /**
     * An account to create. A password chosen by someone else must be changed at its owner's first sign-in
     * ({@code mustChangePassword}); only the demo practice's published sign-ins are exempt.
     */
    public record NewAccount(String username, String displayName, Role role, String password,
                             boolean mustChangePassword) {

        public NewAccount(String username, String displayName, Role role, String password) {
            this(username, displayName, role, password, true);
        }
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<UserAccount> listAccounts() {
        return accounts.findAllByOrderByDisplayNameAsc();
    }

    /** Accounts that can be made responsible for a patient: clinicians and practice leads, never a reviewer. */
    @SeesRecords
    public List<UserAccount> listActiveClinicians() {
        return accounts.findByEnabledTrueAndRoleInOrderByDisplayNameAsc(List.of(Role.CLINICIAN, Role.ADMIN));
    }

    /** The name colleagues know an account by, for showing who is responsible for a patient. */
    @SeesRecords
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
        } else if (RESERVED_USERNAMES.contains(username)) {
            problems.reject("username", "The username '" + username + "' is reserved for the application itself.");
        } else if (accounts.existsByUsername(username)) {
            problems.reject("username", "The username '" + username + "' is already taken.");
        }
        if (request.displayName().isBlank()) {
            problems.reject("displayName", "Enter the name shown to colleagues.");
        } else if (request.displayName().strip().length() > 120) {
            problems.reject("displayName", "Keep the name to 120 characters or fewer.");
        }
        checkPassword(request.password(), username, "password", problems);
        problems.throwIfAny();
        var account = new UserAccount(username, request.displayName(), passwordEncoder.encode(request.password()),
                request.role(), request.mustChangePassword(), clock.instant());
        log.info("Account '{}' created with role {}", username, request.role());
        var saved = accounts.save(account);
        audit.record(AuditAction.CREATE, null, subject(saved), "Created the account (" + request.role().label()
                + (request.mustChangePassword() ? ", password to be changed at first sign-in)" : ")"));
        return saved;
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
        audit.record(AuditAction.UPDATE, null, subject(account), enabled ? "Enabled the account" : "Disabled the account");
        if (!enabled) {
            events.publishEvent(new AccountAccessChanged(accountId, account.getUsername(), "account disabled"));
        }
        return flush(account);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserAccount unlock(long accountId, long expectedVersion) {
        var account = load(accountId, expectedVersion);
        clearFailedSignIns(account);
        log.info("Account '{}' unlocked", account.getUsername());
        audit.record(AuditAction.UPDATE, null, subject(account), "Unlocked the account");
        return flush(account);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserAccount resetPassword(long accountId, long expectedVersion, String newPassword) {
        var account = load(accountId, expectedVersion);
        var problems = new InvalidInputException.Collector();
        checkPassword(newPassword, account.getUsername(), "password", problems);
        problems.throwIfAny();
        account.setPasswordHash(passwordEncoder.encode(newPassword), true);
        clearFailedSignIns(account);
        log.info("Password of account '{}' reset", account.getUsername());
        audit.record(AuditAction.UPDATE, null, subject(account),
                "Reset the password (to be changed at the next sign-in) and lifted any lock");
        events.publishEvent(new AccountAccessChanged(accountId, account.getUsername(), "password reset"));
        return flush(account);
    }

    /**
     * The signed-in person replaces their own password, which also lifts the demand to change it. The
     * current password is asked again, so an unattended session cannot be taken over for good.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public UserAccount changeOwnPassword(String currentPassword, String newPassword) {
        var account = signedInAccount().orElseThrow(() -> InvalidInputException.of("currentPassword",
                "Only a person signed in with an account of this practice can change a password."));
        var problems = new InvalidInputException.Collector();
        if (!passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            problems.reject("currentPassword", "The current password is not correct.");
        }
        checkPassword(newPassword, account.getUsername(), "newPassword", problems);
        problems.throwIfAny();
        if (passwordEncoder.matches(newPassword, account.getPasswordHash())) {
            throw InvalidInputException.of("newPassword", "Choose a password different from the current one.");
        }
        account.setPasswordHash(passwordEncoder.encode(newPassword), false);
        log.info("Account '{}' changed its own password", account.getUsername());
        audit.record(AuditAction.UPDATE, null, subject(account), "Changed the password of the own account");
        return flush(account);
    }

    /** Whether the signed-in person must change their password before going anywhere else. */
    @PreAuthorize("isAuthenticated()")
    public boolean mustChangePassword() {
        return signedInAccount().map(UserAccount::mustChangePassword).orElse(false);
    }

    private java.util.Optional<UserAccount> signedInAccount() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? java.util.Optional.empty()
                : accounts.findByUsername(UserAccount.normalise(authentication.getName()));
    }

    private static String subject(UserAccount account) {
        return "account " + account.getUsername();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public boolean anyAccountExists() {
        return accounts.count() > 0;
    }

    private void checkPassword(String password, String username, String field,
                               InvalidInputException.Collector problems) {
        passwordPolicy.refusal(password, username).ifPresent(refusal -> problems.reject(field, refusal));
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
