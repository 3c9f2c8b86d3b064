"""pydicom 2.3 predates the HTJ2K transfer syntaxes (DICOM 2023); the test helpers register them so that
pydicom reads and writes their files as encapsulated Explicit VR Little Endian."""
from pydicom._uid_dict import UID_dictionary

HTJ2K = {
    '1.2.840.10008.1.2.4.201': 'High-Throughput JPEG 2000 Image Compression (Lossless Only)',
    '1.2.840.10008.1.2.4.202': 'High-Throughput JPEG 2000 with RPCL Options Image Compression (Lossless Only)',
    '1.2.840.10008.1.2.4.203': 'High-Throughput JPEG 2000 Image Compression',
}

for uid, name in HTJ2K.items():
    UID_dictionary.setdefault(uid, (name, 'Transfer Syntax', '', '', ''))
