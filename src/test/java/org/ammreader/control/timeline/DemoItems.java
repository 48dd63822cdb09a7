package org.ammreader.control.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javafx.scene.paint.Color;

/** Test fixtures: a realistic conference week, and large random models for scale tests. */
final class DemoItems {

    static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    static final LocalDate FIRST_DAY = LocalDate.of(2019, 7, 29);
    static final LocalDate LAST_DAY = LocalDate.of(2019, 8, 3);
    static final List<TimelineLane> LANES = List.of(
            new TimelineLane("asean", "ASEAN"),
            new TimelineLane("pmc", "PMC+1"),
            new TimelineLane("eas", "APT / EAS / ARF"),
            new TimelineLane("mekong", "Mekong"),
            new TimelineLane("side", "Side events"));

    static final Color CYBER = Color.web("#1f77b4");
    static final Color TRADE = Color.web("#ff7f0e");
    static final Color MARITIME = Color.web("#2ca02c");
    static final Color SECURITY = Color.web("#d62728");
    static final Color ENVIRONMENT = Color.web("#9467bd");
    static final Color NEUTRAL = Color.web("#8c96a3");
    private static final Color[] PALETTE = {CYBER, TRADE, MARITIME, SECURITY, ENVIRONMENT, NEUTRAL,
        Color.web("#8c564b"), Color.web("#e377c2"), Color.web("#17becf"), Color.web("#bcbd22")};

    private DemoItems() {
    }

    /** The default style's font and column in the dark theme's colours. */
    static TimelineStyle darkStyle() {
        TimelineStyle light = TimelineStyle.defaults();
        return new TimelineStyle(Color.web("#181b20"), Color.web("#20242b"), Color.web("#1c2025"),
                Color.web("#353a43"), Color.web("#e6e9ee"), Color.web("#a0a8b4"), Color.web("#6f9cf0"),
                Color.web("#f0b323"), Color.web("#8a97a9"), light.font(), light.laneColumnWidth());
    }

    /** The categories of an item, from its colour: the area it stands for; none for the neutral grey. */
    static List<String> areasOf(Color color) {
        if (color.equals(CYBER)) {
            return List.of("cyber");
        }
        if (color.equals(TRADE)) {
            return List.of("trade");
        }
        if (color.equals(MARITIME)) {
            return List.of("maritime", "security");
        }
        return color.equals(SECURITY) ? List.of("security") : List.of();
    }

    static Instant at(int day, int hour, int minute) {
        return LocalDateTime.of(FIRST_DAY.plusDays(day), LocalTime.of(hour, minute)).atZone(BANGKOK)
                .toInstant();
    }

    static DemoItem timed(String id, String lane, String title, int day, int h0, int m0, int h1, int m1, Color c,
                          TimelineMarker marker) {
        return new DemoItem(id, lane, title, at(day, h0, m0), at(day, h1, m1), false, c, marker);
    }

    static DemoItem open(String id, String lane, String title, int day, int h0, int m0, Color c) {
        return new DemoItem(id, lane, title, at(day, h0, m0), null, false, c, TimelineMarker.NONE);
    }

    static DemoItem allDay(String id, String lane, String title, int firstDay, int lastDay, Color c,
                           TimelineMarker marker) {
        return new DemoItem(id, lane, title, at(firstDay, 0, 0), lastDay == firstDay ? null : at(lastDay, 12, 0),
                true, c, marker);
    }

    /** About thirty items over six days: timed, all-day, multi-day, open-ended, overlapping, flagged. */
    static List<DemoItem> week() {
        TimelineMarker none = TimelineMarker.NONE;
        return List.of(
                allDay("som", "asean", "ASEAN Senior Officials' Meeting", 0, 1, NEUTRAL, none),
                timed("aichr", "asean", "AICHR dialogue", 1, 14, 0, 16, 30, SECURITY, none),
                timed("amm-open", "asean", "52nd AMM opening ceremony", 2, 8, 30, 9, 30, NEUTRAL, none),
                timed("amm-1", "asean", "AMM plenary", 2, 9, 45, 12, 30, CYBER, none),
                timed("amm-retreat", "asean", "AMM retreat", 2, 14, 0, 17, 0, SECURITY, TimelineMarker.EXCLAMATION),
                timed("som-wg", "asean", "SOM working group", 2, 11, 0, 12, 0, SECURITY, TimelineMarker.RING),
                timed("asean-cc", "asean", "ASEAN Coordinating Council", 2, 15, 0, 16, 0, NEUTRAL, none),
                open("press", "asean", "Press conference", 2, 17, 30, NEUTRAL),
                timed("eu", "pmc", "ASEAN–EU PMC", 3, 9, 10, 10, 30, CYBER, none),
                timed("china", "pmc", "ASEAN–China PMC", 3, 9, 0, 10, 0, TRADE, none),
                timed("japan", "pmc", "ASEAN–Japan PMC", 3, 10, 40, 11, 40, MARITIME, none),
                timed("korea", "pmc", "ASEAN–ROK PMC", 3, 11, 0, 12, 0, TRADE, TimelineMarker.QUESTION),
                timed("us", "pmc", "ASEAN–US PMC", 3, 14, 0, 15, 0, MARITIME, none),
                timed("russia", "pmc", "ASEAN–Russia", 3, 15, 10, 16, 0, SECURITY, none),
                timed("india", "pmc", "ASEAN–India PMC", 3, 14, 30, 15, 30, TRADE, none),
                timed("au", "pmc", "ASEAN–Australia PMC", 3, 16, 10, 17, 10, ENVIRONMENT, none),
                timed("apt", "eas", "APT FMM", 4, 9, 0, 10, 0, TRADE, none),
                timed("eas", "eas", "EAS FMM", 4, 10, 15, 11, 45, SECURITY, none),
                timed("arf", "eas", "ARF", 4, 13, 0, 17, 30, SECURITY, TimelineMarker.RING),
                timed("arf-lunch", "eas", "ARF lunch", 4, 12, 0, 13, 0, NEUTRAL, none),
                allDay("arf-som", "eas", "ARF SOM", 0, 0, SECURITY, TimelineMarker.QUESTION),
                timed("lmi", "mekong", "Lower Mekong Initiative", 3, 8, 0, 9, 0, ENVIRONMENT, none),
                timed("mgc", "mekong", "Mekong–Ganga Cooperation", 3, 10, 0, 11, 0, ENVIRONMENT, none),
                timed("mlc", "mekong", "Mekong–Lancang", 4, 8, 0, 8, 45, ENVIRONMENT, TimelineMarker.EXCLAMATION),
                open("mekong-japan", "mekong", "Mekong–Japan", 4, 16, 0, MARITIME),
                allDay("expo", "side", "Smart Cities expo", 1, 4, NEUTRAL, none),
                timed("forum", "side", "Youth forum", 1, 9, 0, 12, 0, ENVIRONMENT, none),
                timed("cyber-ws", "side", "ASEAN–Singapore Cyber workshop", 3, 9, 0, 17, 0, CYBER, none),
                open("dinner", "side", "Gala dinner", 2, 19, 0, NEUTRAL),
                timed("media", "side", "Media briefing", 5, 10, 0, 10, 30, NEUTRAL, TimelineMarker.QUESTION),
                allDay("wrap", "side", "Wrap-up", 5, 5, TRADE, none));
    }

    /** {@code count} random items over {@code years} years from 2019 in the five lanes, reproducibly. */
    static List<DemoItem> random(int count, int years, long seed) {
        Random random = new Random(seed);
        long from = at(0, 0, 0).toEpochMilli();
        long span = years * 365L * 24 * 3_600_000L;
        List<DemoItem> items = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            Instant start = Instant.ofEpochMilli(from + (long) (random.nextDouble() * span) / 60_000 * 60_000);
            int kind = random.nextInt(10);
            Instant end = kind == 0 ? null : start.plusSeconds(60L * (15 + random.nextInt(240)));
            boolean allDay = kind == 1;
            TimelineMarker marker = TimelineMarker.values()[random.nextInt(8) < 5 ? 0 : 1 + random.nextInt(3)];
            items.add(new DemoItem("r" + k, LANES.get(random.nextInt(LANES.size())).id(), "Item " + k, start,
                    allDay ? null : end, allDay, PALETTE[random.nextInt(PALETTE.length)], marker));
        }
        return items;
    }
}
