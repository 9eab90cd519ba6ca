package com.hpgdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.event.EventListener;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

/** Keeps the shape the README describes: views call services, clinical logic stays plain Java. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.hpgdesk");
    }

    /**
     * Every top-level package (audit, base, chart, demo, lab, lifestyle, patient, protocol, security, and any
     * added later) with its sub-packages is one slice; no slice may reach itself again through others.
     * Class files only show real uses: a compile-time constant such as {@code Role.ADMIN_NAME} in an
     * annotation is copied in by the compiler and leaves no dependency to see.
     */
    @Test
    void featuresDoNotDependOnEachOtherInCircles() {
        slices().matching("com.hpgdesk.(*)..").should().beFreeOfCycles().check(classes);
    }

    /** The patient page hosts the tabs of other features through {@code PatientTab}; it never names them. */
    @Test
    void thePatientFeatureNeverReachesIntoTheFeaturesItHosts() {
        noClasses().that().resideInAPackage("com.hpgdesk.patient..")
                .should().dependOnClassesThat().resideInAnyPackage("com.hpgdesk.lab..", "com.hpgdesk.lifestyle..",
                        "com.hpgdesk.protocol..", "com.hpgdesk.assessment..", "com.hpgdesk.handout..",
                        "com.hpgdesk.review..", "com.hpgdesk.demo..")
                .check(classes);
    }

    /** The shared kernel (refusals, the shell, shared UI pieces) is used by every feature and uses none. */
    @Test
    void theSharedKernelDependsOnNoFeature() {
        noClasses().that().resideInAPackage("com.hpgdesk.base..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("com.hpgdesk..")
                        .and(JavaClass.Predicates.resideOutsideOfPackage("com.hpgdesk.base..")))
                .check(classes);
    }

    @Test
    void viewsNeverTouchRepositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(classes);
    }

    @Test
    void clinicalCalculationsAreFreeOfSpringVaadinAndJpa() {
        noClasses().that().resideInAnyPackage("com.hpgdesk.lab", "com.hpgdesk.lab.importer", "com.hpgdesk.chart",
                        "com.hpgdesk.assessment.curve", "com.hpgdesk.assessment.engine")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..",
                        "jakarta.persistence..")
                .check(classes);
    }

    @Test
    void theAuditTrailDependsOnNoFeatureThatRecordsIntoIt() {
        noClasses().that().resideInAPackage("com.hpgdesk.audit..")
                .should().dependOnClassesThat().resideInAnyPackage("com.hpgdesk.patient..", "com.hpgdesk.lab..",
                        "com.hpgdesk.protocol..", "com.hpgdesk.lifestyle..")
                .check(classes);
    }

    @Test
    void repositoriesStayInsideTheirFeature() {
        classes().that().areAssignableTo(Repository.class).should().notBePublic().check(classes);
    }

    /**
     * Services the sign-in itself needs before anyone is signed in, each with its reason. Anything else that is a
     * service states who may call it.
     */
    private static final java.util.Map<String, String> SERVICES_WITHOUT_CHECKS = java.util.Map.of(
            "com.hpgdesk.security.AccountUserDetailsService",
            "loads the account being signed in, for PasswordSignIn, before there is anyone to check");

    /**
     * Every service, public or package-private, declares {@code @PreAuthorize} (directly or through a
     * meta-annotation such as {@code @SeesRecords}) on the class or on every non-private method another class
     * can call. Methods only the framework calls (event listeners, shutdown hooks) and static methods, which no proxy checks, are
     * left out.
     */
    @Test
    void everyServiceStatesWhoMayCallIt() {
        classes().that().areAnnotatedWith(Service.class).should(stateWhoMayCallThem(SERVICES_WITHOUT_CHECKS))
                .check(classes);
    }

    /**
     * Components no user calls, each with its reason: the framework calls them (listeners, start-up work), or they
     * serve the sign-in or the session of whoever is signed in. Any other component states who may call it, as a
     * service does: a component another class calls with patient data is checked like one.
     */
    private static final java.util.Map<String, String> COMPONENTS_WITHOUT_CHECKS = java.util.Map.ofEntries(
            java.util.Map.entry("com.hpgdesk.assessment.SummaryRefresh",
                    "listens for committed changes and refreshes summaries as the system actor"),
            java.util.Map.entry("com.hpgdesk.audit.AuditChainAnchor",
                    "writes the chain head outside the database on a schedule and at shutdown"),
            java.util.Map.entry("com.hpgdesk.review.ReviewThresholds", "settings only, no patient data"),
            java.util.Map.entry("com.hpgdesk.handout.ui.HandoutBatchNoticeReopening",
                    "a UI listener; the batch service it calls checks the signed-in user"),
            java.util.Map.entry("com.hpgdesk.patient.V10_1__Refold_patient_search_names",
                    "a Flyway migration, run before anyone can sign in"),
            java.util.Map.entry("com.hpgdesk.demo.DemoData", "seeds the demo practice at start-up (demo profile)"),
            java.util.Map.entry("com.hpgdesk.security.ui.PasswordChangeGuard",
                    "a navigation listener that sends a user who must change his password to that page"),
            java.util.Map.entry("com.hpgdesk.security.ui.SessionEndedRedirect",
                    "a navigation listener that tells why a session ended"),
            java.util.Map.entry("com.hpgdesk.security.LoginAttemptTracker",
                    "counts sign-in attempts, before there is anyone to check"),
            java.util.Map.entry("com.hpgdesk.security.InitialAdminAccount", "creates the first account at start-up"),
            java.util.Map.entry("com.hpgdesk.security.CurrentUser", "tells about whoever is signed in, to himself"),
            java.util.Map.entry("com.hpgdesk.security.PasswordSignIn",
                    "checks a password, before there is anyone to check"));

    @Test
    void everyComponentStatesWhoMayCallItOrWhyNot() {
        classes().that().areAnnotatedWith(Component.class).should(stateWhoMayCallThem(COMPONENTS_WITHOUT_CHECKS))
                .check(classes);
    }

    @Test
    void theComponentsLeftUncheckedAreStillComponents() {
        COMPONENTS_WITHOUT_CHECKS.keySet().forEach(name -> org.assertj.core.api.Assertions
                .assertThat(classes.get(name).isAnnotatedWith(Component.class)).as(name).isTrue());
    }

    private static com.tngtech.archunit.lang.ArchCondition<JavaClass> stateWhoMayCallThem(
            java.util.Map<String, String> exempt) {
        var annotation = org.springframework.security.access.prepost.PreAuthorize.class;
        return new com.tngtech.archunit.lang.ArchCondition<>("declare @PreAuthorize on the class or on every "
                + "non-private method") {
            @Override
            public void check(JavaClass type, com.tngtech.archunit.lang.ConditionEvents events) {
                if (type.isMetaAnnotatedWith(annotation) || exempt.containsKey(type.getName())) {
                    return;
                }
                type.getMethods().stream()
                        .filter(method -> !method.getModifiers().contains(JavaModifier.PRIVATE)
                                && !method.getModifiers().contains(JavaModifier.STATIC)
                                && !method.getModifiers().contains(JavaModifier.SYNTHETIC)
                                && !method.getModifiers().contains(JavaModifier.BRIDGE))
                        .filter(method -> !method.isMetaAnnotatedWith(EventListener.class)
                                && !method.isMetaAnnotatedWith(jakarta.annotation.PreDestroy.class))
                        .filter(method -> !method.isMetaAnnotatedWith(annotation))
                        .forEach(method -> events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(
                                method, method.getFullName() + " has no @PreAuthorize")));
            }
        };
    }

    @Test
    void theServicesLeftUncheckedAreStillServices() {
        SERVICES_WITHOUT_CHECKS.keySet().forEach(name -> org.assertj.core.api.Assertions
                .assertThat(classes.get(name).isAnnotatedWith(Service.class)).as(name).isTrue());
    }
}
