package org.ammreader.ui.agenda;

import java.time.ZoneId;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.ammreader.i18n.Messages;
import org.ammreader.model.Area;
import org.ammreader.model.Meeting;
import org.ammreader.model.Model;
import org.ammreader.timeline.MeetingLanes;
import org.ammreader.ui.AreaSwatch;
import org.ammreader.ui.ViewLifetime;
import org.ammreader.ui.filter.FilterEmptyNote;
import org.ammreader.viewmodel.AgendaRow;
import org.ammreader.viewmodel.MainViewModel;
import org.ammreader.viewmodel.MeetingFormat;

/** The filtered meetings as a list, day by day, with its selection kept in step with the timeline's. */
public final class AgendaView extends ListView<AgendaRow> {

    private final MainViewModel viewModel;
    private final Messages messages;
    private boolean syncing;
    /** What each row names as the meeting's lanes: its track, or its delegations or people (ADR 0027). */
    private MeetingLanes lanes;

    /** @param life the agenda's lifetime: its listeners on the view-model end with it */
    public AgendaView(MainViewModel viewModel, Messages messages, ViewLifetime life) {
        this.viewModel = viewModel;
        this.messages = messages;
        getStyleClass().add("agenda");
        setCellFactory(list -> new AgendaCell());
        setPlaceholder(new FilterEmptyNote(viewModel, messages, life));
        life.add(viewModel.modelProperty().subscribe((old, now) -> rebuild()));
        life.add(viewModel.areaFilterProperty().subscribe((old, now) -> rebuild()));
        life.add(viewModel.contentLanguageProperty().subscribe((old, now) -> relabel()));
        life.add(viewModel.laneGroupingProperty().subscribe((old, now) -> relabel()));
        life.add(viewModel.selectedMeetingProperty().subscribe((old, now) -> showSelection(now)));
        getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncing && now instanceof AgendaRow.Item item) {
                viewModel.selectedMeetingProperty().set(item.meeting());
            }
        });
        // A scroll asked for before the list has its skin is lost: ask again once it has one.
        skinProperty().addListener((obs, old, now) -> {
            if (old == null && now != null) {
                showSelection(viewModel.selectedMeetingProperty().get());
            }
        });
        rebuild();
    }

    private void relabel() {
        lanes = viewModel.meetingLanes();
        refresh();
    }

    private void rebuild() {
        lanes = viewModel.meetingLanes();
        syncing = true;
        try {
            // A new list rather than setAll: with 100,000 rows, setAll copies them and lists every one it removed.
            setItems(FXCollections.observableList(viewModel.agendaRows()));
        } finally {
            syncing = false;
        }
        showSelection(viewModel.selectedMeetingProperty().get());
    }

    private void showSelection(Meeting meeting) {
        syncing = true;
        try {
            int index = indexOf(meeting);
            if (index < 0) {
                getSelectionModel().clearSelection();
            } else {
                getSelectionModel().select(index);
                int top = Math.max(0, index - 2);
                scrollTo(top);
                scrollAgainOnceLaidOut(top);
            }
        } finally {
            syncing = false;
        }
    }

    /**
     * Rows differ in height (days, meetings, wrapped times), and a scroll lands by the heights the list has
     * estimated for rows it has not laid out yet: after a jump the selected meeting could end up below the fold.
     * Once that layout is done, the rows around it are measured, and the same scroll lands where it should.
     */
    private void scrollAgainOnceLaidOut(int top) {
        Scene scene = getScene();
        if (scene == null) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            if (getSkin() != null && top < getItems().size()) {
                scrollTo(top);
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    private int indexOf(Meeting meeting) {
        if (meeting != null) {
            List<AgendaRow> rows = getItems();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i) instanceof AgendaRow.Item item && item.meeting().id().equals(meeting.id())) {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * A day heading, or a meeting with its time, title, lane and areas. Each cell makes its two lines once and
     * then only changes their texts: a filter change re-fills every visible cell, and new nodes would each be
     * styled again (ADR 0019).
     */
    private final class AgendaCell extends ListCell<AgendaRow> {

        private static final String DAY = "agenda-day";
        private static final String ITEM = "agenda-item";
        private static final String TIME_UNKNOWN = "agenda-time-unknown";

        private DayLine dayLine;
        private MeetingLine meetingLine;

        @Override
        protected void updateItem(AgendaRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            Model model = viewModel.modelProperty().get();
            if (empty || row == null || model == null || lanes == null) {
                kind(null);
                setGraphic(null);
                return;
            }
            MeetingFormat format = new MeetingFormat(messages, model.timeZone(), ZoneId.systemDefault());
            if (row instanceof AgendaRow.Day day) {
                kind(DAY);
                if (dayLine == null) {
                    dayLine = new DayLine();
                }
                dayLine.show(day, format);
                setGraphic(dayLine.box);
                setFocusTraversable(false);
            } else if (row instanceof AgendaRow.Item item) {
                kind(ITEM);
                if (meetingLine == null) {
                    meetingLine = new MeetingLine();
                }
                meetingLine.show(item.meeting(), model, lanes, viewModel.contentLanguageProperty().get(), format);
                setGraphic(meetingLine.line);
            }
        }

        /** Sets the cell's style class to {@code kind} alone, touching the classes only when it changes. */
        private void kind(String kind) {
            ObservableList<String> classes = getStyleClass();
            if (kind == null || !classes.contains(kind)) {
                classes.removeAll(DAY, ITEM);
                if (kind != null) {
                    classes.add(kind);
                }
            }
        }
    }

    /** A day's heading and its number of meetings. */
    private final class DayLine {
        final Label heading = new Label();
        final Label count = new Label();
        final HBox box = new HBox(12, heading, count);

        DayLine() {
            heading.getStyleClass().add("agenda-day-title");
            count.getStyleClass().add("agenda-day-count");
            box.setAlignment(Pos.BASELINE_LEFT);
        }

        void show(AgendaRow.Day day, MeetingFormat format) {
            heading.setText(capitalize(format.day(day.date())));
            count.setText(messages.get("agenda.count", day.meetings()));
        }
    }

    /** A meeting: its time, title, lane (with its last day and its confidence when worth saying) and areas. */
    private final class MeetingLine {
        final Label time = new Label();
        final Label title = new Label();
        final Label detail = new Label();
        final HBox areas = new HBox(4);
        final HBox line;

        MeetingLine() {
            time.getStyleClass().add("agenda-time");
            title.getStyleClass().add("agenda-title");
            detail.getStyleClass().add("agenda-detail");
            areas.setAlignment(Pos.CENTER_LEFT);
            VBox text = new VBox(2, title, detail);
            HBox.setHgrow(text, Priority.ALWAYS);
            line = new HBox(16, time, text, areas);
            line.setAlignment(Pos.CENTER_LEFT);
        }

        void show(Meeting meeting, Model model, MeetingLanes lanes, String language, MeetingFormat format) {
            time.setText(format.timeOfDay(meeting));
            if (meeting.hasTime()) {
                time.getStyleClass().remove(AgendaCell.TIME_UNKNOWN);
            } else if (!time.getStyleClass().contains(AgendaCell.TIME_UNKNOWN)) {
                time.getStyleClass().add(AgendaCell.TIME_UNKNOWN);
            }
            title.setText(meeting.title().get(language));
            StringBuilder details = new StringBuilder();
            details.append(lanes.names(meeting));
            meeting.endDate().ifPresent(last -> details.append(" · ").append(messages.get("agenda.until",
                    format.day(last))));
            if (meeting.confidence().needsNote() || meeting.confidence().code().equals("single-source")) {
                details.append(" · ").append(messages.get("confidence." + meeting.confidence().code()));
            }
            detail.setText(details.toString());
            List<Area> tagged = meeting.areas().stream().limit(6).flatMap(id -> model.area(id).stream()).toList();
            // Discs beyond this meeting's areas are hidden, not removed: each has a tooltip, which costs more to
            // make than the rest of the line, and the next meeting shown in this cell may need them again.
            ObservableList<Node> discs = areas.getChildren();
            for (int i = 0; i < Math.max(discs.size(), tagged.size()); i++) {
                if (i >= tagged.size()) {
                    discs.get(i).setVisible(false);
                    discs.get(i).setManaged(false);
                    continue;
                }
                if (i < discs.size()) {
                    AreaSwatch.recolour((Circle) discs.get(i), tagged.get(i));
                    discs.get(i).setVisible(true);
                    discs.get(i).setManaged(true);
                } else {
                    discs.add(AreaSwatch.of(tagged.get(i)));
                }
                AreaSwatch.name((Circle) discs.get(i), tagged.get(i).label().get(language));
            }
        }
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
