package org.ammreader.style;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * American spellings in text that is otherwise British (programme, recognise, towards): each is reported with its
 * British form. Proper names that keep their own spelling pass through a short, explicit list.
 */
final class BritishSpelling {

    /** American form → British form, for words the -ize rule does not catch. */
    private static final Map<String, String> PAIRS = Map.ofEntries(
            Map.entry("program", "programme"), Map.entry("programs", "programmes"),
            Map.entry("toward", "towards"), Map.entry("defense", "defence"), Map.entry("center", "centre"),
            Map.entry("centers", "centres"), Map.entry("color", "colour"), Map.entry("colors", "colours"),
            Map.entry("favor", "favour"), Map.entry("labor", "labour"), Map.entry("behavior", "behaviour"),
            Map.entry("neighbor", "neighbour"), Map.entry("neighbors", "neighbours"), Map.entry("honor", "honour"),
            Map.entry("analyze", "analyse"), Map.entry("catalog", "catalogue"), Map.entry("dialog", "dialogue"),
            Map.entry("traveled", "travelled"), Map.entry("traveling", "travelling"),
            Map.entry("canceled", "cancelled"), Map.entry("modeling", "modelling"), Map.entry("labeled", "labelled"),
            Map.entry("fulfill", "fulfil"), Map.entry("enroll", "enrol"), Map.entry("gray", "grey"),
            Map.entry("offense", "offence"), Map.entry("license", "licence"), Map.entry("meter", "metre"),
            Map.entry("liter", "litre"), Map.entry("theater", "theatre"), Map.entry("judgment", "judgement"));
    /** Words in -ize that are spelt so in British English too. */
    private static final Set<String> IZE_WORDS = Set.of("size", "sizes", "sized", "sizing", "resize", "resized",
            "seize", "seized", "prize", "prizes", "prized", "capsize", "capsized", "maize", "downsize", "oversize",
            "oversized", "belize");
    /** Proper names spelt the American way by their owners. */
    static final List<String> PROPER_NAMES = List.of("Department of Defense", "A Decade Toward the Green Mekong",
            "World Trade Center");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern IZE = Pattern.compile("(?i)(\\p{L}+?)(iz)(e|es|ed|ing|ation|ations)");

    private BritishSpelling() {
    }

    static List<String> faults(String text) {
        String checked = ProperNames.masked(text, PROPER_NAMES);
        List<String> faults = new ArrayList<>();
        Matcher word = WORD.matcher(checked);
        while (word.find()) {
            String found = word.group();
            String lower = found.toLowerCase(Locale.ROOT);
            String british = PAIRS.get(lower);
            Matcher ize = IZE.matcher(found);
            if (british == null && !IZE_WORDS.contains(lower) && ize.matches()) {
                british = ize.group(1) + "is" + ize.group(3);
            }
            if (british != null) {
                faults.add("the American spelling “" + found + "”; expected the British “" + british + "”");
            }
        }
        return faults;
    }
}
