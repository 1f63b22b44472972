package org.diplokg.extract;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The fixed word lists and tables the rules look tokens up in. They are hash sets and maps rather than
 * {@code Set.of} and {@code Map.of}: the rules ask, token by token and rule by rule, whether a word is in a
 * list, nearly always it is not, and a hash set mostly answers that at an empty bucket or a hash mismatch,
 * where the linear probing of {@code Set.of} compares strings. Those lookups took a fifth of extraction time.
 */
final class Words {
    private Words() { }

    static Set<String> of(String... words) {
        return copyOf(Arrays.asList(words));
    }

    static Set<String> copyOf(Collection<String> words) {
        return Collections.unmodifiableSet(new HashSet<>(words));
    }

    static <V> Map<String, V> table(Map<String, V> entries) {
        return Collections.unmodifiableMap(new HashMap<>(entries));
    }
}
