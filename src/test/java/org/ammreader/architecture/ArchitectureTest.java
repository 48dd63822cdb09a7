package org.ammreader.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
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
        // Only the dependency-free rules of org.ammreader.color (docs/adr/0009): texts and colours come through
        // the control's adapter and style.
        noClasses().that().resideInAPackage("org.ammreader.control.timeline..")
                .should().dependOnClassesThat(resideInAPackage("org.ammreader..")
                        .and(not(resideInAnyPackage("org.ammreader.control.timeline..", "org.ammreader.color.."))))
                .check(classes);
    }

    @Test
    void theSharedRulesDependOnNothing() {
        classes().that().resideInAPackage("org.ammreader.color..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.ammreader.color..")
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
