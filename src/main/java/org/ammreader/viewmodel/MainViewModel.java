package org.ammreader.viewmodel;

import org.ammreader.i18n.Dates;
import org.ammreader.i18n.ZoneLabels;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ammreader.filter.ActorFilter;
import org.ammreader.filter.AreaFilter;
import org.ammreader.filter.AreaIndex;
import org.ammreader.filter.FilterInWords;
import org.ammreader.i18n.Messages;
import org.ammreader.io.JsonMappers;
import org.ammreader.io.ModelException;
import org.ammreader.io.ReadProgress;
import org.ammreader.io.ModelLoader;
import org.ammreader.model.Meeting;
import org.ammreader.model.Model;
import org.ammreader.timeline.LaneGrouping;
import org.ammreader.timeline.MeetingLanes;

/**
 * The state of the main window that does not depend on how it is drawn: the open model, the content language,
 * the loading state and the texts of the title and the status bar.
 */
public final class MainViewModel {

    /** How many recently opened models File → Open Recent lists. */
    public static final int MAX_RECENT = 8;
    /** How long to wait before reading a save a second time: an editor's write completes in far less. */
    static final long RETRY_MILLIS = 300;

    private final ObjectProperty<Messages> messages = new SimpleObjectProperty<>(this, "messages");
    private final ModelOpener opener;
    private final BackgroundWork background;

    private final ReadOnlyObjectWrapper<Model> model = new ReadOnlyObjectWrapper<>(this, "model");
    private final ReadOnlyStringWrapper modelName = new ReadOnlyStringWrapper(this, "modelName", "");
    private final StringProperty contentLanguage = new SimpleStringProperty(this, "contentLanguage", "en");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    /** How much of the file being opened has been read, from 0 to 1. */
    private final ReadOnlyDoubleWrapper loadProgress = new ReadOnlyDoubleWrapper(this, "loadProgress");
    /** The file being opened, while it is read; null otherwise. */
    private Opening opening;
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>(this, "notice");
    private final ObservableList<Path> recentModels = FXCollections.observableArrayList();
    private final SaveFolders saveFolders = new SaveFolders();
    private final ObjectProperty<AreaFilter> areaFilter = new SimpleObjectProperty<>(this, "areaFilter", AreaFilter.ALL);
    private final BooleanProperty fadeFiltered = new SimpleBooleanProperty(this, "fadeFiltered");
    private final ObjectProperty<LaneGrouping> laneGrouping =
            new SimpleObjectProperty<>(this, "laneGrouping", LaneGrouping.TRACKS);
    /** The file the model shown was read from; null for the bundled week. */
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    /** Whether the next start opens {@link #file} again: a setting the application keeps. */
    private final BooleanProperty reopenLastModel = new SimpleBooleanProperty(this, "reopenLastModel");
    private final ObjectProperty<Meeting> selectedMeeting = new SimpleObjectProperty<>(this, "selectedMeeting");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper(this, "subtitle", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper preferredLanguage = new ReadOnlyStringWrapper(this, "preferredLanguage");
    /** The model {@link #areaIndex} and {@link #agenda} were made for: once per model, when first needed (ADR 0019). */
    private Model indexed;
    private AreaIndex areaIndex;
    private Agenda agenda;
    /** The lanes last made, and from what: the timeline and the agenda both ask for them on each change. */
    private LanesKey lanesKey;
    private MeetingLanes lanes;
    private final ReadOnlyObjectWrapper<FileProblems> problems = new ReadOnlyObjectWrapper<>(this, "problems");
    /** The file the model was read from and is followed for saves; none for the bundled model. */
    private FileWatch watch;
    /** Set while a reload replaces the model, so that what still applies is kept (see {@link #isReloading()}). */
    private boolean reloading;
    /** Set while a new model replaces the old: the filter and selection it resets are not steps to undo. */
    private boolean replacing;
    private final UndoHistory history = new UndoHistory();
    /** The filter a model opens with: the one the user left it with last time, or all areas. */
    private Function<Model, AreaFilter> openingFilter = opened -> AreaFilter.ALL;

    /**
     * @param background where model files are read (never the UI thread)
     */
    public MainViewModel(Messages messages, ModelOpener opener, BackgroundWork background) {
        this.messages.set(messages);
        this.opener = opener;
        this.background = background;
        model.addListener((obs, old, now) -> {
            replacing = true;
            try {
                if (reloading) {
                    selectedMeeting.set(selectedMeeting.get() == null ? null
                            : now.meeting(selectedMeeting.get().id()).orElse(null));
                    areaFilter.set(stillApplying(areaFilter.get(), now));
                } else {
                    selectedMeeting.set(null);
                    areaFilter.set(stillApplying(openingFilter.apply(now), now));
                    history.clear();
                }
            } finally {
                replacing = false;
            }
            adoptLanguage(now);
        });
        recordChanges(areaFilter, "filter");
        recordChanges(selectedMeeting, "selection");
        ObservableValue<?>[] inputs = {model, contentLanguage, modelName, this.messages, areaFilter, problems};
        title.bind(Bindings.createStringBinding(this::computeTitle, inputs));
        subtitle.bind(Bindings.createStringBinding(this::computeSubtitle, inputs));
        status.bind(Bindings.createStringBinding(this::computeStatus, inputs));
    }

    /** Each change the user makes to {@code property} becomes a step of the undo history named {@code what}. */
    private <T> void recordChanges(ObjectProperty<T> property, String what) {
        property.addListener((obs, old, now) -> {
            if (!replacing) {
                history.record(new UndoHistory.Step(what, () -> property.set(old), () -> property.set(now)));
            }
        });
    }

    /** What Edit → Undo and Edit → Redo take back and make again: the open model's filter, search and view. */
    public UndoHistory history() {
        return history;
    }

    /**
     * Where each model opened gets its first filter from (the one remembered for it); the areas the model no
     * longer has are dropped.
     */
    public void setOpeningFilter(Function<Model, AreaFilter> filterOf) {
        openingFilter = filterOf;
    }

    /** Shows {@code loaded} at once (the bundled model, read before the window opened); no file is followed. */
    public void show(Model loaded, String name) {
        stopWatching();
        file.set(null);
        problems.set(null);
        modelName.set(name);
        model.set(loaded);
    }

    /**
     * Reads {@code file} in the background; the model replaces the current one only if it is valid, otherwise
     * {@code onProblems} receives the problems on the UI thread and everything stays as it was.
     */
    public void open(Path file, Consumer<ModelException> onProblems) {
        stopOpening();
        Opening current = new Opening(file);
        opening = current;
        loadProgress.set(0);
        loading.set(true);
        background.run(() -> opener.open(file, current), loaded -> {
            if (current.cancelled) {
                return;
            }
            endOpening();
            show(loaded, String.valueOf(file.getFileName()));
            this.file.set(file.toAbsolutePath());
            remember(file);
            watch(file);
        }, failure -> {
            if (current.cancelled) {
                return;
            }
            endOpening();
            if (!(failure instanceof ModelException problems)) {
                // What no code expected: to the crash reporter, as any fault of the UI thread.
                throw new IllegalStateException("the model " + file + " could not be opened", failure);
            }
            if (problems.kind() == ModelException.Kind.UNREADABLE) {
                recentModels.remove(file.toAbsolutePath());
            }
            onProblems.accept(problems);
        });
    }

    /**
     * Stops the reading of the file being opened, if any: the model shown stays, and the status bar says so. What
     * the reading still brings is dropped.
     */
    public void cancelOpen() {
        if (opening == null) {
            return;
        }
        String file = String.valueOf(opening.file.getFileName());
        stopOpening();
        notice.set(model.get() == null ? Notice.of("open.cancelledNone", file)
                : Notice.of("open.cancelled", file, modelName.get()));
    }

    /** Drops the reading under way, if any: a newer open replaces it, or the user cancelled it. */
    private void stopOpening() {
        if (opening != null) {
            opening.cancelled = true;
            endOpening();
        }
    }

    private void endOpening() {
        opening = null;
        loading.set(false);
    }

    /** One file being opened: how far its reading got, shown as it goes, and whether it is still wanted. */
    private final class Opening implements ReadProgress {
        private final Path file;
        /** Set on the UI thread, read by the one reading the file. */
        private volatile boolean cancelled;

        Opening(Path file) {
            this.file = file;
        }

        @Override
        public void read(long bytes, long total) {
            double fraction = total <= 0 ? 1 : Math.min(1, (double) bytes / total);
            background.onUiThread(() -> {
                if (opening == this) {
                    loadProgress.set(fraction);
                }
            });
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }

    /** Reads the bundled week again, in the background, and shows it in place of the model open now. */
    public void openBundled() {
        stopOpening();
        loading.set(true);
        background.run(() -> new ModelLoader(JsonMappers.create()).loadBundled(), loaded -> {
            loading.set(false);
            show(loaded, ModelLoader.BUNDLED_NAME);
        }, failure -> {
            loading.set(false);
            throw new IllegalStateException("the bundled week could not be read", failure);
        });
    }

    /** Follows the model's file: each save is read again (docs/adr/0018). */
    private void watch(Path file) {
        try {
            watch = FileWatch.start(file, background, change -> reload(file, change));
        } catch (IOException e) {
            notice.set(Notice.of("reload.notFollowed", file.getFileName(), e.getMessage()));
        }
    }

    /** Stops following the model's file: another model is shown, or the window closes. */
    public void stopWatching() {
        if (watch != null) {
            watch.close();
            watch = null;
        }
    }

    /**
     * Reads the model's file again after a save. A valid file replaces the model, keeping the selection, the
     * filter and (through {@link #isReloading()}) the zoom where they still apply; an invalid one leaves the last
     * good model on screen and lists its problems; a file gone or unreadable is said in the status bar. A save
     * read while still half written is read once more before its problems are shown.
     */
    private void reload(Path file, FileWatch.Change change) {
        String name = String.valueOf(file.getFileName());
        if (change == FileWatch.Change.GONE) {
            notice.set(Notice.of("reload.gone", name));
            return;
        }
        background.run(() -> readSettled(file), loaded -> {
            if (watch == null || !watch.file().equals(file.toAbsolutePath())) {
                return;
            }
            problems.set(null);
            reloading = true;
            try {
                model.set(loaded);
            } finally {
                reloading = false;
            }
            notice.set(Notice.of("reload.done", name));
        }, failure -> {
            if (!(failure instanceof ModelException found)) {
                throw new IllegalStateException("the model " + file + " could not be read again", failure);
            }
            if (watch == null || !watch.file().equals(file.toAbsolutePath())) {
                return;
            }
            if (found.kind() == ModelException.Kind.UNREADABLE) {
                Notice.Worded why = texts -> String.join(" ", found.describe(texts.locale()));
                notice.set(Notice.of("reload.unreadable", name, why));
            } else {
                notice.set(Notice.of("reload.invalid", name, found.problems().size()));
                background.run(() -> new FileProblems(found, lines(file)), problems::set,
                        unreadable -> problems.set(new FileProblems(found, List.of())));
            }
        });
    }

    /** The file's lines, to show each problem in its place; none when it cannot be read as text. */
    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    /** Reads the file; when that fails, reads it once more a moment later, in case the save was half written. */
    private Model readSettled(Path file) throws ModelException, InterruptedException {
        try {
            return opener.open(file, ReadProgress.NONE);
        } catch (ModelException firstTry) {
            Thread.sleep(RETRY_MILLIS);
            return opener.open(file, ReadProgress.NONE);
        }
    }

    /**
     * Whether the model is being replaced by a new reading of the same file: views keep their zoom and scroll
     * then, instead of showing the new model from its start.
     */
    public boolean isReloading() {
        return reloading;
    }

    /** The chosen areas the reloaded model still has (all areas when none remains), and its chosen actors. */
    private static AreaFilter stillApplying(AreaFilter filter, Model now) {
        ActorFilter actors = filter.actors().keptIn(now);
        if (filter.all()) {
            return filter.withActors(actors);
        }
        Set<String> kept = new LinkedHashSet<>(filter.selected());
        kept.removeIf(id -> now.area(id).isEmpty());
        AreaFilter areas = kept.isEmpty() && !filter.selected().isEmpty() ? AreaFilter.ALL : AreaFilter.of(kept);
        return areas.withActors(actors);
    }

    /**
     * The problems of the model's file as last saved, when that save was invalid (the window shows the last good
     * model meanwhile); null when the file is valid.
     */
    public ReadOnlyObjectProperty<FileProblems> problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    /** Puts {@code file} first among the recent models, keeping the list short. */
    private void remember(Path file) {
        Path absolute = file.toAbsolutePath();
        recentModels.remove(absolute);
        recentModels.add(0, absolute);
        if (recentModels.size() > MAX_RECENT) {
            recentModels.remove(MAX_RECENT, recentModels.size());
        }
    }

    /** Models opened lately, the latest first; the application remembers them between runs. */
    public ObservableList<Path> recentModels() {
        return recentModels;
    }

    /** The folder last used for each kind of file saved, where the next save dialog starts. */
    public SaveFolders saveFolders() {
        return saveFolders;
    }

    /** The content language the user prefers; used whenever the model is written in it. */
    public void setPreferredLanguage(String language) {
        preferredLanguage.set(language);
        adoptLanguage(model.get());
    }

    public ReadOnlyStringProperty preferredLanguageProperty() {
        return preferredLanguage.getReadOnlyProperty();
    }

    private void adoptLanguage(Model now) {
        if (now == null) {
            return;
        }
        if (preferredLanguage.get() != null && now.languages().contains(preferredLanguage.get())) {
            contentLanguage.set(preferredLanguage.get());
        } else if (!now.languages().contains(contentLanguage.get())) {
            contentLanguage.set(now.languages().get(0));
        }
    }

    private String computeTitle() {
        Model m = model.get();
        return m == null ? "" : m.title().get(contentLanguage.get());
    }

    private String computeSubtitle() {
        Model m = model.get();
        if (m == null) {
            return "";
        }
        Messages texts = messages.get();
        return texts.get("header.subtitle", Dates.range(m.startDate(), m.endDate(), texts.locale()),
                m.venue().get(contentLanguage.get()));
    }

    private String computeStatus() {
        Model m = model.get();
        if (m == null) {
            return "";
        }
        Messages texts = messages.get();
        String zone = ZoneLabels.label(m.timeZone(), m.startDate(), texts.locale());
        int shown = areaIndex(m).count(areaFilter.get());
        String actors = FilterInWords.actorNames(m, areaFilter.get().actors(), contentLanguage.get());
        String status = !actors.isEmpty()
                ? texts.get("status.filteredByActors", modelName.get(), shown, m.meetings().size(), actors, zone)
                : shown == m.meetings().size()
                ? texts.get("status.model", modelName.get(), m.meetings().size(), zone)
                : texts.get("status.filtered", modelName.get(), shown, m.meetings().size(), zone);
        return problems.get() == null ? status
                : status + texts.get("status.problems", problems.get().problems().size());
    }

    /** How many meetings of the open model involve the person or delegation {@code actorId}. */
    public int actorCount(String actorId) {
        Model m = model.get();
        return m == null ? 0 : areaIndex(m).actorCount(actorId);
    }

    /** Whether a model is open and the area filter shows none of its meetings (counted on the index, ADR 0019). */
    public boolean filterShowsNothing() {
        Model m = model.get();
        return m != null && areaIndex(m).count(areaFilter.get()) == 0;
    }

    /** The agenda's rows for the open model and the area filter; none without a model. */
    public List<AgendaRow> agendaRows() {
        Model m = model.get();
        if (m == null) {
            return List.of();
        }
        AreaIndex index = areaIndex(m);
        if (agenda == null) {
            agenda = Agenda.of(m, index);
        }
        return agenda.rows(areaFilter.get());
    }

    /**
     * {@code m}'s index, made when first asked for after a change of model. Asked for by the model, not made in
     * a listener on it: bindings hear of a new model before any change listener does.
     */
    private AreaIndex areaIndex(Model m) {
        if (m != indexed) {
            indexed = m;
            areaIndex = AreaIndex.of(m);
            agenda = null;
        }
        return areaIndex;
    }

    public ReadOnlyObjectProperty<Model> modelProperty() {
        return model.getReadOnlyProperty();
    }

    public Optional<Model> model() {
        return Optional.ofNullable(model.get());
    }

    public ReadOnlyStringProperty modelNameProperty() {
        return modelName.getReadOnlyProperty();
    }

    public StringProperty contentLanguageProperty() {
        return contentLanguage;
    }

    /** The cooperation areas shown: one filter for the timeline, the agenda, the reader and the briefing. */
    public ObjectProperty<AreaFilter> areaFilterProperty() {
        return areaFilter;
    }

    /** Whether meetings outside the filter stay visible, faded, instead of being hidden. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file;
    }

    public BooleanProperty reopenLastModelProperty() {
        return reopenLastModel;
    }

    public BooleanProperty fadeFilteredProperty() {
        return fadeFiltered;
    }

    /** What the timeline's lanes are, and the agenda's rows name: tracks, delegations or people. */
    public ObjectProperty<LaneGrouping> laneGroupingProperty() {
        return laneGrouping;
    }

    /**
     * The lanes of the model for the grouping, content language and actor filter of now: one pass over the meetings,
     * made afresh by each view that needs them when one of those changes.
     */
    public MeetingLanes meetingLanes() {
        Model m = model.get();
        if (m == null) {
            return null;
        }
        // By person the lanes are the people the filter chooses; otherwise a filter change leaves them as they are.
        LanesKey key = new LanesKey(m, laneGrouping.get(), contentLanguage.get(),
                laneGrouping.get() == LaneGrouping.PEOPLE ? areaFilter.get().actors() : null,
                messages.get().get("lanes.others"));
        if (!key.equals(lanesKey)) {
            lanesKey = key;
            lanes = MeetingLanes.of(m, key.grouping(), key.language(), areaFilter.get().actors(), key.others());
        }
        return lanes;
    }

    /** What {@link #meetingLanes()} were made from: the model by identity, the rest by value. */
    private record LanesKey(Model model, LaneGrouping grouping, String language, ActorFilter actors, String others) {
        @Override
        public boolean equals(Object other) {
            return other instanceof LanesKey k && k.model == model && k.grouping == grouping
                    && k.language.equals(language) && Objects.equals(k.actors, actors) && k.others.equals(others);
        }

        @Override
        public int hashCode() {
            return Objects.hash(System.identityHashCode(model), grouping, language, actors, others);
        }
    }

    public ObjectProperty<Meeting> selectedMeetingProperty() {
        return selectedMeeting;
    }

    /** Selects the meeting with this id, if the model has one. */
    public void selectMeeting(String meetingId) {
        model().flatMap(m -> m.meeting(meetingId)).ifPresent(selectedMeeting::set);
    }

    /**
     * A short message for the status bar about work done or under way ("Saved week.png"), or null; worded by the
     * window in its interface language.
     */
    public ObjectProperty<Notice> noticeProperty() {
        return notice;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty loadProgressProperty() {
        return loadProgress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty subtitleProperty() {
        return subtitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The interface language changed: the texts this view-model composes follow it. */
    public void setMessages(Messages changed) {
        messages.set(changed);
    }
}
