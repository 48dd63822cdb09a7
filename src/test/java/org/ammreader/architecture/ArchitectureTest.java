package org.ammreader.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency rules of the architecture (DESIGN §1), checked on the compiled classes. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.ammreader");
    }

    @Test
    void theModelKnowsNothingOfJavaFxOrJackson() {
        noClasses().that().resideInAPackage("org.ammreader.model..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.fasterxml..")
                .check(classes);
    }

    @Test
    void viewModelsKnowNothingOfTheSceneGraph() {
        noClasses().that().resideInAPackage("org.ammreader.viewmodel..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "org.ammreader.ui..")
                .check(classes);
    }

    @Test
    void theTimelineControlImportsNothingOfTheApplication() {
        noClasses().that().resideInAPackage("org.ammreader.control.timeline..")
                .should().dependOnClassesThat().resideInAnyPackage("org.ammreader.model..", "org.ammreader.viewmodel..",
                        "org.ammreader.ui..", "org.ammreader.io..", "org.ammreader.filter..", "org.ammreader.app..")
                .check(classes);
    }

    @Test
    void lowerLayersDoNotReachUp() {
        noClasses().that().resideInAnyPackage("org.ammreader.model..", "org.ammreader.io..", "org.ammreader.filter..")
                .should().dependOnClassesThat().resideInAnyPackage("org.ammreader.ui..", "org.ammreader.app..",
                        "org.ammreader.cli..", "org.ammreader.viewmodel..", "javafx..")
                .check(classes);
        noClasses().that().resideInAnyPackage("org.ammreader.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.ammreader.ui..", "org.ammreader.app..")
                .check(classes);
    }

    @Test
    void theBriefingIsLaidOutWithoutJavaFx() {
        // The command line writes the sheet with no display and no toolkit; preview and printing live in ui.briefing.
        noClasses().that().resideInAPackage("org.ammreader.briefing..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.ammreader.ui..")
                .check(classes);
    }

    @Test
    void theCommandLineStartsJavaFxButShowsNothing() {
        noClasses().that().resideInAPackage("org.ammreader.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "org.ammreader.ui..")
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.ammreader.(*)..").should().beFreeOfCycles().check(classes);
    }
}
