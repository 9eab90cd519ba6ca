package com.hpgdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.hpgdesk.DeskSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Who may call what, proved by calling it. Every public method of every service bean of the desk is invoked as
 * nobody, an anonymous visitor, a reviewer, a clinician and a practice lead, with empty arguments: what matters is
 * only whether method security refuses the call before the method runs (a refusal) or lets it in (any other
 * outcome, a result or the NullPointerException of an empty argument alike). Every route is checked the same way
 * against its access annotation.
 *
 * <p>A method not named below is a change, for clinicians and practice leads only; so a new read is refused to
 * reviewers until it is added to {@link #READS}, and a new admin-only method fails here until listed.
 */
@DeskSpringTest
class AccessMatrixTest extends SpringBrowserlessTest {

    enum Caller { NOBODY, ANONYMOUS, REVIEWER, CLINICIAN, PRACTICE_LEAD }

    enum Access {
        PUBLIC(EnumSet.allOf(Caller.class)),
        SIGNED_IN(EnumSet.of(Caller.REVIEWER, Caller.CLINICIAN, Caller.PRACTICE_LEAD)),
        READ(EnumSet.of(Caller.REVIEWER, Caller.CLINICIAN, Caller.PRACTICE_LEAD)),
        CHANGE(EnumSet.of(Caller.CLINICIAN, Caller.PRACTICE_LEAD)),
        PRACTICE_LEAD(EnumSet.of(Caller.PRACTICE_LEAD));

        final Set<Caller> allowed;

        Access(Set<Caller> allowed) {
            this.allowed = allowed;
        }
    }

    /** Callable before anyone is signed in, each with its reason. */
    static final Map<String, String> PUBLIC = Map.of(
            "AccountUserDetailsService.loadUserByUsername", "loads the account being signed in");

    /** Any signed-in person, reviewers included: their own password, and the audit record every read leaves. */
    static final Set<String> SIGNED_IN = Set.of(
            "AccountService.changeOwnPassword",
            "AccountService.mustChangePassword",
            "AuditTrail.record");

    /** What a reviewer may call: patients, marker tables, labs, lifestyle, protocols, handouts, practice review. */
    static final Set<String> READS = Set.of(
            "PatientService.today", "PatientService.search", "PatientService.count", "PatientService.open",
            "PatientService.identity", "PatientService.recoveryClocks", "PatientService.listings",
            "PatientService.handoutLanguage",
            "AssessmentService.today", "AssessmentService.rules", "AssessmentService.rulesVersions", "AssessmentService.assess",
            "AssessmentService.summary", "AssessmentService.currentSummary",
            "RestartProtocolService.today", "RestartProtocolService.protocolsOf", "RestartProtocolService.protocol",
            "RestartProtocolService.timeline", "RestartProtocolService.timelineForAssessment",
            "RestartProtocolService.protocolsForSummaries", "RestartProtocolService.doseLimits",
            "LabService.catalogue", "LabService.reportsOf", "LabService.cumulative",
            "LabService.resultsForAssessment", "LabService.series", "LabService.derivedMarkers",
            "LifestyleService.today", "LifestyleService.limits", "LifestyleService.listEntries",
            "LifestyleService.entriesForAssessment", "LifestyleService.series", "LifestyleService.latest",
            // Existing handouts open and download; generating one stores a record and stays a change.
            "HandoutService.languages", "HandoutService.today", "HandoutService.suggestedLanguage",
            "HandoutService.suggestedNextLabs", "HandoutService.handoutsOf", "HandoutService.open",
            // The CSV export reads what the grid shows, and is audited like it.
            "PracticeReviewService.today", "PracticeReviewService.thresholds", "PracticeReviewService.clinicians",
            "PracticeReviewService.page", "PracticeReviewService.counters", "PracticeReviewService.exportCsv",
            "AccountService.listActiveClinicians", "AccountService.displayNameOf",
            // Earlier versions of records, as the records themselves; keeping one stays a change.
            "RecordHistory.versionsOf", "RecordHistory.versionsOfPatient");

    /** Practice leads only: accounts, sessions, the audit trail, backups, templates, lab conventions, all summaries. */
    static final Set<String> PRACTICE_LEAD_ONLY = Set.of(
            "AccountService.listAccounts", "AccountService.createAccount", "AccountService.setEnabled",
            "AccountService.unlock", "AccountService.resetPassword", "AccountService.anyAccountExists",
            "LiveSessions.list", "LiveSessions.end",
            "AuditTrail.list", "AuditTrail.recordViewing", "AuditTrail.count", "AuditTrail.verifyChain",
            "AuditTrail.exportCsv",
            "AuditedPatientNames.named", "AuditedPatientNames.matching",
            "AssessmentService.refreshAllSummaries", "AssessmentService.refreshOutdatedSummaries", "PatientService.idsAfter",
            "DatabaseBackups.backsUpItself", "DatabaseBackups.folder", "DatabaseBackups.backUp",
            "DatabaseBackups.list",
            "RestartProtocolService.createTemplate", "RestartProtocolService.updateTemplate",
            "RestartProtocolService.addTemplateMedication", "RestartProtocolService.updateTemplateMedication",
            "RestartProtocolService.removeTemplateMedication",
            "LabConventionService.names", "LabConventionService.layouts", "LabConventionService.correctName",
            "LabConventionService.forgetName", "LabConventionService.forgetLayout");

    /** Each route by its path template, with who may open it. */
    static final Map<String, Access> ROUTES = Map.ofEntries(
            Map.entry("login", Access.PUBLIC),
            Map.entry("", Access.SIGNED_IN),
            Map.entry("password", Access.SIGNED_IN),
            Map.entry("patients", Access.READ),
            Map.entry("patient/:patientId(\\d+)", Access.READ),
            Map.entry("rules/:___url_parameter?", Access.READ),
            Map.entry("review", Access.READ),
            Map.entry("accounts", Access.PRACTICE_LEAD),
            Map.entry("signed-in", Access.PRACTICE_LEAD),
            Map.entry("audit", Access.PRACTICE_LEAD),
            Map.entry("backups", Access.PRACTICE_LEAD),
            Map.entry("protocol-templates", Access.PRACTICE_LEAD),
            Map.entry("lab-conventions", Access.PRACTICE_LEAD));

    @Autowired
    ApplicationContext context;

    @AfterEach
    void forgetCaller() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void everyServiceMethodRefusesWhoeverItShould() {
        Map<String, Method> methods = serviceMethods();
        assertThat(methods).as("service methods found").hasSizeGreaterThan(100);
        List<String> wrong = new ArrayList<>();
        Map<String, EnumSet<Caller>> admitted = new TreeMap<>();
        methods.forEach((key, method) -> {
            Object bean = beanOf(method);
            Access expected = expected(key);
            EnumSet<Caller> in = EnumSet.noneOf(Caller.class);
            for (Caller caller : Caller.values()) {
                if (admits(bean, method, caller)) {
                    in.add(caller);
                }
            }
            admitted.put(key, in);
            if (!in.equals(expected.allowed)) {
                wrong.add(key + ": expected " + expected + " " + expected.allowed + " but admitted " + in);
            }
        });
        assertThat(wrong).as("methods whose access differs from this test's lists").isEmpty();
        // The lists name only what exists, and every read is really reachable by a reviewer.
        var names = new TreeSet<String>();
        methods.keySet().forEach(key -> names.add(name(key)));
        var listed = new TreeSet<String>();
        listed.addAll(PUBLIC.keySet());
        listed.addAll(SIGNED_IN);
        listed.addAll(READS);
        listed.addAll(PRACTICE_LEAD_ONLY);
        assertThat(names).containsAll(listed);
        READS.forEach(read -> assertThat(admitted.entrySet().stream()
                .filter(entry -> name(entry.getKey()).equals(read))
                .allMatch(entry -> entry.getValue().contains(Caller.REVIEWER))).as(read).isTrue());
        assertThat(admitted.values().stream().filter(in -> in.contains(Caller.REVIEWER)).count())
                .as("methods a reviewer may call").isEqualTo(
                        methods.keySet().stream().map(AccessMatrixTest::name)
                                .filter(name -> READS.contains(name) || SIGNED_IN.contains(name)
                                        || PUBLIC.containsKey(name)).count());
    }

    @Test
    void aReviewerChangesNothing() {
        List<String> changes = serviceMethods().entrySet().stream()
                .filter(entry -> expected(entry.getKey()) == Access.CHANGE
                        || expected(entry.getKey()) == Access.PRACTICE_LEAD)
                .filter(entry -> admits(beanOf(entry.getValue()), entry.getValue(), Caller.REVIEWER))
                .map(Map.Entry::getKey).toList();
        assertThat(changes).isEmpty();
        // A handful of changes named outright, so the list above cannot be empty by mistake.
        var methods = serviceMethods().keySet().stream().map(AccessMatrixTest::name).toList();
        assertThat(methods).contains("PatientService.register", "LabService.saveReport", "HandoutService.generate",
                "LifestyleService.record", "RestartProtocolService.plan", "AssessmentService.refreshSummary");
    }

    @Test
    void everyRouteAdmitsWhoeverItShould() {
        var checker = new AccessAnnotationChecker();
        Map<String, Class<?>> routes = new TreeMap<>();
        RouteConfiguration.forApplicationScope().getAvailableRoutes()
                .forEach(route -> routes.put(route.getTemplate(), route.getNavigationTarget()));
        assertThat(routes.keySet()).as("every route has an entry, every entry a route")
                .containsExactlyInAnyOrderElementsOf(ROUTES.keySet());
        List<String> wrong = new ArrayList<>();
        routes.forEach((path, view) -> {
            EnumSet<Caller> in = EnumSet.noneOf(Caller.class);
            for (Caller caller : Caller.values()) {
                Authentication who = authentication(caller);
                Principal principal = who == null || who instanceof AnonymousAuthenticationToken ? null : who;
                Set<String> roles = who == null ? Set.of() : AuthorityUtils.authorityListToSet(who.getAuthorities());
                if (checker.hasAccess(view, principal, role -> roles.contains("ROLE_" + role))) {
                    in.add(caller);
                }
            }
            Access expected = ROUTES.get(path);
            if (!in.equals(expected.allowed)) {
                wrong.add("/" + path + " (" + view.getSimpleName() + "): expected " + expected + " but admits " + in);
            }
        });
        assertThat(wrong).isEmpty();
    }

    private Map<String, Method> serviceMethods() {
        Map<String, Method> methods = new TreeMap<>();
        context.getBeansWithAnnotation(Service.class).values().stream()
                .map(AopUtils::getTargetClass)
                .filter(type -> type.getPackageName().startsWith("com.hpgdesk"))
                .forEach(type -> Arrays.stream(type.getDeclaredMethods())
                        .filter(method -> Modifier.isPublic(method.getModifiers())
                                && !Modifier.isStatic(method.getModifiers())
                                && !method.isSynthetic() && !method.isBridge())
                        .sorted(Comparator.comparing(Method::toGenericString))
                        .forEach(method -> methods.put(type.getSimpleName() + "." + method.getName()
                                + Arrays.toString(method.getParameterTypes()), method)));
        return methods;
    }

    private Object beanOf(Method method) {
        return context.getBeansWithAnnotation(Service.class).values().stream()
                .filter(bean -> AopUtils.getTargetClass(bean).equals(method.getDeclaringClass()))
                .findFirst().orElseThrow();
    }

    private static String name(String key) {
        return key.substring(0, key.indexOf('['));
    }

    private static Access expected(String key) {
        String name = name(key);
        if (PUBLIC.containsKey(name)) {
            return Access.PUBLIC;
        }
        if (SIGNED_IN.contains(name)) {
            return Access.SIGNED_IN;
        }
        if (READS.contains(name)) {
            return Access.READ;
        }
        return PRACTICE_LEAD_ONLY.contains(name) ? Access.PRACTICE_LEAD : Access.CHANGE;
    }

    /** Calls the method as the caller; true when method security let the call in. */
    private static boolean admits(Object bean, Method method, Caller caller) {
        var securityContext = SecurityContextHolder.createEmptyContext();
        Authentication who = authentication(caller);
        if (who != null) {
            securityContext.setAuthentication(who);
        }
        SecurityContextHolder.setContext(securityContext);
        try {
            method.setAccessible(true);
            method.invoke(bean, emptyArguments(method));
            return true;
        } catch (InvocationTargetException thrown) {
            Throwable cause = thrown.getCause();
            return !(cause instanceof AccessDeniedException
                    || cause instanceof AuthenticationCredentialsNotFoundException);
        } catch (IllegalAccessException impossible) {
            throw new AssertionError(impossible);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static Object[] emptyArguments(Method method) {
        return Arrays.stream(method.getParameterTypes()).map(AccessMatrixTest::empty).toArray();
    }

    private static Object empty(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == char.class) {
            return '\0';
        }
        Map<Class<?>, Object> zeros = new LinkedHashMap<>();
        zeros.put(byte.class, (byte) 0);
        zeros.put(short.class, (short) 0);
        zeros.put(int.class, 0);
        // Record ids start at 1, so 0 names nothing and no change can find anything to change.
        zeros.put(long.class, 0L);
        zeros.put(float.class, 0f);
        zeros.put(double.class, 0d);
        return zeros.get(type);
    }

    static Authentication authentication(Caller caller) {
        return switch (caller) {
            case NOBODY -> null;
            case ANONYMOUS -> new AnonymousAuthenticationToken("matrix", "anonymousUser",
                    AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
            case REVIEWER -> signedIn(Role.REVIEWER);
            case CLINICIAN -> signedIn(Role.CLINICIAN);
            case PRACTICE_LEAD -> signedIn(Role.ADMIN);
        };
    }

    private static Authentication signedIn(Role role) {
        return UsernamePasswordAuthenticationToken.authenticated("matrix-" + role.name().toLowerCase(), null,
                AccountUserDetailsService.authoritiesOf(role));
    }
}
