package org.ammreader.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ammreader.model.ActorRef;
import org.ammreader.model.AlternativeTime;
import org.ammreader.model.Area;
import org.ammreader.model.Delegation;
import org.ammreader.model.Document;
import org.ammreader.model.Fact;
import org.ammreader.model.LocalizedText;
import org.ammreader.model.Meeting;
import org.ammreader.model.MeetingTime;
import org.ammreader.model.Model;
import org.ammreader.model.Paragraph;
import org.ammreader.model.Person;
import org.ammreader.model.Source;
import org.ammreader.model.Track;

/**
 * Writes a model as format v1 JSON (docs/adr/0011), every field the loader reads, in the order the loader lists
 * them, so that loading what it wrote gives the same model. It streams, so a model of 100,000 meetings never
 * exists as a JSON tree. Optional fields that are absent are left out, as a person writing the file would.
 */
public final class ModelWriter {

    private final ObjectMapper mapper;

    /** {@code mapper}: the application's one configured mapper ({@link JsonMappers#create()}), whose factory writes. */
    public ModelWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Writes {@code model} as UTF-8 JSON, indented as a person would write it; {@code out} is not closed. */
    public void write(Model model, OutputStream out) throws IOException {
        try (JsonGenerator json = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            // "name": value, as people write it (Jackson's default puts a space before the colon too).
            json.setPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)));
            new Fields(json, model.languages()).model(model);
        }
    }

    /** One model's writing: the generator and the model's languages, which decide how a chair is written. */
    private record Fields(JsonGenerator json, List<String> languages) {

        void model(Model model) throws IOException {
            json.writeStartObject();
            json.writeStringField("format", Model.FORMAT);
            json.writeStringField("id", model.id());
            strings("languages", model.languages());
            text("title", model.title());
            json.writeStringField("timeZone", model.timeZone().getId());
            json.writeStringField("startDate", model.startDate().toString());
            json.writeStringField("endDate", model.endDate().toString());
            text("venue", model.venue());
            json.writeArrayFieldStart("areas");
            for (Area area : model.areas()) {
                json.writeStartObject();
                json.writeStringField("id", area.id());
                text("label", area.label());
                json.writeStringField("color", area.color());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("tracks");
            for (Track track : model.tracks()) {
                json.writeStartObject();
                json.writeStringField("id", track.id());
                text("label", track.label());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("meetings");
            for (Meeting meeting : model.meetings()) {
                meeting(meeting);
            }
            json.writeEndArray();
            if (!model.documents().isEmpty()) {
                json.writeArrayFieldStart("documents");
                for (Document document : model.documents()) {
                    document(document);
                }
                json.writeEndArray();
            }
            if (!model.facts().isEmpty()) {
                json.writeArrayFieldStart("facts");
                for (Fact fact : model.facts()) {
                    fact(fact);
                }
                json.writeEndArray();
            }
            delegations(model.delegations());
            people(model.people());
            json.writeEndObject();
        }

        /** The model's delegations, left out when there are none (ADR 0020). */
        private void delegations(List<Delegation> delegations) throws IOException {
            if (delegations.isEmpty()) {
                return;
            }
            json.writeArrayFieldStart("delegations");
            for (Delegation delegation : delegations) {
                json.writeStartObject();
                json.writeStringField("id", delegation.id());
                text("name", delegation.name());
                json.writeStringField("kind", delegation.kind().code());
                json.writeEndObject();
            }
            json.writeEndArray();
        }

        private void people(List<Person> people) throws IOException {
            if (people.isEmpty()) {
                return;
            }
            json.writeArrayFieldStart("people");
            for (Person person : people) {
                json.writeStartObject();
                json.writeStringField("id", person.id());
                text("name", person.name());
                json.writeStringField("delegation", person.delegation());
                text("office", person.office());
                json.writeEndObject();
            }
            json.writeEndArray();
        }

        private void actors(List<ActorRef> actors) throws IOException {
            if (actors.isEmpty()) {
                return;
            }
            json.writeArrayFieldStart("actors");
            for (ActorRef actor : actors) {
                json.writeStartObject();
                if (actor.person().isPresent()) {
                    json.writeStringField("person", actor.person().get());
                } else {
                    json.writeStringField("delegation", actor.delegation().orElseThrow());
                }
                json.writeStringField("role", actor.role().code());
                json.writeEndObject();
            }
            json.writeEndArray();
        }

        private void meeting(Meeting meeting) throws IOException {
            json.writeStartObject();
            json.writeStringField("id", meeting.id());
            json.writeStringField("track", meeting.track());
            text("title", meeting.title());
            optionalText("shortTitle", meeting.shortTitle());
            json.writeStringField("date", meeting.date().toString());
            if (meeting.endDate().isPresent()) {
                json.writeStringField("endDate", meeting.endDate().get().toString());
            }
            time(meeting.time());
            if (meeting.alternativeTime().isPresent()) {
                AlternativeTime alternative = meeting.alternativeTime().get();
                json.writeObjectFieldStart("alternativeTime");
                time(alternative.time());
                text("note", alternative.note());
                json.writeEndObject();
            }
            optionalText("venue", meeting.venue());
            if (!meeting.chairs().isEmpty()) {
                json.writeArrayFieldStart("chairs");
                for (LocalizedText chair : meeting.chairs()) {
                    chair(chair);
                }
                json.writeEndArray();
            }
            optionalText("participants", meeting.participants());
            text("summary", meeting.summary());
            if (!meeting.outcomes().isEmpty()) {
                json.writeArrayFieldStart("outcomes");
                for (LocalizedText outcome : meeting.outcomes()) {
                    texts(outcome);
                }
                json.writeEndArray();
            }
            strings("areas", meeting.areas());
            if (!meeting.documents().isEmpty()) {
                strings("documents", meeting.documents());
            }
            json.writeStringField("confidence", meeting.confidence().code());
            optionalText("note", meeting.note());
            sources(meeting.sources());
            actors(meeting.actors());
            json.writeEndObject();
        }

        /** The time's fields; the format's defaults (an exact time) are left out. */
        private void time(MeetingTime time) throws IOException {
            if (time.start().isPresent()) {
                json.writeStringField("start", time.start().get().toString());
                if (time.isApproximate()) {
                    json.writeStringField("timePrecision", time.precision().code());
                }
            }
            if (time.partOfDay().isPresent()) {
                json.writeStringField("partOfDay", time.partOfDay().get().code());
            }
            if (time.end().isPresent()) {
                json.writeStringField("end", time.end().get().toString());
            }
            if (time.duration().isPresent()) {
                Duration duration = time.duration().get();
                json.writeNumberField("durationMinutes", duration.toMinutes());
            }
        }

        /** A chair the same in every language of the model is a name, and is written as one, as people do. */
        private void chair(LocalizedText chair) throws IOException {
            Map<String, String> values = chair.values();
            String first = values.values().iterator().next();
            boolean name = values.keySet().equals(Set.copyOf(languages))
                    && values.values().stream().allMatch(first::equals);
            if (name) {
                json.writeString(first);
            } else {
                texts(chair);
            }
        }

        private void document(Document document) throws IOException {
            json.writeStartObject();
            json.writeStringField("id", document.id());
            text("title", document.title());
            json.writeStringField("date", document.date().toString());
            if (document.meeting().isPresent()) {
                json.writeStringField("meeting", document.meeting().get());
            }
            json.writeStringField("kind", document.kind());
            text("rendition", document.rendition());
            json.writeArrayFieldStart("paragraphs");
            for (Paragraph paragraph : document.paragraphs()) {
                json.writeStartObject();
                json.writeStringField("id", paragraph.id());
                if (!paragraph.areas().isEmpty()) {
                    strings("areas", paragraph.areas());
                }
                text("text", paragraph.text());
                json.writeEndObject();
            }
            json.writeEndArray();
            sources(document.sources());
            json.writeEndObject();
        }

        private void fact(Fact fact) throws IOException {
            json.writeStartObject();
            json.writeStringField("id", fact.id());
            text("label", fact.label());
            text("value", fact.value());
            json.writeStringField("asOf", fact.asOf());
            json.writeStringField("confidence", fact.confidence().code());
            optionalText("note", fact.note());
            sources(fact.sources());
            json.writeEndObject();
        }

        private void sources(List<Source> sources) throws IOException {
            json.writeArrayFieldStart("sources");
            for (Source source : sources) {
                json.writeStartObject();
                json.writeStringField("publisher", source.publisher());
                if (source.title().isPresent()) {
                    json.writeStringField("title", source.title().get());
                }
                optionalText("description", source.description());
                json.writeStringField("url", source.url());
                if (source.date().isPresent()) {
                    json.writeStringField("date", source.date().get());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        }

        private void strings(String name, List<String> values) throws IOException {
            json.writeArrayFieldStart(name);
            for (String value : values) {
                json.writeString(value);
            }
            json.writeEndArray();
        }

        private void optionalText(String name, Optional<LocalizedText> text) throws IOException {
            if (text.isPresent()) {
                text(name, text.get());
            }
        }

        private void text(String name, LocalizedText text) throws IOException {
            json.writeFieldName(name);
            texts(text);
        }

        private void texts(LocalizedText text) throws IOException {
            json.writeStartObject();
            for (Map.Entry<String, String> entry : text.values().entrySet()) {
                json.writeStringField(entry.getKey(), entry.getValue());
            }
            json.writeEndObject();
        }
    }
}
