package org.ammreader.viewmodel;

import java.time.LocalDate;
import org.ammreader.model.Meeting;

/** One line of the agenda: a day's heading, or a meeting under it. */
public sealed interface AgendaRow {

    record Day(LocalDate date, int meetings) implements AgendaRow {
    }

    record Item(Meeting meeting) implements AgendaRow {
    }
}
