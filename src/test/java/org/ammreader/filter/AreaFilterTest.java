package org.ammreader.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AreaFilterTest {

    private static final List<String> AREAS = List.of("cyber", "maritime", "trade");

    @Test
    void allShowsEverythingEvenUntaggedItems() {
        assertTrue(AreaFilter.ALL.matches(List.of()));
        assertTrue(AreaFilter.ALL.matches(List.of("trade")));
    }

    @Test
    void noneShowsNothing() {
        assertFalse(AreaFilter.NONE.matches(List.of("cyber")));
        assertFalse(AreaFilter.NONE.matches(List.of()));
    }

    @Test
    void aChoiceShowsItemsSharingAnArea() {
        AreaFilter cyber = AreaFilter.of(List.of("cyber"));
        assertTrue(cyber.matches(List.of("trade", "cyber")));
        assertFalse(cyber.matches(List.of("trade")));
        assertFalse(cyber.matches(List.of()));
    }

    @Test
    void togglingFromAllRemovesOneAndTogglingBackRestoresAll() {
        AreaFilter withoutTrade = AreaFilter.ALL.toggle("trade", AREAS);
        assertEquals(Set.of("cyber", "maritime"), withoutTrade.selected());
        assertEquals(AreaFilter.ALL, withoutTrade.toggle("trade", AREAS));
    }

    @Test
    void togglingFromNoneAddsOne() {
        assertEquals(Set.of("maritime"), AreaFilter.NONE.toggle("maritime", AREAS).selected());
    }
}
