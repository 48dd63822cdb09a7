package org.ammreader.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.ammreader.filter.AreaFilter;
import org.ammreader.filter.AreaIndex;
import org.ammreader.io.JsonMappers;
import org.ammreader.io.ModelException;
import org.ammreader.io.ModelLoader;
import org.ammreader.model.Meeting;
import org.ammreader.model.Model;
import org.ammreader.model.Track;
import org.ammreader.synthetic.SyntheticModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class AgendaTest {

    private static Model model;
    private static final Model synthetic = new SyntheticModel(2_000).model();

    @BeforeAll
    static void load() throws ModelException {
        model = new ModelLoader(JsonMappers.create()).loadBundled();
    }

    @Test
    void listsEveryMeetingOnceUnderItsDayInDayOrder() {
        List<AgendaRow> rows = Agenda.rows(model, AreaFilter.ALL);
        List<LocalDate> days = rows.stream().filter(r -> r instanceof AgendaRow.Day)
                .map(r -> ((AgendaRow.Day) r).date()).toList();
        assertEquals(model.dayCount(), days.size());
        assertEquals(days.stream().sorted().toList(), days);
        List<Meeting> meetings = rows.stream().filter(r -> r instanceof AgendaRow.Item)
                .map(r -> ((AgendaRow.Item) r).meeting()).toList();
        assertEquals(model.meetings().size(), meetings.size());
        LocalDate day = null;
        for (AgendaRow row : rows) {
            if (row instanceof AgendaRow.Day d) {
                day = d.date();
            } else {
                assertEquals(day, ((AgendaRow.Item) row).meeting().date());
            }
        }
    }

    @Test
    void timedMeetingsComeFirstInTimeOrder() {
        List<Meeting> thirtyFirst = Agenda.rows(model, AreaFilter.ALL).stream()
                .filter(r -> r instanceof AgendaRow.Item).map(r -> ((AgendaRow.Item) r).meeting())
                .filter(m -> m.date().equals(LocalDate.of(2019, 7, 31))).toList();
        assertEquals("amm52-opening", thirtyFirst.get(0).id());
    }

    @Test
    void followsTheAreaFilter() {
        AreaFilter cyber = AreaFilter.of(List.of("cyber"));
        List<Meeting> shown = Agenda.rows(model, cyber).stream().filter(r -> r instanceof AgendaRow.Item)
                .map(r -> ((AgendaRow.Item) r).meeting()).toList();
        assertEquals(model.meetings().stream().filter(m -> m.areas().contains("cyber")).count(), shown.size());
        assertTrue(shown.stream().allMatch(m -> m.areas().contains("cyber")));
        assertTrue(shown.stream().anyMatch(m -> m.id().equals("asean-eu-pmc")));
    }

    /**
     * One agenda kept for a model and asked for filter after filter gives, each time, the rows made from scratch
     * by the rule (group by day, sort each day's meetings, count them), on a synthetic model whose days hold
     * meetings of every kind.
     */
    @RepeatedTest(10)
    void aKeptAgendaGivesForAnyFilterTheRowsTheRuleGives(RepetitionInfo repetition) {
        Agenda agenda = Agenda.of(synthetic, AreaIndex.of(synthetic.meetings()));
        Random random = new Random(repetition.getCurrentRepetition());
        for (int change = 0; change < 5; change++) {
            List<String> chosen = synthetic.areas().stream().map(a -> a.id()).filter(id -> random.nextInt(3) == 0)
                    .toList();
            AreaFilter filter = random.nextInt(6) == 0 ? AreaFilter.ALL : AreaFilter.of(chosen);
            assertEquals(fromScratch(synthetic, filter), agenda.rows(filter), "filter " + filter);
        }
        assertEquals(fromScratch(model, AreaFilter.ALL), Agenda.rows(model, AreaFilter.ALL));
    }

    private static List<AgendaRow> fromScratch(Model model, AreaFilter filter) {
        Map<LocalDate, List<Meeting>> byDay = new TreeMap<>();
        for (Meeting meeting : model.meetings()) {
            if (filter.matches(meeting.areas())) {
                byDay.computeIfAbsent(meeting.date(), d -> new ArrayList<>()).add(meeting);
            }
        }
        List<String> trackOrder = model.tracks().stream().map(Track::id).toList();
        Comparator<Meeting> order = Comparator.comparing((Meeting m) -> !m.hasTime())
                .thenComparing(m -> m.time().earliest().orElse(LocalTime.MIDNIGHT))
                .thenComparingInt(m -> trackOrder.indexOf(m.track()));
        List<AgendaRow> rows = new ArrayList<>();
        byDay.forEach((day, meetings) -> {
            rows.add(new AgendaRow.Day(day, meetings.size()));
            meetings.stream().sorted(order).map(AgendaRow.Item::new).forEach(rows::add);
        });
        return rows;
    }
}
