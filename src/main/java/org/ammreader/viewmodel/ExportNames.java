package org.ammreader.viewmodel;

import java.util.List;
import org.ammreader.filter.AreaFilter;
import org.ammreader.model.Area;
import org.ammreader.model.Model;

/**
 * The names the PNG, the briefing sheet and the calendar are offered under: the model, the filter and the content
 * language, so that files exported from different views of one week sit side by side without overwriting each other
 * ({@code amm52-bangkok-2019-maritime-fr.pdf}, {@code amm52-bangkok-2019-all-en.png}).
 */
public final class ExportNames {

    /** At most this many area ids in a name; more are counted ("cyber-maritime-tnc-and-2-more"). */
    private static final int NAMED_AREAS = 3;

    private ExportNames() {
    }

    /** The file name, with {@code extension} given without its dot. */
    public static String of(Model model, AreaFilter filter, String language, String extension) {
        return model.id() + "-" + filterPart(model, filter) + "-" + language + "." + extension;
    }

    private static String filterPart(Model model, AreaFilter filter) {
        List<String> shown = model.areas().stream().map(Area::id).filter(filter::includes).toList();
        if (filter.all() || shown.size() == model.areas().size()) {
            return "all";
        }
        if (shown.isEmpty()) {
            return "none";
        }
        String named = String.join("-", shown.subList(0, Math.min(NAMED_AREAS, shown.size())));
        return shown.size() <= NAMED_AREAS ? named : named + "-and-" + (shown.size() - NAMED_AREAS) + "-more";
    }
}
