package org.ammreader.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.concurrent.Executors;
import javafx.concurrent.Task;
import javafx.print.PrinterJob;
import javafx.scene.control.Alert;
import javafx.scene.control.Dialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
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
    void dialogsOnlyInsideTheDialogService() {
        // The service's implementation is package ui itself (FxDialogService with its ProblemReport and
        // ExportPngDialog); everything else asks it, so that tests can answer instead of a person.
        noClasses().that().resideOutsideOfPackage("org.ammreader.ui")
                .should().callConstructor(Alert.class, Alert.AlertType.class)
                .orShould().callConstructorWhere(target(owner(assignableTo(Dialog.class))))
                .orShould().callConstructorWhere(target(owner(assignableTo(FileChooser.class))))
                .orShould().callConstructorWhere(target(owner(assignableTo(DirectoryChooser.class))))
                .orShould().callMethod(PrinterJob.class, "showPrintDialog", Window.class)
                .orShould().callMethod(PrinterJob.class, "showPageSetupDialog", Window.class)
                .check(classes);
    }

    @Test
    void onlyTheCommandLineWritesToTheConsole() {
        // Launcher hands System.out and System.err to the command line; the crash reporter writes to standard
        // error only when even its log file cannot be written, the last place a report can go.
        noClasses().that().resideOutsideOfPackage("org.ammreader.cli")
                .and().doNotHaveFullyQualifiedName("org.ammreader.app.Launcher")
                .and().doNotHaveFullyQualifiedName("org.ammreader.app.CrashReporter")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(classes);
    }

    @Test
    void threadsOnlyInTheBackgroundRunner() {
        // FxBackgroundWork runs the work of the window; Preload reads the start-up files in main, before JavaFX
        // (and so before any runner) exists.
        noClasses().that().doNotHaveFullyQualifiedName("org.ammreader.ui.FxBackgroundWork")
                .and().doNotHaveFullyQualifiedName("org.ammreader.app.Preload")
                .should().callConstructorWhere(target(owner(assignableTo(Thread.class))))
                .orShould().dependOnClassesThat().haveFullyQualifiedName(Executors.class.getName())
                .orShould().dependOnClassesThat().areAssignableTo(Task.class)
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.ammreader.(*)..").should().beFreeOfCycles().check(classes);
    }
}
