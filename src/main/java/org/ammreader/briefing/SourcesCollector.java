package org.ammreader.briefing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ammreader.model.Document;
import org.ammreader.model.Meeting;
import org.ammreader.model.Source;

/**
 * The sources the sheet cites: those of the meeting in focus and of the declaration, each once (by address).
 * The key facts' and every meeting's own sources would take more room than the sheet's one or two pages
 * allow (23 entries for the bundled week's facts alone); the sheet says so, and the application cites them.
 */
final class SourcesCollector {

    private final BriefingLabels labels;

    SourcesCollector(BriefingLabels labels) {
        this.labels = labels;
    }

    Optional<BriefingContent.Sources> sources(Optional<Meeting> featured, Optional<Document> declaration) {
        Map<String, Source> byUrl = new LinkedHashMap<>();
        featured.ifPresent(meeting -> meeting.sources().forEach(source -> byUrl.putIfAbsent(source.url(), source)));
        declaration.ifPresent(document -> document.sources().forEach(source -> byUrl.putIfAbsent(source.url(), source)));
        if (byUrl.isEmpty()) {
            return Optional.empty();
        }
        List<BriefingContent.SourceEntry> entries = byUrl.values().stream()
                .map(source -> new BriefingContent.SourceEntry(source.publisher(),
                        source.shownTitle(labels.locale().getLanguage()), source.isDescribed(),
                        source.date().map(labels::partialDate).orElse(""), source.url()))
                .toList();
        return Optional.of(new BriefingContent.Sources(labels.text("sources.heading"), labels.text("sources.note"),
                entries));
    }
}
