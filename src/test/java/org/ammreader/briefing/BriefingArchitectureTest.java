package org.ammreader.briefing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The sheet is laid out without JavaFX, so that the command line writes it with no display and no toolkit;
 * the window's preview and printing live in ui.briefing.
 */
class BriefingArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.ammreader");

    @Test
    void theBriefingPackageKnowsNothingOfJavaFx() {
        noClasses().that().resideInAPackage("org.ammreader.briefing..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.ammreader.ui..")
                .check(CLASSES);
    }

    @Test
    void theCommandLineKnowsNothingOfJavaFx() {
        noClasses().that().resideInAPackage("org.ammreader.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.ammreader.ui..")
                .check(CLASSES);
    }
}
