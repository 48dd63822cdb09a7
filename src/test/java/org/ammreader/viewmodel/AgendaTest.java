package org.ammreader.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.ammreader.filter.AreaFilter;
import org.ammreader.io.JsonMappers;
import org.ammreader.io.ModelException;
import org.ammreader.io.ModelLoader;
import org.ammreader.model.Meeting;
import org.ammreader.model.Model;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AgendaTest {

    private static Model model;

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
}
