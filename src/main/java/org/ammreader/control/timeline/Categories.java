package org.ammreader.control.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.paint.Color;

/**
 * The categories of every item, read once, as small numbers in flat arrays: item {@code i} belongs to
 * {@code ids[offsets[i]]} … {@code ids[offsets[i + 1] - 1]}. Which items a set of categories shows is then a pass
 * over primitive arrays, with no call to the adapter and no walk through the items' own objects.
 */
final class Categories {

    private final List<String> names;
    private final int[] offsets;
    private final int[] ids;

    private Categories(List<String> names, int[] offsets, int[] ids) {
        this.names = names;
        this.offsets = offsets;
        this.ids = ids;
    }

    /** Collects the categories of items given one by one, in their final order. */
    static final class Builder {
        private final Map<String, Integer> numbers = new HashMap<>();
        private final List<String> names = new ArrayList<>();
        private final int[] offsets;
        private int[] ids = new int[16];
        private int count;
        private int items;

        Builder(int size) {
            offsets = new int[size + 1];
        }

        void add(Collection<String> categories) {
            for (String name : categories) {
                if (count == ids.length) {
                    ids = Arrays.copyOf(ids, 2 * count);
                }
                ids[count++] = numbers.computeIfAbsent(name, n -> {
                    names.add(n);
                    return names.size() - 1;
                });
            }
            offsets[++items] = count;
        }

        Categories build() {
            return new Categories(List.copyOf(names), offsets, Arrays.copyOf(ids, count));
        }
    }

    /**
     * Each item's colour: that of its first category in {@code shown} (its first category when {@code shown} is
     * null or holds none of its categories) as {@code colors} gives it, or {@code otherwise[i]} when the item has
     * no category or that one has no colour.
     */
    Color[] colors(Map<String, Color> colors, Set<String> shown, Color[] otherwise) {
        Color[] byNumber = new Color[names.size()];
        boolean[] wanted = new boolean[names.size()];
        for (int c = 0; c < byNumber.length; c++) {
            byNumber[c] = colors.get(names.get(c));
            wanted[c] = shown != null && shown.contains(names.get(c));
        }
        Color[] result = new Color[offsets.length - 1];
        for (int i = 0; i < result.length; i++) {
            int first = offsets[i];
            int end = offsets[i + 1];
            int chosen = first;
            while (chosen < end && !wanted[ids[chosen]]) {
                chosen++;
            }
            if (chosen == end) {
                chosen = first;
            }
            Color color = chosen < end ? byNumber[ids[chosen]] : null;
            result[i] = color != null ? color : otherwise[i];
        }
        return result;
    }

    /** {@code outside[i]}: whether item {@code i} is in none of {@code categories}. */
    boolean[] outside(Set<String> categories) {
        boolean[] wanted = new boolean[names.size()];
        for (int c = 0; c < wanted.length; c++) {
            wanted[c] = categories.contains(names.get(c));
        }
        boolean[] outside = new boolean[offsets.length - 1];
        for (int i = 0; i < outside.length; i++) {
            boolean in = false;
            for (int k = offsets[i]; k < offsets[i + 1] && !in; k++) {
                in = wanted[ids[k]];
            }
            outside[i] = !in;
        }
        return outside;
    }
}
