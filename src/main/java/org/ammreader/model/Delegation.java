package org.ammreader.model;

/**
 * A delegation at the week: a state's (id: ISO 3166-1 alpha-2 in lower case, such as "us") or an organisation's
 * (a short id such as "eu"), with its name in each language.
 */
public record Delegation(String id, LocalizedText name, DelegationKind kind) {
}
