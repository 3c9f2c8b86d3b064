#!/usr/bin/python3
"""Test helper: dumps what the pixel decoders consume and what an independent reader decodes.

Usage: dicom_frames.py OUTDIR FILE [FILE ...]

For the i-th FILE it writes OUTDIR/<i>/:
  meta.json        the Image Pixel attributes and the transfer syntax UID
  frame-<n>.bin    frame n's bytes as the DICOM reader hands them to a decoder: encapsulated frames as their
                   fragments concatenated; native frames in little-endian byte order
  samples-<n>.bin  native files only: frame n's samples as pydicom + numpy decode them, planar, int32
                   little-endian, reduced to Bits Stored (shifted below High Bit, masked, sign-extended)
"""
import json
import os
import sys

import numpy as np
import pydicom

from dicom_values import sample_values
from pydicom.encaps import generate_pixel_data_frame


def dump(path, outdir):
    ds = pydicom.dcmread(path)
    ts = str(ds.file_meta.TransferSyntaxUID)
    frames = int(ds.get('NumberOfFrames', 1) or 1)
    meta = {
        'transferSyntax': ts,
        'rows': int(ds.Rows),
        'columns': int(ds.Columns),
        'samplesPerPixel': int(ds.SamplesPerPixel),
        'bitsAllocated': int(ds.BitsAllocated),
        'bitsStored': int(ds.BitsStored),
        'highBit': int(ds.HighBit),
        'signed': int(ds.PixelRepresentation) == 1,
        'photometricInterpretation': str(ds.PhotometricInterpretation),
        'planarConfiguration': int(ds.get('PlanarConfiguration', 0) or 0),
        'numberOfFrames': frames,
    }
    os.makedirs(outdir, exist_ok=True)
    with open(os.path.join(outdir, 'meta.json'), 'w') as f:
        json.dump(meta, f)
    if ds.file_meta.TransferSyntaxUID.is_compressed:
        for n, frame in enumerate(generate_pixel_data_frame(ds.PixelData, frames)):
            write(outdir, 'frame-%d.bin' % n, frame)
        return
    write_native_frames(ds, meta, outdir)
    write_samples(ds, outdir)


def write_native_frames(ds, meta, outdir):
    data = ds.PixelData
    bits = meta['bitsAllocated']
    cells = meta['rows'] * meta['columns'] * meta['samplesPerPixel']
    if meta['photometricInterpretation'] == 'YBR_FULL_422':
        cells = cells * 2 // 3
    if ds.file_meta.TransferSyntaxUID == pydicom.uid.ExplicitVRBigEndian and bits > 8:
        data = np.frombuffer(data, dtype='>u%d' % (bits // 8)).astype('<u%d' % (bits // 8)).tobytes()
    if bits == 1:
        # Frames of 1-bit data start at any bit; realign each so that its first pixel is bit 0 of byte 0.
        bitstream = np.unpackbits(np.frombuffer(data, dtype=np.uint8), bitorder='little')
        for n in range(meta['numberOfFrames']):
            frame_bits = bitstream[n * cells:(n + 1) * cells]
            write(outdir, 'frame-%d.bin' % n, np.packbits(frame_bits, bitorder='little').tobytes())
        return
    length = cells * bits // 8
    for n in range(meta['numberOfFrames']):
        write(outdir, 'frame-%d.bin' % n, data[n * length:(n + 1) * length])


def write_samples(ds, outdir):
    values = sample_values(ds)
    for n in range(values.shape[0]):
        planar = np.moveaxis(values[n], -1, 0)
        write(outdir, 'samples-%d.bin' % n, planar.astype('<i4').tobytes())


def write(outdir, name, data):
    with open(os.path.join(outdir, name), 'wb') as f:
        f.write(data)


if __name__ == '__main__':
    for i, path in enumerate(sys.argv[2:]):
        dump(path, os.path.join(sys.argv[1], str(i)))
