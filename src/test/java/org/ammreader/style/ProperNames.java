package org.ammreader.style;

import java.util.List;

/** Names spelt and punctuated their owners' way, hidden from the rules that would otherwise flag them. */
final class ProperNames {

    private ProperNames() {
    }

    /** The text with each of the names replaced by as many x's, so that positions and lengths stay the same. */
    static String masked(String text, List<String> names) {
        String masked = text;
        for (String name : names) {
            masked = masked.replace(name, "x".repeat(name.length()));
        }
        return masked;
    }
}
