package org.ammreader.synthetic;

import java.util.List;

/**
 * The vocabulary of synthetic models: areas, lanes, partners, subjects, publishers and names, in English and
 * French, with the wording diplomatic calendars use. Fixed lists, so that a seed always gives the same file.
 */
final class SyntheticWords {

    record Area(String id, String en, String fr, String color) {
    }

    record Track(String id, String en, String fr, int weight) {
    }

    /** A subject as it reads after "on" / "sur", and the area it belongs to. */
    record Subject(String en, String fr, String area) {
    }

    record Partner(String en, String fr) {
    }

    static final List<Area> AREAS = List.of(
            new Area("cyber", "Cybersecurity and secure ICTs", "Cybersécurité et sécurité des TIC", "#0E73B6"),
            new Area("ctvex", "Counter-terrorism and extremism", "Antiterrorisme et extrémisme violent", "#327492"),
            new Area("tnc", "Transnational crime and trafficking", "Criminalité transnationale et trafics", "#7089DD"),
            new Area("maritime", "Maritime security", "Sécurité maritime", "#597AAE"),
            new Area("npd", "Non-proliferation and disarmament", "Non-prolifération et désarmement", "#6860BC"),
            new Area("climate", "Climate change", "Changement climatique", "#2E7A3D"),
            new Area("connect", "Connectivity and infrastructure", "Connectivité et infrastructures", "#A9523A"),
            new Area("trade", "Trade, investment and FTAs", "Commerce, investissement, libre-échange", "#A86657"),
            new Area("digital", "Digital economy and e-commerce", "Économie numérique et e-commerce", "#957321"),
            new Area("energy", "Energy security", "Sécurité énergétique", "#968F45"),
            new Area("disaster", "Disasters and humanitarian aid", "Catastrophes et aide humanitaire", "#437665"),
            new Area("health", "Public health and epidemics", "Santé publique et épidémies", "#BF7981"));

    /** The lane and the subject of the meeting that adopted the model's statement. */
    static final Track WITH_PARTNERS = new Track("partners", "ASEAN and partners", "ASEAN et partenaires", 20);
    static final Subject MARITIME_COOPERATION = new Subject("maritime cooperation", "la coopération maritime",
            "maritime");

    /** The lanes, with how often a meeting falls in each (out of the weights' sum). */
    static final List<Track> TRACKS = List.of(
            new Track("asean", "ASEAN meetings", "Réunions de l’ASEAN", 22),
            WITH_PARTNERS,
            new Track("apt-eas-arf", "ASEAN+3, EAS and ARF", "ASEAN+3, EAS et ARF", 13),
            new Track("mekong", "Mekong sub-region", "Sous-région du Mékong", 8),
            new Track("working-groups", "Working groups", "Groupes de travail", 22),
            new Track("side", "Side events and bilaterals", "En marge des réunions", 15));

    static final List<Subject> SUBJECTS = List.of(
            new Subject("cybersecurity", "la cybersécurité", "cyber"),
            new Subject("ICT security norms", "les normes de sécurité des TIC", "cyber"),
            new Subject("counter-terrorism", "la lutte contre le terrorisme", "ctvex"),
            new Subject("preventing violent extremism", "la prévention de l’extrémisme violent", "ctvex"),
            new Subject("trafficking in persons", "la traite des personnes", "tnc"),
            new Subject("illicit drugs", "les drogues illicites", "tnc"),
            new Subject("maritime security", "la sécurité maritime", "maritime"),
            MARITIME_COOPERATION,
            new Subject("non-proliferation", "la non-prolifération", "npd"),
            new Subject("climate change", "le changement climatique", "climate"),
            new Subject("marine debris", "les déchets marins", "climate"),
            new Subject("connectivity", "la connectivité", "connect"),
            new Subject("trade facilitation", "la facilitation des échanges", "trade"),
            new Subject("investment", "l’investissement", "trade"),
            new Subject("the digital economy", "l’économie numérique", "digital"),
            new Subject("energy security", "la sécurité énergétique", "energy"),
            new Subject("disaster management", "la gestion des catastrophes", "disaster"),
            new Subject("humanitarian assistance", "l’aide humanitaire", "disaster"),
            new Subject("public health emergencies", "les urgences de santé publique", "health"),
            new Subject("pandemic preparedness", "la préparation aux pandémies", "health"));

    static final List<Partner> PARTNERS = List.of(
            new Partner("Australia", "Australie"),
            new Partner("Canada", "Canada"),
            new Partner("China", "Chine"),
            new Partner("European Union", "Union européenne"),
            new Partner("India", "Inde"),
            new Partner("Japan", "Japon"),
            new Partner("Republic of Korea", "République de Corée"),
            new Partner("New Zealand", "Nouvelle-Zélande"),
            new Partner("Russia", "Russie"),
            new Partner("United States", "États-Unis"));

    static final List<Partner> MEMBERS = List.of(
            new Partner("Brunei", "Brunéi"),
            new Partner("Cambodia", "Cambodge"),
            new Partner("Indonesia", "Indonésie"),
            new Partner("Laos", "Laos"),
            new Partner("Malaysia", "Malaisie"),
            new Partner("Myanmar", "Myanmar"),
            new Partner("Philippines", "Philippines"),
            new Partner("Singapore", "Singapour"),
            new Partner("Thailand", "Thaïlande"),
            new Partner("Viet Nam", "Viêt Nam"));

    /** Publishers and the folder of their (reserved, example.org) web addresses. */
    static final List<Partner> PUBLISHERS = List.of(
            new Partner("ASEAN Secretariat", "asean-secretariat"),
            new Partner("Ministry of Foreign Affairs of Thailand", "mfa-thailand"),
            new Partner("Vietnam News Agency", "vna"),
            new Partner("Bangkok Post", "bangkok-post"),
            new Partner("The Jakarta Post", "jakarta-post"),
            new Partner("Kyodo News", "kyodo"));

    static final List<String> FIRST_NAMES = List.of("Anan", "Siti", "Nguyen", "Maria", "Kenji", "Ananya", "Tomas",
            "Li", "Rizal", "Malee", "Daniel", "Hana");
    static final List<String> LAST_NAMES = List.of("Srisuk", "Rahman", "Van Thanh", "Santos", "Tanaka", "Iyer",
            "Keller", "Wei", "Hakim", "Chaiyasit", "Moreau", "Park");

    private SyntheticWords() {
    }
}
