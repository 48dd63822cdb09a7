package org.ammreader.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Problems are told in the language asked for, whatever the system's language. */
class ProblemLanguageTest {

    @Test
    void englishAskedOnAFrenchSystemIsEnglish() {
        Locale system = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRENCH);
            Problem problem = Problem.at("/meetings/1/confidence", "problem.confidence", "certain");
            assertEquals("unknown confidence \"certain\"; expected confirmed, single-source, disputed or unverified",
                    new ProblemFormatter(Locale.ENGLISH).message(problem));
            String french = new ProblemFormatter(Locale.FRENCH).message(problem);
            assertEquals(true, french.startsWith("fiabilité inconnue"), french);
        } finally {
            Locale.setDefault(system);
        }
    }
}
