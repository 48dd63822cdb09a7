package org.ammreader.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.ammreader.io.JsonMappers;
import org.ammreader.io.ModelException;
import org.ammreader.io.ModelLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled week after the content review (docs/adr/0012): each test pins a fact the review found wrong,
 * unsupported or missing, as the reader sees it in the model.
 */
class CorrectedContentTest {

    private static final String BANGKOK_POST =
            "https://www.bangkokpost.com/thailand/general/1719643/bangkok-gears-up-to-host-asean-foreign-minister-meetings";
    private static final String EMBASSY_TRANSCRIPT =
            "https://th.usembassy.gov/secretary-of-state-michael-r-pompeo-on-the-u-s-in-asia-economic-engagement-for-good/";

    private static Model model;

    @BeforeAll
    static void load() throws ModelException {
        model = new ModelLoader(JsonMappers.create()).loadBundled();
    }

    private static Meeting meeting(String id) {
        return model.meeting(id).orElseThrow(() -> new AssertionError("no meeting " + id));
    }

    private static Fact fact(String id) {
        return model.facts().stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no fact " + id));
    }

    private static List<String> urls(List<Source> sources) {
        return sources.stream().map(Source::url).toList();
    }

    private static Stream<Source> allSources() {
        return Stream.of(model.meetings().stream().flatMap(m -> m.sources().stream()),
                model.documents().stream().flatMap(d -> d.sources().stream()),
                model.facts().stream().flatMap(f -> f.sources().stream())).flatMap(s -> s);
    }

    @Test
    void theSiamSocietySpeechIsConfirmedByTheEmbassyTranscript() {
        Meeting speech = meeting("pompeo-siam-society");
        assertEquals(Confidence.CONFIRMED, speech.confidence());
        assertFalse(speech.title().get("en").contains("planned"), speech.title().get("en"));
        Source transcript = speech.sources().get(0);
        assertEquals(EMBASSY_TRANSCRIPT, transcript.url());
        assertEquals("Secretary of State Michael R. Pompeo on the U.S. in Asia: Economic Engagement for Good",
                transcript.title().orElseThrow());
        assertEquals(3, speech.sources().size());
        assertTrue(speech.summary().get("en").contains("morning"), speech.summary().get("en"));
    }

    @Test
    void phamBinhMinhHasBothHisOfficesWhereverHeSpeaksOrChairs() {
        for (String id : List.of("courtesy-call-prayut", "asean-japan-pmc", "mgc-10")) {
            Meeting m = meeting(id);
            assertTrue(m.summary().get("en").contains("Deputy Prime Minister and Foreign Minister, Pham Binh Minh"), id);
            assertTrue(m.summary().get("fr").contains("vice-Premier ministre et ministre vietnamien des Affaires"
                    + " étrangères, Pham Binh Minh"), id);
        }
        assertTrue(meeting("mgc-10").chairs().get(0).get("en").contains("Deputy Prime Minister"));
    }

    @Test
    void theEuIsOneOfAseansOldestPartnersNotItsFirstDialoguePartner() {
        Fact partner = fact("eu-first-partner");
        for (String text : List.of(partner.label().get("en"), partner.value().get("en"))) {
            assertFalse(text.contains("first dialogue partner"), text);
        }
        assertTrue(partner.label().get("en").contains("one of ASEAN’s oldest partners"));
        assertTrue(partner.value().get("en").contains("1972") && partner.value().get("en").contains("1977"));
        assertFalse(partner.value().get("fr").contains("Premier partenaire"), partner.value().get("fr"));
    }

    @Test
    void theSeanwfzCommissionIsAKnownGapNotAMeeting() {
        assertTrue(model.meeting("seanwfz-commission").isEmpty());
        assertTrue(model.meetings().stream().noneMatch(m -> m.title().get("en").contains("SEANWFZ")));
        assertTrue(meeting("amm52-plenary").note().orElseThrow().get("en").startsWith("Known gap: the Commission"
                + " for the Treaty on the Southeast Asia Nuclear Weapon-Free Zone (SEANWFZ)"));
    }

    @Test
    void theAseanEuMeetingKeepsOnlyTheAreasItsSourcesSupport() {
        Meeting aseanEu = meeting("asean-eu-pmc");
        assertFalse(aseanEu.areas().contains("connect"), aseanEu.areas().toString());
        assertEquals(List.of("cyber", "architecture", "border", "ctvex", "tnc", "maritime", "climate", "env", "sdg",
                "trade"), aseanEu.areas());
        assertTrue(aseanEu.note().orElseThrow().get("en").contains("Connectivity is also likely"));
        assertTrue(aseanEu.summary().get("en").contains("She said it was her last such meeting with ASEAN before"
                + " the end of her term."));
        assertTrue(aseanEu.outcomes().get(1).get("fr").contains("allocution commune de l’ASEAN"));
    }

    @Test
    void theInterfaceDateIsCitedFromTheAichrSpecialMeetingRelease() {
        Meeting interfaceMeeting = meeting("amm-aichr-interface");
        assertEquals("https://asean.org/press-release-special-meeting-012019-aichr/",
                interfaceMeeting.sources().get(0).url());
        assertEquals(Confidence.SINGLE_SOURCE, interfaceMeeting.confidence());
    }

    @Test
    void sourcesAreNamedByTheirHeadlineOrAMarkedDescriptionAndNoMirrorIsCited() {
        assertTrue(allSources().noneMatch(s -> s.url().contains("boronfuelsource")), "no Xinhua mirror");
        assertEquals(List.of("Bangkok gears up to host Asean foreign minister meetings"), allSources()
                .filter(s -> s.url().equals(BANGKOK_POST)).map(s -> s.title().orElseThrow()).distinct().toList());
        Source thaiger = meeting("lavrov-bilateral").sources().get(1);
        assertTrue(thaiger.isDescribed());
        assertTrue(thaiger.shownTitle("en").startsWith("[The Thaiger’s preview"), thaiger.shownTitle("en"));
        assertTrue(allSources().filter(Source::isDescribed)
                .allMatch(s -> !s.description().orElseThrow().get("fr").isBlank()), "every description in French too");
        assertEquals("India: ministro Esteri in Thailandia domani e dopodomani per riunioni Asean, Eas e Mgc (3)",
                meeting("mgc-10").sources().get(2).title().orElseThrow());
    }

    @Test
    void confidenceFollowsTheSources() {
        assertTrue(urls(meeting("asean-japan-pmc").sources()).contains(
                "https://www.mofa.go.jp/mofaj/a_o/rp/page3_002818.html"), "MOFA Japan's record");
        assertEquals(Confidence.CONFIRMED, meeting("mekong-rok-9").confidence());
        assertEquals(2, meeting("mekong-rok-9").sources().size());
        assertEquals(Confidence.SINGLE_SOURCE, meeting("mekong-japan-12").confidence());
        assertEquals(Confidence.CONFIRMED, meeting("mgc-10").confidence());
        assertTrue(meeting("mgc-10").note().orElseThrow().get("en").contains("announcement overtaken by the record"));
        assertFalse(meeting("asean-som").note().orElseThrow().get("en").contains("Permanent Secretary"));
    }

    @Test
    void theDeclarationSaysWhatItsRenditionIsAndMatchesAcrossLanguages() {
        Document statement = model.document("asean-eu-cyber-statement").orElseThrow();
        String rendition = statement.rendition().get("en");
        assertTrue(rendition.startsWith("This is not the official text"), rendition);
        assertTrue(rendition.contains("four commitments that the Vietnam News Agency reported"), rendition);
        assertTrue(rendition.contains("may have more paragraphs"), rendition);
        assertFalse(rendition.contains("is published by"), rendition);
        assertTrue(statement.paragraphs().get(1).text().get("fr").contains("défis de sécurité"));
        assertTrue(statement.paragraphs().get(3).text().get("fr").contains("par l’intermédiaire des mécanismes"));
    }

    @Test
    void namesAndLabelsReadAsTheReviewAsked() {
        assertTrue(meeting("asean-russia-pmc").chairs().get(1).get("fr").startsWith("Sergueï Lavrov"));
        assertTrue(meeting("lavrov-bilateral").summary().get("fr").contains("Sergueï Lavrov"));
        Area ctvex = model.area("ctvex").orElseThrow();
        assertEquals("Counter-terrorism and violent extremism", ctvex.label().get("en"));
        assertEquals("Lutte contre le terrorisme et l’extrémisme violent", ctvex.label().get("fr"));
        assertEquals("Border management and irregular migration", model.area("border").orElseThrow().label().get("en"));
        assertEquals("Économie numérique et commerce électronique", model.area("digital").orElseThrow().label().get("fr"));
        assertEquals("Réunions du Mékong", model.track("mekong").orElseThrow().label().get("fr"));
        assertTrue(meeting("aichr-special").chairs().get(0).get("fr").contains("présidente de l’AICHR"));
        assertEquals("Publication de la déclaration de la présidence.", meeting("apt-fmm-20").outcomes().get(0).get("fr"));
        assertTrue(meeting("asean-canada-pmc").summary().get("en").contains("rules-based trade"));
        assertTrue(meeting("asean-india-pmc").chairs().get(0).get("fr").contains("Affaires extérieures"));
        assertTrue(fact("co-chairs").value().get("en").startsWith("Vivian Balakrishnan, Foreign Minister of Singapore,"
                + " ASEAN’s country coordinator"));
    }

    @Test
    void theThemeTheGuestsAndTheDisputesAreKeyFacts() {
        Fact chair = fact("chairmanship-theme");
        String chairmanship = chair.value().get("en");
        assertTrue(chairmanship.contains("“Advancing Partnership for Sustainability”"), chairmanship);
        assertEquals(Confidence.CONFIRMED, chair.confidence());
        for (String country : List.of("More than 30 countries", "Norway", "Peru", "Switzerland", "Turkey")) {
            assertTrue(chairmanship.contains(country), country);
        }
        assertTrue(meeting("amm52-opening").summary().get("en").contains("Norway, Peru, Switzerland and Turkey"));
        assertTrue(meeting("amm52-opening").note().orElseThrow().get("en").contains("Timor-Leste and Papua New Guinea"));
        for (String disputed : List.of("event-dates", "strategic-partnership")) {
            Fact f = fact(disputed);
            assertEquals(Confidence.DISPUTED, f.confidence(), disputed);
            assertTrue(f.note().isPresent(), disputed);
        }
        assertTrue(fact("event-dates").note().orElseThrow().get("en").contains("27 July to 2 August"));
        assertTrue(urls(fact("strategic-partnership").sources()).stream().anyMatch(u -> u.startsWith("https://mfa.gr/")));
        String arfNote = meeting("arf-26").note().orElseThrow().get("en");
        assertTrue(arfNote.contains("Wednesday 31 July and Friday 2 August") && arfNote.contains("“on Thursday”"), arfNote);
        assertTrue(fact("eu-fdi").value().get("en").contains("second-largest trading partner"));
        assertTrue(meeting("asean-eu-pmc").note().orElseThrow().get("en").contains("Mogherini also met"));
    }
}
