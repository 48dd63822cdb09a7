package org.ammreader.synthetic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.ammreader.model.ActorRef;
import org.ammreader.model.ActorRole;
import org.ammreader.model.Delegation;
import org.ammreader.model.DelegationKind;
import org.ammreader.model.Person;

/**
 * The people and delegations of a synthetic model (ADR 0020): thirty delegations, eighty people (a foreign
 * minister for each delegation, a deputy for each, a senior official for twenty), and one to four of them in each
 * meeting. It draws from a random sequence of its own, so that adding actors left every other part of a
 * synthetic meeting as it was.
 */
final class SyntheticActors {

    private record Named(String id, String en, String fr, DelegationKind kind) {
    }

    private static final List<Named> DELEGATIONS = List.of(
            state("bn", "Brunei", "Brunei"), state("kh", "Cambodia", "Cambodge"),
            state("id", "Indonesia", "Indonésie"), state("la", "Laos", "Laos"),
            state("my", "Malaysia", "Malaisie"), state("mm", "Myanmar", "Myanmar"),
            state("ph", "Philippines", "Philippines"), state("sg", "Singapore", "Singapour"),
            state("th", "Thailand", "Thaïlande"), state("vn", "Viet Nam", "Viêt Nam"),
            state("au", "Australia", "Australie"), state("ca", "Canada", "Canada"), state("cn", "China", "Chine"),
            state("in", "India", "Inde"), state("jp", "Japan", "Japon"), state("kr", "Republic of Korea",
                    "République de Corée"), state("nz", "New Zealand", "Nouvelle-Zélande"),
            state("ru", "Russia", "Russie"), state("us", "United States", "États-Unis"),
            state("kp", "DPR Korea", "RPD de Corée"), state("bd", "Bangladesh", "Bangladesh"),
            state("lk", "Sri Lanka", "Sri Lanka"), state("pk", "Pakistan", "Pakistan"),
            state("mn", "Mongolia", "Mongolie"), state("tl", "Timor-Leste", "Timor-Leste"),
            state("pg", "Papua New Guinea", "Papouasie-Nouvelle-Guinée"), state("gb", "United Kingdom",
                    "Royaume-Uni"), state("de", "Germany", "Allemagne"),
            new Named("asean", "ASEAN", "ASEAN", DelegationKind.ORGANISATION),
            new Named("eu", "European Union", "Union européenne", DelegationKind.ORGANISATION));
    private static final List<String> GIVEN_NAMES = List.of("Anan", "Mei", "Rizal", "Sofia", "Kenji", "Lena",
            "Tuan", "Priya", "Omar", "Claire");
    private static final List<String> FAMILY_NAMES = List.of("Wongsa", "Tanaka", "Santos", "Nguyen", "Lindqvist",
            "Rahman", "Moreau", "Kaur");
    private static final int MINISTERS = 30;
    private static final int DEPUTIES = 30;
    private static final long SEED = 20_190_801L;

    private final SplittableRandom random = new SplittableRandom(SEED);
    private final List<Delegation> delegations;
    private final List<Person> people;

    SyntheticActors() {
        delegations = DELEGATIONS.stream()
                .map(d -> new Delegation(d.id(), SyntheticModel.text(d.en(), d.fr()), d.kind())).toList();
        people = new ArrayList<>();
        for (int i = 0; i < GIVEN_NAMES.size() * FAMILY_NAMES.size(); i++) {
            people.add(person(i));
        }
    }

    private static Named state(String id, String en, String fr) {
        return new Named(id, en, fr, DelegationKind.STATE);
    }

    /** The i-th person: every given name with every family name, so that names and ids never repeat. */
    private static Person person(int i) {
        String given = GIVEN_NAMES.get(i % GIVEN_NAMES.size());
        String family = FAMILY_NAMES.get(i / GIVEN_NAMES.size());
        Named delegation = DELEGATIONS.get(i % DELEGATIONS.size());
        String name = given + " " + family;
        String id = (given + "-" + family).toLowerCase();
        String[] office = i < MINISTERS ? new String[] {"Foreign Minister", "ministre des Affaires étrangères"}
                : i < MINISTERS + DEPUTIES ? new String[] {"Deputy Foreign Minister",
                        "vice-ministre des Affaires étrangères"}
                : new String[] {"Senior Official", "haut fonctionnaire"};
        return new Person(id, SyntheticModel.text(name, name), delegation.id(),
                SyntheticModel.text(office[0] + ", " + delegation.en(), office[1] + ", " + delegation.fr()));
    }

    List<Delegation> delegations() {
        return delegations;
    }

    List<Person> people() {
        return List.copyOf(people);
    }

    /** One to four actors, each named once: a delegation chairs or takes part, a person takes part or speaks. */
    List<ActorRef> draw() {
        int count = 1 + random.nextInt(4);
        Set<String> named = new LinkedHashSet<>();
        List<ActorRef> actors = new ArrayList<>(count);
        while (actors.size() < count) {
            if (random.nextInt(2) == 0) {
                String id = delegations.get(random.nextInt(delegations.size())).id();
                ActorRole role = actors.isEmpty() ? ActorRole.CHAIR : ActorRole.PARTICIPANT;
                if (named.add(id)) {
                    actors.add(ActorRef.delegation(id, role));
                }
            } else {
                String id = people.get(random.nextInt(people.size())).id();
                ActorRole role = random.nextInt(3) == 0 ? ActorRole.SPEAKER : ActorRole.PARTICIPANT;
                if (named.add(id)) {
                    actors.add(ActorRef.person(id, role));
                }
            }
        }
        return actors;
    }
}
