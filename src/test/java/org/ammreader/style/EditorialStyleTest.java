package org.ammreader.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled week and every interface bundle read as a Paris desk and a British copy desk would read them. */
class EditorialStyleTest {

    private static final Path MODEL = Path.of("assets/models/amm52-bangkok-2019.json");
    private static final Path RESOURCES = Path.of("src/main/resources");

    @Test
    void theBundledWeekHasNothingAnEditorWouldStrike() throws IOException {
        List<String> faults = StyleChecker.checkModel(MODEL);
        assertEquals(List.of(), faults, String.join("\n", faults));
    }

    @Test
    void noInterfaceBundleHasAnythingAnEditorWouldStrike() throws IOException {
        List<Path> bundles;
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            bundles = files.filter(f -> f.toString().endsWith(".properties")).sorted().toList();
        }
        assertTrue(bundles.stream().anyMatch(f -> f.toString().endsWith("messages_fr.properties")), "bundles found");
        List<String> faults = new ArrayList<>();
        for (Path bundle : bundles) {
            faults.addAll(StyleChecker.checkBundle(bundle));
        }
        assertEquals(List.of(), faults, String.join("\n", faults));
    }

    @Test
    void oneTypewriterApostropheInFrenchFailsWithItsFileLineAndPointer(@TempDir Path dir) throws IOException {
        Path model = dir.resolve("week.json");
        Files.writeString(model, """
                {
                  "title": {
                    "en": "The ministers’ week",
                    "fr": "La semaine des ministres de l'ASEAN"
                  }
                }
                """, StandardCharsets.UTF_8);
        assertEquals(List.of(model + ":4: /title/fr: a typewriter apostrophe at “nistres de l'ASEAN”; expected ’"),
                StyleChecker.checkModel(model));
    }

    @Test
    void aBundleFaultNamesTheFileTheLineAndTheKey(@TempDir Path dir) throws IOException {
        Path bundle = dir.resolve("messages_fr.properties");
        Files.writeString(bundle, "# commentaire\nok=Réglages\u00A0: rien\nbad=Réglages : {0}\n", StandardCharsets.UTF_8);
        assertEquals(List.of(bundle + ":3: bad: an ordinary space before “:” at “Réglages : {0}”; expected a no-break"
                + " space (U+00A0 or U+202F)"), StyleChecker.checkBundle(bundle));
    }

    @Test
    void frenchPunctuationDatesAndTitlesNeedNoBreakSpaces() {
        assertEquals(1, FrenchTypography.faults("Ordre du jour : la sécurité").size());
        assertEquals(1, FrenchTypography.faults("Vraiment?").size());
        assertEquals(2, FrenchTypography.faults("le thème « durabilité »").size());
        assertEquals(1, FrenchTypography.faults("M. Pompeo est arrivé").size());
        assertEquals(1, FrenchTypography.faults("le 1er août 2019").size());
        assertEquals(1, FrenchTypography.faults("le 30 juillet").size());
        assertEquals(1, FrenchTypography.faults("vers 10 h").size());
        assertEquals(1, FrenchTypography.faults("à 16\u00A0h 30").size());
        assertEquals(List.of(), FrenchTypography.faults(
                "Le 1er\u00A0août, à 9\u00A0h\u00A010, M.\u00A0Pompeo a dit\u00A0: «\u00A0oui\u00A0»\u202F; https://x.fr/a?b=1"));
        assertEquals(List.of(), FrenchTypography.faults("un article de NOW! Jakarta"), "a name as its owner writes it");
    }

    @Test
    void englishDateFormsAndTypewriterQuotesAreNotFrench() {
        assertTrue(FrenchTypography.faults("le 1st août").get(0).contains("English ordinal"));
        assertTrue(FrenchTypography.faults("le August 1").get(0).contains("English month"));
        assertTrue(FrenchTypography.faults("le \"code\"").get(0).contains("typewriter quote"));
    }

    @Test
    void americanSpellingsAreFlaggedWithTheirBritishForm() {
        assertEquals(List.of("the American spelling “program”; expected the British “programme”"),
                BritishSpelling.faults("the aid program"));
        assertEquals(List.of("the American spelling “recognized”; expected the British “recognised”"),
                BritishSpelling.faults("They recognized it"));
        assertEquals(1, BritishSpelling.faults("work toward it").size());
        assertEquals(1, BritishSpelling.faults("the organization").size());
        assertEquals(List.of(), BritishSpelling.faults(
                "The Department of Defense and “A Decade Toward the Green Mekong” keep their names; a size, a prize."));
    }
}
