#!/usr/bin/python3
"""Test helper: encodes a native DICOM image with OpenJPH's ojph_compress and encapsulates the codestreams.

Usage: ojph_dicom.py TRANSFER_SYNTAX_UID SOURCE OUT [--subsample-chroma] [ojph_compress option ...]

Every frame of SOURCE (unsigned samples: OpenJPH 0.9.0 mishandles negative ones) is compressed by ojph_compress:
three full-size components from a PPM file, which ojph_compress colour transforms unless given
"-colour_trans false" (OUT is then labelled YBR_RCT with "-reversible true", YBR_ICT without), other images from
planar raw samples, which it never transforms. --subsample-chroma keeps every second column of components 2 and
3 and labels OUT YBR_FULL_422 (DICOM CP-2650).
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
    subsample = '--subsample-chroma' in options
    options = [o for o in options if o != '--subsample-chroma']
    ds = pydicom.dcmread(source)
    if int(ds.PixelRepresentation) != 0:
        raise SystemExit('ojph_dicom.py encodes unsigned samples only')
    values = sample_values(ds)
    frames, rows, columns, spp = values.shape
    stored = int(ds.BitsStored)
    dtype = '<u2' if stored > 8 else 'u1'
    codestreams = []
    with tempfile.TemporaryDirectory() as work:
        for n in range(frames):
            j2c = os.path.join(work, 'frame%d.j2c' % n)
            if spp == 3 and not subsample:
                ppm = os.path.join(work, 'frame%d.ppm' % n)
                with open(ppm, 'wb') as f:
                    f.write(b'P6\n%d %d\n%d\n' % (columns, rows, (1 << stored) - 1))
                    f.write(values[n].astype('>u2' if stored > 8 else 'u1').tobytes())
                command = ['ojph_compress', '-i', ppm, '-o', j2c]
            else:
                raw = os.path.join(work, 'frame%d.yuv' % n)
                with open(raw, 'wb') as f:
                    for c in range(spp):
                        plane = values[n, :, :, c]
                        if subsample and c > 0:
                            plane = plane[:, ::2]
                        f.write(np.ascontiguousarray(plane).astype(dtype).tobytes())
                downsampling = ['{1,1}'] + ['{2,1}' if subsample else '{1,1}'] * (spp - 1)
                command = ['ojph_compress', '-i', raw, '-o', j2c, '-dims', '{%d,%d}' % (columns, rows),
                           '-num_comps', str(spp), '-signed', ','.join(['false'] * spp),
                           '-bit_depth', ','.join([str(stored)] * spp), '-downsamp', ','.join(downsampling)]
            subprocess.run(command + options, check=True, stdout=subprocess.DEVNULL)
            with open(j2c, 'rb') as f:
                codestreams.append(f.read())
    if spp == 3:
        transformed = not subsample and not ('-colour_trans' in options
                                             and options[options.index('-colour_trans') + 1] == 'false')
        reversible = '-reversible' in options and options[options.index('-reversible') + 1] == 'true'
        if subsample:
            ds.PhotometricInterpretation = 'YBR_FULL_422'
        elif transformed:
            ds.PhotometricInterpretation = 'YBR_RCT' if reversible else 'YBR_ICT'
        ds.PlanarConfiguration = 0
    for codestream in codestreams:
        # COD: marker, Lcod, Scod, then SGcod = progression order, layers (2 bytes), multi-component transform.
        cod = codestream.index(b'\xff\x52')
        applied = codestream[cod + 8] == 1
        if applied != (str(ds.PhotometricInterpretation) in ('YBR_RCT', 'YBR_ICT')):
            raise SystemExit('ojph_compress %s the colour transform, contrary to the label %s'
                             % ('applied' if applied else 'did not apply', ds.PhotometricInterpretation))
    save_encapsulated(ds, uid, codestreams, out)


if __name__ == '__main__':
    main(sys.argv[1:])
