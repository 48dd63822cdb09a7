package org.ammreader.ui.timeline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Tooltip;
import org.ammreader.control.timeline.OverviewStrip;
import org.ammreader.control.timeline.TimelineView;
import org.ammreader.timeline.BarColors;
import org.ammreader.timeline.LaneGrouping;
import org.ammreader.timeline.MeetingLanes;
import org.ammreader.timeline.MeetingTimelineAdapter;
import org.ammreader.timeline.MeetingTimelineStyle;
import org.ammreader.briefing.BriefingPeriod;
import org.ammreader.filter.ActorFilter;
import org.ammreader.filter.AreaFilter;
import org.ammreader.i18n.Dates;
import org.ammreader.i18n.Messages;
import org.ammreader.model.Meeting;
import org.ammreader.model.Model;
import org.ammreader.ui.ViewLifetime;
import org.ammreader.viewmodel.MainViewModel;
import org.ammreader.viewmodel.MeetingFormat;
import org.ammreader.viewmodel.SearchViewModel;
import org.ammreader.i18n.ZoneLabels;

/**
 * The week's timeline: a {@link TimelineView} of meetings kept in step with the view-model — the model, the
 * content language, the area filter, the selection and the search matches.
 */
public final class MeetingTimeline {

    private final TimelineView<Meeting> view = new TimelineView<>();
    private final OverviewStrip overview = new OverviewStrip(view);
    private final MainViewModel viewModel;
    private final Messages messages;
    private final ViewSteps viewSteps;
    private boolean syncing;
    /** The people the lanes by person were last made for; null before the model shown now was drawn. */
    private ActorFilter lanesFor;

    /** @param life the timeline's lifetime: its listeners on the view-models end with it */
    public MeetingTimeline(MainViewModel viewModel, SearchViewModel search, Messages messages, ViewLifetime life) {
        this.viewModel = viewModel;
        this.messages = messages;
        view.getStyleClass().add(MeetingTimelineStyle.STYLE_CLASS);
        view.setLocale(messages.locale());
        view.setDateFormats(Dates::formatter);
        view.setAccessibleText(messages.get("timeline.accessible"));
        overview.setAccessibleText(messages.get("overview.accessible"));
        Tooltip.install(overview, new Tooltip(messages.get("overview.accessible")));
        life.add(viewModel.modelProperty().subscribe((old, now) -> showModel(now)));
        life.add(viewModel.contentLanguageProperty().subscribe((old, now) -> showLanguage()));
        view.fadeFilteredProperty().bind(viewModel.fadeFilteredProperty());
        life.add(viewModel.areaFilterProperty().subscribe((old, now) -> showAreas(now)));
        life.add(viewModel.laneGroupingProperty().subscribe((old, now) -> showLanguage()));
        life.add(search.matchIdsProperty().subscribe((old, now) ->
                view.setHighlight(now.isEmpty() ? null : meeting -> now.contains(meeting.id()))));
        sync(viewModel.selectedMeetingProperty(), view.selectedItemProperty(), life);
        showModel(viewModel.modelProperty().get());
        viewSteps = new ViewSteps(view, viewModel.history());
    }

    /** Keeps the control's selection and the view-model's the same, whichever changes. */
    private void sync(ObjectProperty<Meeting> shared, ObjectProperty<Meeting> own, ViewLifetime life) {
        own.set(shared.get());
        life.add(shared.subscribe((old, now) -> {
            if (!syncing) {
                syncing = true;
                own.set(now);
                syncing = false;
                if (now != null) {
                    view.scrollTo(now);
                }
            }
        }));
        own.addListener((obs, old, now) -> {
            if (!syncing) {
                syncing = true;
                shared.set(now);
                syncing = false;
            }
        });
    }

    private void showModel(Model model) {
        if (model == null) {
            return;
        }
        // "Whole week" for a week, "Whole period" for a model that spans longer.
        overview.setTitle(messages.get(model.dayCount() <= 7 ? "overview.title" : "overview.title.period"));
        ZoneId zone = model.timeZone();
        view.setZone(zone);
        view.setZoneLabel(ZoneLabels.label(zone, model.startDate(), messages.locale()));
        view.setExtentStart(model.startDate().atStartOfDay(zone).toInstant());
        view.setExtentEnd(model.endDate().plusDays(1).atStartOfDay(zone).toInstant());
        lanesFor = viewModel.areaFilterProperty().get().actors();
        // Bars take the colour of their first area in the filter (the legend's), re-coloured as the areas change.
        view.setCategoryColors(BarColors.byArea(model));
        showAreas(viewModel.areaFilterProperty().get());
        showLanguage();
        Instant keptStart = view.getVisibleStart();
        Instant keptEnd = view.getVisibleEnd();
        view.setItems(model.meetings());
        // A reload of the file keeps the zoom when the range shown is still within the week.
        if (viewModel.isReloading() && keptStart != null && keptEnd != null
                && !keptStart.isBefore(view.getExtentStart()) && !keptEnd.isAfter(view.getExtentEnd())) {
            view.setVisibleRange(keptStart, keptEnd);
        } else {
            view.fitAll();
        }
    }

    /**
     * The area filter as the timeline's shown categories (the adapter gives each meeting's areas as its
     * categories): the same meetings as {@link AreaFilter#matches}, without calling anything per meeting.
     */
    private void showAreas(AreaFilter filter) {
        view.setShownCategories(filter.all() ? null : filter.selected());
        Model model = viewModel.modelProperty().get();
        view.setFilter(filter.actors().isEmpty() || model == null ? null
                : meeting -> filter.actors().matches(model, meeting));
        // Lanes by person are the people chosen: only then does a change of people make the bars again (a pass
        // over every meeting).
        if (viewModel.laneGroupingProperty().get() == LaneGrouping.PEOPLE && !filter.actors().equals(lanesFor)) {
            lanesFor = filter.actors();
            showLanguage();
        }
    }

    private void showLanguage() {
        Model model = viewModel.modelProperty().get();
        if (model == null) {
            return;
        }
        String language = viewModel.contentLanguageProperty().get();
        // By actor, the lanes depend on the actor filter too: they are made again with the adapter.
        MeetingLanes lanes = viewModel.meetingLanes();
        view.getLanes().setAll(lanes.lanes());
        MeetingFormat format = new MeetingFormat(messages, model.timeZone(), ZoneId.systemDefault());
        view.setAdapter(new MeetingTimelineAdapter(model, lanes, language, viewModel.areaFilterProperty().get(),
                format::when));
    }

    public TimelineView<Meeting> view() {
        return view;
    }

    /** The strip of the whole week under the timeline, with the range shown as a box. */
    public OverviewStrip overview() {
        return overview;
    }

    /** Shows the whole week. */
    public void fitWeek() {
        viewSteps.asOneStep(view::fitAll);
    }

    /** Zooms in around the middle of the view, as one undo step. */
    public void zoomIn() {
        viewSteps.asOneStep(view::zoomIn);
    }

    /** Zooms out around the middle of the view, as one undo step. */
    public void zoomOut() {
        viewSteps.asOneStep(view::zoomOut);
    }

    /** Shows the day of the selected meeting, or the day in the middle of the view. */
    public void fitDay() {
        Model model = viewModel.modelProperty().get();
        if (model == null) {
            return;
        }
        Meeting selected = viewModel.selectedMeetingProperty().get();
        LocalDate day = selected != null ? selected.date() : middleDay(model.timeZone());
        viewSteps.asOneStep(() -> view.fitDay(day));
    }

    /**
     * The days the timeline shows, within the model's: the briefing sheet's period when Ctrl+P is pressed. A day
     * counts when any part of it is in view; the whole model when nothing is shown yet.
     */
    public BriefingPeriod daysOnScreen() {
        Model model = viewModel.modelProperty().get();
        BriefingPeriod whole = BriefingPeriod.whole(model);
        Instant start = view.getVisibleStart();
        Instant end = view.getVisibleEnd();
        if (start == null || end == null || !end.isAfter(start)) {
            return whole;
        }
        ZoneId zone = model.timeZone();
        LocalDate first = start.atZone(zone).toLocalDate();
        // The end is not shown itself: a view ending at midnight ends on the day before.
        LocalDate last = end.minusMillis(1).atZone(zone).toLocalDate();
        first = first.isBefore(whole.from()) ? whole.from() : first.isAfter(whole.to()) ? whole.to() : first;
        last = last.isAfter(whole.to()) ? whole.to() : last.isBefore(first) ? first : last;
        return new BriefingPeriod(first, last);
    }

    /** The zoom of the screen: logical pixels per hour of the time axis. */
    public double pixelsPerHour() {
        double axis = Math.max(1, view.getWidth() - view.laneColumnWidthProperty().getValue().doubleValue());
        double hours = Duration.between(view.getVisibleStart(), view.getVisibleEnd()).toMillis() / 3_600_000.0;
        return axis / hours;
    }

    private LocalDate middleDay(ZoneId zone) {
        Instant start = view.getVisibleStart();
        Instant end = view.getVisibleEnd();
        return Instant.ofEpochMilli((start.toEpochMilli() + end.toEpochMilli()) / 2).atZone(zone).toLocalDate();
    }
}
