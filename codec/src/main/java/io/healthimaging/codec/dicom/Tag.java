package io.healthimaging.codec.dicom;

import java.util.Locale;
import java.util.function.IntUnaryOperator;

/**
 * DICOM attribute tags as {@code int}s: group in the high 16 bits, element in the low 16 bits. Tags order
 * as unsigned numbers, which is the order of elements in an encoded data set.
 */
public final class Tag {
    public static final int FILE_META_INFORMATION_GROUP_LENGTH = 0x00020000;
    public static final int FILE_META_INFORMATION_VERSION = 0x00020001;
    public static final int MEDIA_STORAGE_SOP_CLASS_UID = 0x00020002;
    public static final int MEDIA_STORAGE_SOP_INSTANCE_UID = 0x00020003;
    public static final int TRANSFER_SYNTAX_UID = 0x00020010;
    public static final int IMPLEMENTATION_CLASS_UID = 0x00020012;
    public static final int IMPLEMENTATION_VERSION_NAME = 0x00020013;
    public static final int SPECIFIC_CHARACTER_SET = 0x00080005;
    public static final int SOP_CLASS_UID = 0x00080016;
    public static final int SOP_INSTANCE_UID = 0x00080018;
    public static final int STUDY_INSTANCE_UID = 0x0020000D;
    public static final int SERIES_INSTANCE_UID = 0x0020000E;
    public static final int SAMPLES_PER_PIXEL = 0x00280002;
    public static final int PHOTOMETRIC_INTERPRETATION = 0x00280004;
    public static final int PLANAR_CONFIGURATION = 0x00280006;
    public static final int NUMBER_OF_FRAMES = 0x00280008;
    public static final int ROWS = 0x00280010;
    public static final int COLUMNS = 0x00280011;
    public static final int BITS_ALLOCATED = 0x00280100;
    public static final int BITS_STORED = 0x00280101;
    public static final int HIGH_BIT = 0x00280102;
    public static final int PIXEL_REPRESENTATION = 0x00280103;
    public static final int EXTENDED_OFFSET_TABLE = 0x7FE00001;
    public static final int EXTENDED_OFFSET_TABLE_LENGTHS = 0x7FE00002;
    public static final int PIXEL_DATA = 0x7FE00010;
    public static final int ITEM = 0xFFFEE000;
    public static final int ITEM_DELIMITATION_ITEM = 0xFFFEE00D;
    public static final int SEQUENCE_DELIMITATION_ITEM = 0xFFFEE0DD;

    private Tag() {
    }

    public static int of(int group, int element) {
        return (group << 16) | (element & 0xFFFF);
    }

    public static int group(int tag) {
        return tag >>> 16;
    }

    public static int element(int tag) {
        return tag & 0xFFFF;
    }

    /** Odd groups above 0x0007 are private (PS3.5 7.8); 0x0001-0x0007 and 0xFFFF are not allowed at all. */
    public static boolean isPrivate(int tag) {
        return (group(tag) & 1) == 1;
    }

    /** (gggg,0010-00FF) of a private group reserves a block of elements for one creator. */
    public static boolean isPrivateCreator(int tag) {
        int element = element(tag);
        return isPrivate(tag) && element >= 0x10 && element <= 0xFF;
    }

    /** The private creator element that reserves the block this private element lives in. */
    public static int privateCreatorOf(int tag) {
        return of(group(tag), element(tag) >>> 8);
    }

    public static boolean isGroupLength(int tag) {
        return element(tag) == 0;
    }

    /** Items and delimiters: (FFFE,E000), (FFFE,E00D), (FFFE,E0DD). */
    public static boolean isItemOrDelimiter(int tag) {
        return group(tag) == 0xFFFE;
    }

    public static int compare(int a, int b) {
        return Integer.compareUnsigned(a, b);
    }

    /**
     * Binary search among {@code size} tags in ascending order, {@code tagAt} giving the i-th: its index, or
     * {@code -(insertion point) - 1} as {@link java.util.Arrays#binarySearch(int[], int)} returns.
     */
    public static int search(int size, IntUnaryOperator tagAt, int tag) {
        int lo = 0;
        int hi = size - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compare(tagAt.applyAsInt(mid), tag);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -lo - 1;
    }

    /** Eight upper-case hex digits, the form HealthImaging uses to key private attributes: {@code 001910F9}. */
    public static String toHex(int tag) {
        String hex = Integer.toHexString(tag).toUpperCase(Locale.ROOT);
        return "00000000".substring(hex.length()) + hex;
    }

    /** The conventional {@code (gggg,eeee)} notation. */
    public static String toString(int tag) {
        String hex = toHex(tag);
        return "(" + hex.substring(0, 4) + "," + hex.substring(4) + ")";
    }

    /** Parses eight hex digits, with or without the {@code (gggg,eeee)} punctuation. */
    public static int parse(String text) {
        String digits = text.replace("(", "").replace(")", "").replace(",", "").trim();
        if (digits.length() != 8) {
            throw new IllegalArgumentException("not a DICOM tag: " + text);
        }
        return Integer.parseUnsignedInt(digits, 16);
    }
}
