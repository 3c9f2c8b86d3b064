#!/usr/bin/python3
"""Test helper: encodes a native DICOM image with OpenJPEG's opj_compress and encapsulates the codestreams.

Usage: opj_dicom.py TRANSFER_SYNTAX_UID SOURCE OUT [opj_compress option ...]

Every frame of SOURCE is written as planar raw samples, compressed by opj_compress with the given options, and
stored as one fragment of OUT. With three components opj_compress applies its multi-component transformation
unless told "-mct 0"; OUT is then labelled YBR_RCT (reversible) or YBR_ICT ("-I"), as PS3.5 8.2.4 requires.
"""
import os
import subprocess
import sys
import tempfile

import numpy as np
import pydicom

from dicom_values import sample_values, save_encapsulated


def main(argv):
    uid, source, out, options = argv[0], argv[1], argv[2], argv[3:]
    ds = pydicom.dcmread(source)
    values = sample_values(ds)
    frames, rows, columns, spp = values.shape
    stored, signed = int(ds.BitsStored), int(ds.PixelRepresentation) == 1
    dtype = ('<i2' if signed else '<u2') if stored > 8 else ('i1' if signed else 'u1')
    if stored > 16 and spp != 1:
        raise SystemExit('opj_dicom.py writes samples above 16 bits as PGX, which holds one component')
    codestreams = []
    with tempfile.TemporaryDirectory() as work:
        for n in range(frames):
            j2k = os.path.join(work, 'frame%d.j2k' % n)
            if stored > 16:
                # Raw input stops at 16 bits; PGX holds wider samples, big-endian in 4 bytes.
                source = os.path.join(work, 'frame%d.pgx' % n)
                with open(source, 'wb') as f:
                    f.write(b'PG ML %s %d %d %d\n' % (b'-' if signed else b'+', stored, columns, rows))
                    f.write(values[n, :, :, 0].astype('>i4' if signed else '>u4').tobytes())
                command = ['opj_compress', '-i', source, '-o', j2k]
            else:
                source = os.path.join(work, 'frame%d.rawl' % n)
                np.moveaxis(values[n], -1, 0).astype(dtype).tofile(source)
                spec = '%d,%d,%d,%d,%s' % (columns, rows, spp, stored, 's' if signed else 'u')
                command = ['opj_compress', '-i', source, '-o', j2k, '-F', spec]
            subprocess.run(command + options, check=True, stdout=subprocess.DEVNULL)
            with open(j2k, 'rb') as f:
                codestreams.append(f.read())
    if spp == 3 and not ('-mct' in options and options[options.index('-mct') + 1] == '0'):
        ds.PhotometricInterpretation = 'YBR_ICT' if '-I' in options else 'YBR_RCT'
        ds.PlanarConfiguration = 0
    save_encapsulated(ds, uid, codestreams, out)


if __name__ == '__main__':
    main(sys.argv[1:])
