package dev.spindle;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.spindle.cli.Main;
import java.net.URL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package arrows of DESIGN.md, checked on the compiled main classes:
 *
 * <pre>
 *   lang.syntax  <-  lang.types  <-  lang.compile  <-  vm  <-  runtime  <-  app / cli
 *   trace and runtime.spi (the engine's interface for the VM): depend on nothing of ours;
 *   vm may use runtime.spi (it implements it) but nothing else of runtime;
 *   scenario: lang (to check lessons) and trace (narration patterns match events); app may use everything;
 *   cli: everything but the app's views; JavaFX: only in app.
 * </pre>
 *
 * Each rule allows an empty "should" so that it holds while a package has no classes yet;
 * the first test makes sure the import itself found the classes, so that the rules cannot
 * pass by seeing nothing.
 */
class ArchitectureTest {
    private static final String SYNTAX = "dev.spindle.lang.syntax..";
    private static final String TYPES = "dev.spindle.lang.types..";
    private static final String COMPILE = "dev.spindle.lang.compile..";
    private static final String VM = "dev.spindle.vm..";
    private static final String RUNTIME = "dev.spindle.runtime..";
    private static final String RUNTIME_SPI = "dev.spindle.runtime.spi..";
    private static final String TRACE = "dev.spindle.trace..";
    private static final String SCENARIO = "dev.spindle.scenario..";
    private static final String APP = "dev.spindle.app..";
    private static final String CLI = "dev.spindle.cli..";

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        // The main classes' own output directory (target/classes): exactly our classes, and
        // much faster than scanning the module path and the JDK for the package.
        URL mainClasses = Main.class.getProtectionDomain().getCodeSource().getLocation();
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importUrl(mainClasses);
    }

    @Test
    void theImportSeesTheMainClasses() {
        assertThat(classes.contain("dev.spindle.cli.Main")).isTrue();
        assertThat(classes.contain("dev.spindle.app.SpindleApp")).isTrue();
        assertThat(classes.contain(ArchitectureTest.class)).as("tests are not main classes").isFalse();
    }

    @Test
    void onlyTheAppUsesJavaFx() {
        check(noClasses().that().resideOutsideOfPackage(APP)
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .because("the engine never touches JavaFX (DESIGN.md)"));
    }

    @Test
    void viewModelsAreWithoutScenesAndNodes() {
        check(noClasses().that().resideInAPackage("dev.spindle.app.model..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .because("view models are plain Java, testable without a window (STYLE.md)"));
    }

    @Test
    void theTimelinesHistoryIsPlainJava() {
        check(noClasses().that().resideInAPackage("dev.spindle.app.history..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .because("the timeline's index is a fold of the log, tested without a window"));
    }

    @Test
    void syntaxDependsOnNothingOfOurs() {
        check(noClasses().that().resideInAPackage(SYNTAX)
                .should().dependOnClassesThat().resideInAnyPackage(TYPES, COMPILE, VM, RUNTIME, TRACE, SCENARIO, APP, CLI));
    }

    @Test
    void typesUseOnlySyntax() {
        check(noClasses().that().resideInAPackage(TYPES)
                .should().dependOnClassesThat().resideInAnyPackage(COMPILE, VM, RUNTIME, TRACE, SCENARIO, APP, CLI));
    }

    @Test
    void compileUsesOnlyLang() {
        check(noClasses().that().resideInAPackage(COMPILE)
                .should().dependOnClassesThat().resideInAnyPackage(VM, RUNTIME, TRACE, SCENARIO, APP, CLI));
    }

    @Test
    void vmDoesNotReachUp() {
        check(noClasses().that().resideInAPackage(VM)
                .should().dependOnClassesThat(resideInAnyPackage(RUNTIME, TRACE, SCENARIO, APP, CLI)
                        .and(resideOutsideOfPackage(RUNTIME_SPI)))
                .because("the vm implements the engine's interface (runtime.spi) and knows nothing else of it"));
    }

    @Test
    void runtimeSpiDependsOnNothingOfOurs() {
        check(noClasses().that().resideInAPackage(RUNTIME_SPI)
                .should().dependOnClassesThat(resideInAPackage("dev.spindle..").and(resideOutsideOfPackage(RUNTIME_SPI)))
                .because("runtime.spi is a leaf: the vm can implement it without an arrow vm -> runtime"));
    }

    @Test
    void runtimeDoesNotReachUp() {
        check(noClasses().that().resideInAPackage(RUNTIME)
                .should().dependOnClassesThat().resideInAnyPackage(SCENARIO, APP, CLI));
    }

    @Test
    void traceDependsOnNothingOfOurs() {
        check(noClasses().that().resideInAPackage(TRACE)
                .should().dependOnClassesThat(resideInAPackage("dev.spindle..").and(resideOutsideOfPackage(TRACE)))
                .because("trace is the engine's output format; everything reads it, it reads nothing"));
    }

    @Test
    void scenarioUsesOnlyLangAndTrace() {
        check(noClasses().that().resideInAPackage(SCENARIO)
                .should().dependOnClassesThat().resideInAnyPackage(VM, RUNTIME, APP, CLI)
                .because("a lesson is checked by the front end and its narration matches the engine's events"));
    }

    @Test
    void cliDoesNotUseTheAppsViews() {
        check(noClasses().that().resideInAPackage(CLI)
                .should().dependOnClassesThat(resideInAPackage(APP).and(resideOutsideOfPackage("dev.spindle.app.model..")))
                .because("the command line runs without a window; at most it shares the app's plain-Java models"));
    }

    @Test
    void nothingButTheAppAndTheCliUsesTheApp() {
        check(noClasses().that().resideOutsideOfPackages(APP, CLI)
                .should().dependOnClassesThat().resideInAPackage(APP));
    }

    private static void check(ArchRule rule) {
        rule.allowEmptyShould(true).check(classes);
    }
}
