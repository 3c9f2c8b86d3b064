#!/usr/bin/python3
"""Test helper: decodes an encapsulated JPEG 2000 or HTJ2K DICOM file with an independent decoder.

Usage: j2k_reference.py opj|ojph IN OUT

opj is OpenJPEG's opj_decompress, ojph is OpenJPH's ojph_expand (the HTJ2K reference implementation, for
unsigned samples only). Writes OUT as native Explicit VR Little Endian with the samples the decoder reconstructs.
The decoders invert a multi-component transformation, so YBR_RCT and YBR_ICT become RGB; subsampled components
are repeated to full size, so YBR_FULL_422 becomes YBR_FULL.
"""
import os
import subprocess
import sys
import tempfile

import numpy as np
import pydicom

import htj2k_uids  # noqa: F401  (registers the HTJ2K transfer syntaxes)
from pydicom.encaps import generate_pixel_data_frame
from pydicom.uid import ExplicitVRLittleEndian


def pgx(path):
    with open(path, 'rb') as f:
        data = f.read()
    header, body = data.split(b'\n', 1)
    fields = header.split()
    # "PG ML + 12 W H" or "PG ML -12 W H": the sign may be joined to the depth.
    rest = b' '.join(fields[2:]).replace(b'+', b'+ ').replace(b'-', b'- ').split()
    signed, depth, width, height = rest[0] == b'-', int(rest[1]), int(rest[2]), int(rest[3])
    size = 1 if depth <= 8 else 2 if depth <= 16 else 4
    dtype = {1: 'i1', 2: '>i2', 4: '>i4'}[size] if signed else {1: 'u1', 2: '>u2', 4: '>u4'}[size]
    return np.frombuffer(body[:width * height * size], dtype=dtype).reshape(height, width).astype(np.int64)


def opj_components(j2c, work, spp):
    subprocess.run(['opj_decompress', '-i', j2c, '-o', os.path.join(work, 'out.pgx')], check=True,
                   stdout=subprocess.DEVNULL)
    # One component may be written as out.pgx or out_0.pgx depending on the OpenJPEG version.
    names = ['out_%d.pgx' % c for c in range(spp)]
    if spp == 1 and not os.path.exists(os.path.join(work, names[0])):
        names = ['out.pgx']
    return [pgx(os.path.join(work, name)) for name in names]


def ojph_components(j2c, work, ds):
    """ojph_expand writes three full-size components as PPM (the only output it colour transforms), anything
    else as planar raw samples, each component at its own size: subsampled chroma is half as wide."""
    rows, columns, spp, stored = int(ds.Rows), int(ds.Columns), int(ds.SamplesPerPixel), int(ds.BitsStored)
    if spp == 3 and str(ds.PhotometricInterpretation) != 'YBR_FULL_422':
        out = os.path.join(work, 'out.ppm')
        subprocess.run(['ojph_expand', '-i', j2c, '-o', out], check=True, stdout=subprocess.DEVNULL)
        with open(out, 'rb') as f:
            data = f.read()
        header = data.split(b'\n', 3)
        body = header[3]
        pixels = np.frombuffer(body, dtype='>u2' if stored > 8 else 'u1').astype(np.int64)
        return list(np.moveaxis(pixels[:rows * columns * 3].reshape(rows, columns, 3), -1, 0))
    out = os.path.join(work, 'out.yuv')
    subprocess.run(['ojph_expand', '-i', j2c, '-o', out], check=True, stdout=subprocess.DEVNULL)
    data = np.fromfile(out, dtype='<u2' if stored > 8 else 'u1').astype(np.int64)
    chroma = columns if data.size == rows * columns * spp else -(-columns // 2)
    widths = [columns] + [chroma] * (spp - 1)
    planes, at = [], 0
    for width in widths:
        planes.append(data[at:at + rows * width].reshape(rows, width))
        at += rows * width
    return planes


def main(argv):
    decoder = argv.pop(0)
    ds = pydicom.dcmread(argv[0])
    frames = int(ds.get('NumberOfFrames', 1) or 1)
    rows, columns, spp = int(ds.Rows), int(ds.Columns), int(ds.SamplesPerPixel)
    decoded = np.empty((frames, rows, columns, spp), dtype=np.int64)
    with tempfile.TemporaryDirectory() as work:
        for n, frame in enumerate(generate_pixel_data_frame(ds.PixelData, frames)):
            j2c = os.path.join(work, 'frame.j2c')
            with open(j2c, 'wb') as f:
                f.write(frame)
            if decoder == 'opj':
                planes = opj_components(j2c, work, spp)
            else:
                planes = ojph_components(j2c, work, ds)
            for c, plane in enumerate(planes):
                plane = np.repeat(np.repeat(plane, -(-rows // plane.shape[0]), axis=0),
                                  -(-columns // plane.shape[1]), axis=1)
                decoded[n, :, :, c] = plane[:rows, :columns]
    stored = int(ds.BitsStored)
    cells = decoded & ((1 << int(ds.BitsAllocated)) - 1)
    ds.PixelData = cells.astype({8: '<u1', 16: '<u2', 32: '<u4'}[int(ds.BitsAllocated)]).tobytes()
    ds['PixelData'].VR = 'OB' if int(ds.BitsAllocated) == 8 else 'OW'
    ds['PixelData'].is_undefined_length = False
    if spp == 3:
        ds.PhotometricInterpretation = {'YBR_RCT': 'RGB', 'YBR_ICT': 'RGB', 'YBR_FULL_422': 'YBR_FULL'}.get(
            str(ds.PhotometricInterpretation), str(ds.PhotometricInterpretation))
        ds.PlanarConfiguration = 0
    ds.HighBit = stored - 1
    ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds.save_as(argv[1], write_like_original=False)


if __name__ == '__main__':
    main(sys.argv[1:])
