package org.ammreader.ui.agenda;

import java.time.ZoneId;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ammreader.i18n.Messages;
import org.ammreader.model.Meeting;
import org.ammreader.model.Model;
import org.ammreader.ui.AreaSwatch;
import org.ammreader.ui.ViewLifetime;
import org.ammreader.viewmodel.Agenda;
import org.ammreader.viewmodel.AgendaRow;
import org.ammreader.viewmodel.MainViewModel;
import org.ammreader.viewmodel.MeetingFormat;

/** The filtered meetings as a list, day by day, with its selection kept in step with the timeline's. */
public final class AgendaView extends ListView<AgendaRow> {

    private final MainViewModel viewModel;
    private final Messages messages;
    private final ObservableList<AgendaRow> rows = FXCollections.observableArrayList();
    private boolean syncing;

    /** @param life the agenda's lifetime: its listeners on the view-model end with it */
    public AgendaView(MainViewModel viewModel, Messages messages, ViewLifetime life) {
        this.viewModel = viewModel;
        this.messages = messages;
        getStyleClass().add("agenda");
        setItems(rows);
        setCellFactory(list -> new AgendaCell());
        life.add(viewModel.modelProperty().subscribe((old, now) -> rebuild()));
        life.add(viewModel.areaFilterProperty().subscribe((old, now) -> rebuild()));
        life.add(viewModel.contentLanguageProperty().subscribe((old, now) -> refresh()));
        life.add(viewModel.selectedMeetingProperty().subscribe((old, now) -> showSelection(now)));
        getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncing && now instanceof AgendaRow.Item item) {
                viewModel.selectedMeetingProperty().set(item.meeting());
            }
        });
        rebuild();
    }

    private void rebuild() {
        Model model = viewModel.modelProperty().get();
        syncing = true;
        try {
            rows.setAll(model == null ? List.of() : Agenda.rows(model, viewModel.areaFilterProperty().get()));
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
                scrollTo(Math.max(0, index - 2));
            }
        } finally {
            syncing = false;
        }
    }

    private int indexOf(Meeting meeting) {
        if (meeting != null) {
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i) instanceof AgendaRow.Item item && item.meeting().id().equals(meeting.id())) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** A day heading, or a meeting with its time, title, lane and areas. */
    private final class AgendaCell extends ListCell<AgendaRow> {

        @Override
        protected void updateItem(AgendaRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("agenda-day", "agenda-item");
            setText(null);
            setGraphic(null);
            if (empty || row == null || viewModel.modelProperty().get() == null) {
                return;
            }
            Model model = viewModel.modelProperty().get();
            String language = viewModel.contentLanguageProperty().get();
            MeetingFormat format = new MeetingFormat(messages, model.timeZone(), ZoneId.systemDefault());
            if (row instanceof AgendaRow.Day day) {
                getStyleClass().add("agenda-day");
                Label heading = new Label(capitalize(format.day(day.date())));
                heading.getStyleClass().add("agenda-day-title");
                Label count = new Label(messages.get("agenda.count", day.meetings()));
                count.getStyleClass().add("agenda-day-count");
                HBox box = new HBox(12, heading, count);
                box.setAlignment(Pos.BASELINE_LEFT);
                setGraphic(box);
                setFocusTraversable(false);
            } else if (row instanceof AgendaRow.Item item) {
                getStyleClass().add("agenda-item");
                setGraphic(meetingLine(item.meeting(), model, language, format));
            }
        }

        private HBox meetingLine(Meeting meeting, Model model, String language, MeetingFormat format) {
            String time = meeting.start().map(format::time).orElse("\u2014");
            if (meeting.start().isPresent() && meeting.end().isPresent()) {
                time = time + "\u2013" + format.time(meeting.end().get());
            }
            Label timeLabel = new Label(time);
            timeLabel.getStyleClass().add("agenda-time");
            Label title = new Label(meeting.title().get(language));
            title.getStyleClass().add("agenda-title");
            StringBuilder details = new StringBuilder();
            model.track(meeting.track()).ifPresent(track -> details.append(track.label().get(language)));
            meeting.endDate().ifPresent(last -> details.append(" · ").append(messages.get("agenda.until",
                    format.day(last))));
            if (meeting.confidence().needsNote() || meeting.confidence().code().equals("single-source")) {
                details.append(" · ").append(messages.get("confidence." + meeting.confidence().code()));
            }
            Label detail = new Label(details.toString());
            detail.getStyleClass().add("agenda-detail");
            HBox areas = new HBox(4);
            areas.setAlignment(Pos.CENTER_LEFT);
            meeting.areas().stream().limit(6).forEach(id -> model.area(id).ifPresent(a -> areas.getChildren()
                    .add(AreaSwatch.of(a))));
            VBox text = new VBox(2, title, detail);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox line = new HBox(16, timeLabel, text, areas);
            line.setAlignment(Pos.CENTER_LEFT);
            return line;
        }
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
