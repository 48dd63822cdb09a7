package org.ammreader.model;

/**
 * A person who took part in the week: the name as each language spells it, the id of the delegation they came
 * with, and the office they held that week in each language.
 */
public record Person(String id, LocalizedText name, String delegation, LocalizedText office) {
}
