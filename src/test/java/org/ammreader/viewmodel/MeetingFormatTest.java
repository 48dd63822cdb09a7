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
        assertEquals("mercredi 31 juillet 2019 · à partir de 9\u00a0h\u00a010 (ICT, UTC+7)\u00a0; fin non communiquée",
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

    @Test
    void writesAnApproximateTimeAPartOfTheDayAndADisputedTime() {
        MeetingFormat english = new MeetingFormat(Messages.forLanguage("en"), BANGKOK, BANGKOK);
        MeetingFormat french = new MeetingFormat(Messages.forLanguage("fr"), BANGKOK, BANGKOK);
        var japan = model.meeting("asean-japan-pmc").orElseThrow();
        assertEquals("Thursday 1 August 2019 · about 10:00 (about 1 h) (ICT, UTC+7)", english.when(japan));
        assertEquals("jeudi 1er août 2019 · vers 10\u00a0h (environ 1\u00a0h) (ICT, UTC+7)", french.when(japan));
        var china = model.meeting("asean-china-pmc").orElseThrow();
        assertEquals("Wednesday 31 July 2019 · afternoon (ICT, UTC+7)", english.when(china));
        assertEquals("après-midi", french.timeOfDay(china));
        var arf = model.meeting("arf-26").orElseThrow();
        assertEquals("disputed: about 15:00 (about 3 h 30 min) or 14:00", english.timeOfDay(arf));
        assertEquals("heure contestée\u00a0: vers 15\u00a0h (environ 3\u00a0h\u00a030) ou 14\u00a0h", french.timeOfDay(arf));
        assertEquals("time not reported", english.timeOfDay(model.meeting("asean-eu-pmc").orElseThrow()));
    }

    @Test
    void givesTheUsersOwnTimeForEveryPrecision() {
        MeetingFormat paris = new MeetingFormat(Messages.forLanguage("en"), BANGKOK, PARIS);
        assertEquals(Optional.of("Your time: about 05:00 (about 1 h) (CEST, UTC+2)"),
                paris.inUserZone(model.meeting("asean-japan-pmc").orElseThrow()));
        assertEquals(Optional.of("Your time: about 07:00\u201313:00 (CEST, UTC+2)"),
                paris.inUserZone(model.meeting("asean-china-pmc").orElseThrow()));
        assertEquals(Optional.of("Your time: disputed: about 10:00 (about 3 h 30 min) or 09:00 (CEST, UTC+2)"),
                paris.inUserZone(model.meeting("arf-26").orElseThrow()));
        MeetingFormat newYork = new MeetingFormat(Messages.forLanguage("fr"), BANGKOK, ZoneId.of("America/New_York"));
        assertEquals(Optional.of("Chez vous\u00a0: 30 juillet 2019, 22\u00a0h\u00a010 (EDT, UTC\u22124)"),
                newYork.inUserZone(model.meeting("amm52-opening").orElseThrow()));
        assertEquals(Optional.empty(), paris.inUserZone(model.meeting("asean-eu-pmc").orElseThrow()));
    }
}
