package org.ammreader.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ammreader.model.ActorRef;
import org.ammreader.model.ActorRole;
import org.ammreader.model.DelegationKind;
import org.ammreader.model.Meeting;
import org.ammreader.model.Model;
import org.ammreader.model.Person;
import org.junit.jupiter.api.Test;

/**
 * People and delegations in a model file (ADR 0020): what loads, each problem with its message and place, in
 * English and French, and the writer's round trip. The cases change one thing in a small valid model.
 */
class ActorsLoaderTest {

    private static final String FILE = "actors.json";
    /** A person entry whose id is to be filled in, for the cases that add one. */
    private static final String LAVROV_AGAIN = "{\"id\": \"ID\", \"name\": {\"en\": \"S. Lavrov\", \"fr\": \"S. Lavrov\"}, "
            + "\"delegation\": \"ru\", \"office\": {\"en\": \"Minister\", \"fr\": \"Ministre\"}}";
    private final ModelLoader loader = new ModelLoader(JsonMappers.create());
    private final String valid = ModelLoaderTest.resource("/models/actors.json");

    private Model load(String text) throws ModelException {
        return loader.load(text.getBytes(StandardCharsets.UTF_8), FILE);
    }

    private List<String> problems(String text, Locale locale) {
        ModelException e = assertThrows(ModelException.class, () -> load(text));
        return e.describe(locale);
    }

    /** Replaces the one occurrence of {@code from}; fails if it is not exactly one. */
    private String change(String from, String to) {
        int first = valid.indexOf(from);
        assertTrue(first >= 0 && valid.indexOf(from, first + 1) < 0, "not unique in the model: " + from);
        return valid.replace(from, to);
    }

    /** "LINE:COLUMN" of the first {@code needle} after {@code context}, counting from 1. */
    private static String at(String text, String context, String needle) {
        int index = text.indexOf(needle, text.indexOf(context));
        assertTrue(text.indexOf(context) >= 0 && index >= 0, context + " / " + needle);
        String before = text.substring(0, index);
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        return line + ":" + (index - before.lastIndexOf('\n'));
    }

    private void assertProblem(String text, String context, String needle, String pointer, String english,
                               String french) {
        String place = FILE + ":" + at(text, context, needle) + ": " + pointer + ": ";
        assertEquals(List.of(place + english), problems(text, Locale.ENGLISH));
        assertEquals(List.of(place + nbsp(french)), problems(text, Locale.FRENCH));
    }

    @Test
    void readsPeopleDelegationsAndTheActorsOfEachMeeting() throws ModelException {
        Model model = load(valid);
        assertEquals(List.of("eu", "us", "ru", "th"), model.delegations().stream().map(d -> d.id()).toList());
        assertEquals(DelegationKind.ORGANISATION, model.delegation("eu").orElseThrow().kind());
        Person lavrov = model.person("sergey-lavrov").orElseThrow();
        assertEquals("Sergueï Lavrov", lavrov.name().get("fr"));
        assertEquals("Sergey Lavrov", lavrov.name().get("en"));
        assertEquals("ru", lavrov.delegation());
        assertEquals("Foreign Minister of Russia", lavrov.office().get("en"));
        Meeting first = model.meeting("first").orElseThrow();
        assertEquals(List.of(ActorRef.delegation("eu", ActorRole.CO_CHAIR),
                ActorRef.person("mike-pompeo", ActorRole.PARTICIPANT),
                ActorRef.person("sergey-lavrov", ActorRole.SPEAKER)), first.actors());
        assertEquals(List.of("eu", "us", "ru"), List.copyOf(model.delegationsOf(first)));
        assertEquals(List.of("mike-pompeo", "sergey-lavrov"), List.copyOf(model.peopleOf(first)));
        assertEquals(List.of("th"), List.copyOf(model.delegationsOf(model.meeting("second").orElseThrow())));
    }

    @Test
    void aModelWithoutActorsHasNone() throws ModelException {
        Model model = load(ModelLoaderTest.resource("/models/minimal.json"));
        assertEquals(List.of(), model.delegations());
        assertEquals(List.of(), model.people());
        assertEquals(List.of(), model.meeting("first").orElseThrow().actors());
        assertEquals(Optional.empty(), model.person("mike-pompeo"));
    }

    @Test
    void unknownPersonInAMeeting() {
        String text = change("{\"person\": \"sergey-lavrov\", \"role\"", "{\"person\": \"sergei-lavrov\", \"role\"");
        assertProblem(text, "\"person\": \"sergei", "\"sergei", "/meetings/0/actors/2/person",
                "unknown person \"sergei-lavrov\" (declared: mike-pompeo, sergey-lavrov)",
                "personne « sergei-lavrov » inconnue (déclarées : mike-pompeo, sergey-lavrov)");
    }

    @Test
    void unknownDelegationInAMeeting() {
        String text = change("{\"delegation\": \"th\", \"role\"", "{\"delegation\": \"tha\", \"role\"");
        assertProblem(text, "{\"delegation\": \"tha\"", "\"tha\"", "/meetings/1/actors/0/delegation",
                "unknown delegation \"tha\" (declared: eu, us, ru, th)",
                "délégation « tha » inconnue (déclarées : eu, us, ru, th)");
    }

    @Test
    void unknownDelegationOfAPerson() {
        String text = change("\"delegation\": \"ru\",", "\"delegation\": \"su\",");
        assertProblem(text, "\"delegation\": \"su\"", "\"su\"", "/people/1/delegation",
                "unknown delegation \"su\" (declared: eu, us, ru, th)",
                "délégation « su » inconnue (déclarées : eu, us, ru, th)");
    }

    @Test
    void duplicateDelegationId() {
        String text = change("\"kind\": \"state\"},\n    {\"id\": \"ru\"",
                "\"kind\": \"state\"},\n    {\"id\": \"us\", \"name\": {\"en\": \"USA\", \"fr\": \"USA\"}, "
                        + "\"kind\": \"state\"},\n    {\"id\": \"ru\"");
        assertProblem(text, "{\"id\": \"us\", \"name\": {\"en\": \"USA\"", "\"us\"", "/delegations/2/id",
                "the id \"us\" is already used (at /delegations/1)",
                "l’identifiant « us » est déjà utilisé (en /delegations/1)");
    }

    @Test
    void duplicatePersonId() {
        String text = change("\"people\": [", "\"people\": [\n    " + LAVROV_AGAIN.replace("ID", "mike-pompeo") + ",");
        assertProblem(text, "{\"id\": \"mike-pompeo\", \"name\": {\"en\": \"Mike", "\"mike-pompeo\"", "/people/1/id",
                "the id \"mike-pompeo\" is already used (at /people/0)",
                "l’identifiant « mike-pompeo » est déjà utilisé (en /people/0)");
    }

    @Test
    void personIdEqualToADelegationId() {
        String text = change("\"people\": [", "\"people\": [\n    " + LAVROV_AGAIN.replace("ID", "eu") + ",");
        assertProblem(text, "\"people\"", "\"eu\"", "/people/0/id",
                "the person id \"eu\" is already a delegation’s id (at /delegations/0); a person and a delegation "
                        + "need different ids",
                "l’identifiant de personne « eu » est déjà celui d’une délégation (en /delegations/0) ; une "
                        + "personne et une délégation doivent avoir des identifiants différents");
    }

    @Test
    void bothPersonAndDelegation() {
        String text = change("{\"person\": \"mike-pompeo\", \"role\"",
                "{\"person\": \"mike-pompeo\", \"delegation\": \"us\", \"role\"");
        assertProblem(text, "\"actors\"", "{\"person\": \"mike-pompeo\"", "/meetings/0/actors/1",
                "an actor is either a \"person\" or a \"delegation\", not both",
                "un acteur est soit une personne (« person »), soit une délégation (« delegation »), pas les deux");
    }

    @Test
    void neitherPersonNorDelegation() {
        String text = change("{\"delegation\": \"th\", \"role\": \"chair\"}", "{\"role\": \"chair\"}");
        assertProblem(text, "\"actors\": [{", "{\"role\"", "/meetings/1/actors/0",
                "an actor needs a \"person\" or a \"delegation\"",
                "un acteur doit avoir une personne (« person ») ou une délégation (« delegation »)");
    }

    @Test
    void unknownRole() {
        String text = change("\"role\": \"speaker\"", "\"role\": \"host\"");
        assertProblem(text, "\"host\"", "\"host\"", "/meetings/0/actors/2/role",
                "unknown role \"host\"; expected chair, co-chair, participant or speaker",
                "rôle « host » inconnu ; attendu : chair, co-chair, participant ou speaker");
    }

    @Test
    void unknownDelegationKind() {
        String text = change("\"kind\": \"organisation\"", "\"kind\": \"union\"");
        assertProblem(text, "\"union\"", "\"union\"", "/delegations/0/kind",
                "unknown delegation kind \"union\"; expected state or organisation",
                "type de délégation « union » inconnu ; attendu : state ou organisation");
    }

    @Test
    void sameActorTwiceInAMeeting() {
        String text = change("{\"person\": \"sergey-lavrov\", \"role\": \"speaker\"}",
                "{\"person\": \"mike-pompeo\", \"role\": \"speaker\"}");
        assertProblem(text, "{\"person\": \"mike-pompeo\", \"role\": \"speaker\"", "{", "/meetings/0/actors/2",
                "the meeting already names \"mike-pompeo\" (at /meetings/0/actors/1); name each actor once, with "
                        + "one role",
                "la réunion nomme déjà « mike-pompeo » (en /meetings/0/actors/1) ; nommez chaque acteur une seule "
                        + "fois, avec un seul rôle");
    }

    @Test
    void badIdPattern() {
        String text = change("{\"id\": \"mike-pompeo\",", "{\"id\": \"Mike Pompeo\",");
        assertProblem(text, "\"people\"", "\"Mike Pompeo\"", "/people/0/id",
                "\"Mike Pompeo\" is not a valid id; use lower-case letters, digits and single hyphens (such as "
                        + "\"asean-eu\")",
                "« Mike Pompeo » n’est pas un identifiant valide ; utilisez des minuscules, des chiffres et des "
                        + "traits d’union simples (par exemple « asean-eu »)");
    }

    @Test
    void writtenAndLoadedAgainIsTheSame() throws Exception {
        Model model = load(valid);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ModelWriter(JsonMappers.create()).write(model, out);
        SameModel.assertSame(model, loader.load(out.toByteArray(), "written.json"));
    }

    /** French messages have no-break spaces inside « guillemets » and before ; and :, typed here as plain ones. */
    private static String nbsp(String text) {
        return text.replace("« ", "«\u00a0").replace(" »", "\u00a0»").replace(" ;", "\u00a0;").replace(" :", "\u00a0:");
    }
}
