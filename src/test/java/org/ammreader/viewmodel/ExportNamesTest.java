package org.ammreader.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.ammreader.filter.AreaFilter;
import org.ammreader.model.Model;
import org.junit.jupiter.api.Test;

class ExportNamesTest {

    private final Model week = ReaderModels.bundled();

    @Test
    void theNameSaysModelFilterAndLanguage() {
        assertEquals("amm52-bangkok-2019-all-en.png", ExportNames.of(week, AreaFilter.ALL, "en", "png"));
        assertEquals("amm52-bangkok-2019-maritime-fr.pdf",
                ExportNames.of(week, AreaFilter.of(List.of("maritime")), "fr", "pdf"));
        assertEquals("amm52-bangkok-2019-none-en.ics", ExportNames.of(week, AreaFilter.NONE, "en", "ics"));
    }

    @Test
    void areasGoInTheModelsOrderAndPastThreeAreCounted() {
        assertEquals("amm52-bangkok-2019-cyber-maritime-en.png",
                ExportNames.of(week, AreaFilter.of(List.of("maritime", "cyber")), "en", "png"));
        assertEquals("amm52-bangkok-2019-cyber-ctvex-tnc-and-2-more-en.png", ExportNames.of(week,
                AreaFilter.of(List.of("climate", "maritime", "tnc", "ctvex", "cyber")), "en", "png"));
    }
}
