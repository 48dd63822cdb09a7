package org.ammreader.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.util.Optional;
import org.ammreader.i18n.Messages;
import org.ammreader.io.JsonMappers;
import org.ammreader.io.ModelException;
import org.ammreader.io.ModelLoader;
import org.ammreader.model.Model;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MeetingFormatTest {

    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static Model model;

    @BeforeAll
    static void load() throws ModelException {
        model = new ModelLoader(JsonMappers.create()).loadBundled();
    }

    @Test
    void writesTheOpeningInEnglishAndFrench() {
        var opening = model.meeting("amm52-opening").orElseThrow();
        assertEquals("Wednesday 31 July 2019 · from 09:10 (ICT, UTC+7); end not reported",
                new MeetingFormat(Messages.forLanguage("en"), BANGKOK, BANGKOK).when(opening));
        assertEquals("mercredi 31 juillet 2019 · à partir de 9 h 10 (ICT, UTC+7)\u00a0; fin non communiquée",
                new MeetingFormat(Messages.forLanguage("fr"), BANGKOK, BANGKOK).when(opening));
    }

    @Test
    void givesTheUsersOwnTimeWhenTheirZoneDiffers() {
        var opening = model.meeting("amm52-opening").orElseThrow();
        assertEquals(Optional.empty(), new MeetingFormat(Messages.forLanguage("en"), BANGKOK, BANGKOK).inUserZone(opening));
        assertEquals(Optional.of("Your time: 04:10 (CEST, UTC+2)"),
                new MeetingFormat(Messages.forLanguage("en"), BANGKOK, PARIS).inUserZone(opening));
    }

    @Test
    void saysWhenTheTimeIsNotKnownAndNamesBothDaysOfALongMeeting() {
        var aseanEu = model.meeting("asean-eu-pmc").orElseThrow();
        assertEquals("Thursday 1 August 2019 · time not reported",
                new MeetingFormat(Messages.forLanguage("en"), BANGKOK, BANGKOK).when(aseanEu));
        assertEquals("jeudi 1er août 2019 · heure non communiquée",
                new MeetingFormat(Messages.forLanguage("fr"), BANGKOK, BANGKOK).when(aseanEu));
        var aichr = model.meeting("aichr-special").orElseThrow();
        assertEquals("Monday 29 July 2019 to Thursday 1 August 2019 · time not reported",
                new MeetingFormat(Messages.forLanguage("en"), BANGKOK, BANGKOK).when(aichr));
    }
}
