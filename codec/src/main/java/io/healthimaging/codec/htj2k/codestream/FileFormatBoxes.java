package io.healthimaging.codec.htj2k.codestream;

import io.healthimaging.codec.htj2k.InvalidCodestreamException;

/**
 * Finds the codestream inside a JP2/JPH file (ISO/IEC 15444-1 Annex I, 15444-15 Annex D): the
 * contiguous codestream box {@code jp2c}. Raw codestreams are returned whole.
 */
final class FileFormatBoxes {
    private static final int SIGNATURE_BOX = 0x6A502020; // 'jP  '
    private static final int CODESTREAM_BOX = 0x6A703263; // 'jp2c'

    private FileFormatBoxes() {
    }

    static ByteRegion codestreamOf(byte[] data) {
        if (data.length < 12 || readInt(data, 4) != SIGNATURE_BOX) {
            return new ByteRegion(data, 0, data.length);
        }
        long at = 0;
        while (at + 8 <= data.length) {
            long length = readInt(data, (int) at) & 0xFFFFFFFFL;
            int type = readInt(data, (int) at + 4);
            long header = 8;
            if (length == 1) {
                if (at + 16 > data.length) {
                    break;
                }
                length = ((long) readInt(data, (int) at + 8) << 32) | (readInt(data, (int) at + 12) & 0xFFFFFFFFL);
                header = 16;
            } else if (length == 0) {
                length = data.length - at;
            }
            if (length < header || at + length > data.length) {
                throw new InvalidCodestreamException("JP2 box at offset " + at + " declares " + length
                        + " bytes but " + (data.length - at) + " remain");
            }
            if (type == CODESTREAM_BOX) {
                return new ByteRegion(data, (int) (at + header), (int) (length - header));
            }
            at += length;
        }
        throw new InvalidCodestreamException("the JP2 file has no contiguous codestream box (jp2c)");
    }

    private static int readInt(byte[] data, int at) {
        return ((data[at] & 0xFF) << 24) | ((data[at + 1] & 0xFF) << 16) | ((data[at + 2] & 0xFF) << 8)
                | (data[at + 3] & 0xFF);
    }
}
