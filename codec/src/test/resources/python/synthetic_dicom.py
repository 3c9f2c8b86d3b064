#!/usr/bin/python3
"""Test helper: writes an uncompressed Explicit VR Little Endian DICOM image with the given Image Pixel attributes.

Usage: synthetic_dicom.py OUT ROWS COLUMNS SAMPLES BITS_ALLOCATED BITS_STORED SIGNED PHOTOMETRIC PLANAR FRAMES SEED

The samples mix smooth gradients, flat areas, sharp edges and noise, so that every coding mode of the codecs
under test (runs, regular prediction, escapes, saturated DCT blocks) is exercised, and span the full range of
Bits Stored, negative values included when SIGNED is 1.
"""
import sys

import numpy as np
import pydicom
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import ExplicitVRLittleEndian, generate_uid


def samples(rows, columns, spp, stored, signed, frames, seed):
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:rows, 0:columns]
    low, high = (-(1 << (stored - 1)), (1 << (stored - 1)) - 1) if signed else (0, (1 << stored) - 1)
    span = high - low
    out = np.empty((frames, rows, columns, spp), dtype=np.int64)
    for f in range(frames):
        for c in range(spp):
            ramp = (x * (c + 1) + y * (f + 2)) / max(1, columns + rows) * span
            wave = np.sin((x + 3 * c) / 5.0 + f) * np.cos(y / 7.0) * span / 4
            image = ramp + wave + rng.normal(0, span / 64 + 0.5, (rows, columns))
            image[rows // 4:rows // 2, columns // 4:columns // 2] = span / 3  # a flat block: runs
            image[:, columns * 3 // 4:] = np.where((x[:, columns * 3 // 4:] // 3 + y[:, columns * 3 // 4:] // 3) % 2,
                                                  span, 0)  # a checkerboard: sharp edges, saturated blocks
            out[f, :, :, c] = np.clip(np.rint(image) % (span + 1) + low, low, high)
    out[0, 0, 0, :] = low
    out[0, -1, -1, :] = high
    return out


def main(argv):
    (out, rows, columns, spp, allocated, stored, signed, photometric, planar, frames, seed) = argv
    rows, columns, spp, allocated, stored = int(rows), int(columns), int(spp), int(allocated), int(stored)
    signed, planar, frames, seed = int(signed), int(planar), int(frames), int(seed)
    values = samples(rows, columns, spp, stored, signed, frames, seed)
    cells = values & ((1 << allocated) - 1)
    if spp > 1 and planar == 1:
        cells = np.moveaxis(cells, -1, 1)
    dtype = {8: '<u1', 16: '<u2', 32: '<u4'}[allocated]

    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = '1.2.840.10008.5.1.4.1.1.7'
    meta.MediaStorageSOPInstanceUID = generate_uid()
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = Dataset()
    ds.file_meta = meta
    ds.is_little_endian = True
    ds.is_implicit_VR = False
    ds.SOPClassUID = meta.MediaStorageSOPClassUID
    ds.SOPInstanceUID = meta.MediaStorageSOPInstanceUID
    ds.StudyInstanceUID = generate_uid()
    ds.SeriesInstanceUID = generate_uid()
    ds.PatientName = 'Synthetic^Image'
    ds.PatientID = 'SYNTH'
    ds.Modality = 'OT'
    ds.Rows, ds.Columns = rows, columns
    ds.SamplesPerPixel = spp
    ds.PhotometricInterpretation = photometric
    if spp > 1:
        ds.PlanarConfiguration = planar
    if frames > 1:
        ds.NumberOfFrames = frames
    ds.BitsAllocated, ds.BitsStored, ds.HighBit = allocated, stored, stored - 1
    ds.PixelRepresentation = signed
    ds.PixelData = cells.astype(dtype).tobytes()
    pydicom.dcmwrite(out, ds, write_like_original=False)


if __name__ == '__main__':
    main(sys.argv[1:])
