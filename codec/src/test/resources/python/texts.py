"""Prints every text value pydicom decodes in a file (nested items included), one JSON object per line:
{"path": "00100010" or "00081111/0/00100010", "value": "..."} with multiple values joined by backslashes.
"""
import json
import sys

import pydicom

TEXT_VRS = {"AE", "AS", "CS", "DA", "DS", "DT", "IS", "LO", "LT", "PN", "SH", "ST", "TM", "UC", "UI", "UR", "UT"}


def text(element):
    value = element.value
    if value is None:
        return ""
    if isinstance(value, (list, pydicom.multival.MultiValue)):
        return "\\".join(str(v) for v in value)
    return str(value)


def walk(dataset, prefix):
    for element in dataset:
        key = prefix + "%08X" % element.tag
        if element.VR == "SQ":
            for index, item in enumerate(element.value):
                walk(item, key + "/%d/" % index)
        elif element.VR in TEXT_VRS and element.tag != 0x00080005:
            print(json.dumps({"path": key, "value": text(element)}, ensure_ascii=False))


walk(pydicom.dcmread(sys.argv[1]), "")
