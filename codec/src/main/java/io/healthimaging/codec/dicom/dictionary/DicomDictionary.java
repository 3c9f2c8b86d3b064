package io.healthimaging.codec.dicom.dictionary;

import io.healthimaging.codec.dicom.Tag;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The PS3.6 data dictionary (edition 2022b): keyword, VR, VM and retirement of every public attribute.
 *
 * <p>The table is a generated resource ({@code codec/src/build/generate_dictionary.py}) read on first use
 * into sorted primitive arrays; lookups by tag are a binary search, repeating groups such as (60xx,3000) a
 * scan of the few dozen patterns. The keyword index is built only when a keyword is first looked up.
 */
public final class DicomDictionary {
    private static final String RESOURCE = "dictionary.tsv";

    private final int[] tags;
    private final String[] keywords;
    private final String[] vrs;
    private final String[] vms;
    private final boolean[] retired;
    private final int[] patternValues;
    private final int[] patternMasks;
    private final int[] patternEntries;
    private volatile Map<String, Integer> byKeyword;

    private DicomDictionary(List<String[]> rows) {
        List<String[]> exact = new ArrayList<>();
        List<String[]> patterns = new ArrayList<>();
        for (String[] row : rows) {
            (row[0].contains("x") ? patterns : exact).add(row);
        }
        exact.sort((a, b) -> Integer.compareUnsigned(Tag.parse(a[0]), Tag.parse(b[0])));
        List<String[]> all = new ArrayList<>(exact);
        all.addAll(patterns);
        int n = all.size();
        tags = new int[exact.size()];
        keywords = new String[n];
        vrs = new String[n];
        vms = new String[n];
        retired = new boolean[n];
        patternValues = new int[patterns.size()];
        patternMasks = new int[patterns.size()];
        patternEntries = new int[patterns.size()];
        for (int i = 0; i < n; i++) {
            String[] row = all.get(i);
            keywords[i] = row[3];
            vrs[i] = row[1].intern();
            vms[i] = row[2].intern();
            retired[i] = row.length > 4 && "R".equals(row[4]);
            if (i < tags.length) {
                tags[i] = Tag.parse(row[0]);
            } else {
                int p = i - tags.length;
                patternValues[p] = Tag.parse(row[0].replace('x', '0'));
                patternMasks[p] = Tag.parse(row[0].replaceAll("[0-9A-F]", "F").replace('x', '0'));
                patternEntries[p] = i;
            }
        }
    }

    private static final class Holder {
        static final DicomDictionary INSTANCE = load();
    }

    /** The dictionary, loaded on first use. */
    public static DicomDictionary get() {
        return Holder.INSTANCE;
    }

    private static DicomDictionary load() {
        try (InputStream in = DicomDictionary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            List<String[]> rows = new ArrayList<>(5000);
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isEmpty() && line.charAt(0) != '#') {
                    rows.add(line.split("\t", -1));
                }
            }
            return new DicomDictionary(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the DICOM dictionary", e);
        }
    }

    /** The entry of a public attribute, if PS3.6 defines it. Private tags are never in the dictionary. */
    public Optional<DictionaryEntry> lookup(int tag) {
        int index = indexOf(tag);
        return index < 0 ? Optional.empty() : Optional.of(entry(index, tag));
    }

    /** The keyword of a public attribute, or {@code null}. */
    public String keyword(int tag) {
        int index = indexOf(tag);
        return index < 0 ? null : keywords[index];
    }

    /** The tag a keyword names; repeating-group keywords give their first group (6000 for OverlayData). */
    public OptionalInt tag(String keyword) {
        Map<String, Integer> index = byKeyword;
        if (index == null) {
            index = buildKeywordIndex();
        }
        Integer tag = index.get(keyword);
        return tag == null ? OptionalInt.empty() : OptionalInt.of(tag);
    }

    /** Number of entries, exact and repeating. */
    public int size() {
        return keywords.length;
    }

    private synchronized Map<String, Integer> buildKeywordIndex() {
        if (byKeyword == null) {
            Map<String, Integer> index = new HashMap<>(keywords.length * 2);
            for (int i = 0; i < tags.length; i++) {
                index.put(keywords[i], tags[i]);
            }
            for (int p = 0; p < patternEntries.length; p++) {
                index.put(keywords[patternEntries[p]], patternValues[p]);
            }
            byKeyword = index;
        }
        return byKeyword;
    }

    private int indexOf(int tag) {
        if (Tag.isPrivate(tag)) {
            return -1;
        }
        int index = Tag.search(tags.length, i -> tags[i], tag);
        if (index >= 0) {
            return index;
        }
        for (int p = 0; p < patternMasks.length; p++) {
            if ((tag & patternMasks[p]) == patternValues[p]) {
                return patternEntries[p];
            }
        }
        return -1;
    }

    private DictionaryEntry entry(int index, int tag) {
        return new DictionaryEntry(tag, keywords[index], vrs[index], vms[index], retired[index]);
    }

    @Override
    public String toString() {
        return "DicomDictionary[" + size() + " entries]";
    }
}
