"""The weights of a CRFsuite model file (the format python-crfsuite writes), read into arrays.

A CRFsuite first-order model ("lCRF", type "FOMC") holds a header of offsets, a
chunk of features (type, source, destination, weight: a state feature goes from
an attribute to a label, a transition from a label to a label) and two string
dictionaries (CQDB chunks) that number the labels and the attributes.  All
integers are little-endian 32-bit and weights are 64-bit floats, so the arrays
carry exactly the numbers the model was trained to.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np

_HEADER = struct.Struct("<4sI4s9I")
_CHUNK = struct.Struct("<4sII")
_FEATURE = np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("weight", "<f8")])
_STATE, _TRANSITION = 0, 1
# a CQDB chunk: "CQDB", size, flag, byte order, number of strings, offset of the array of their offsets
_CQDB = struct.Struct("<4sIIIII")


class ModelFileError(ValueError):
    """The file is not a CRFsuite first-order model this reader knows."""


@dataclass(frozen=True)
class Weights:
    """``state[a]`` weighs attribute ``a`` for each label; ``transition[i, j]`` weighs label i then j."""

    labels: list[str]
    attributes: dict[str, int]
    state: np.ndarray
    transition: np.ndarray


def _strings(data: bytes, offset: int) -> list[str]:
    """The strings of a CQDB chunk in the order of their ids."""
    magic, _size, _flag, _order, count, table = _CQDB.unpack_from(data, offset)
    if magic != b"CQDB":
        raise ModelFileError(f"no string dictionary at {offset}")
    places = np.frombuffer(data, "<u4", count, offset + table)
    out: list[str] = []
    unpack = struct.Struct("<II").unpack_from
    for place in places.tolist():
        _id, size = unpack(data, offset + place)
        start = offset + place + 8
        out.append(data[start : start + size - 1].decode("utf-8"))  # (size counts the closing NUL)
    return out


def read_weights(path: Path) -> Weights:
    data = path.read_bytes()
    magic, _size, kind, _version, _nf, num_labels, num_attrs, off_features, off_labels, off_attrs, *_refs = (
        _HEADER.unpack_from(data, 0))
    if magic != b"lCRF" or kind != b"FOMC":
        raise ModelFileError(f"{path} is not a CRFsuite first-order model")
    chunk, _chunk_size, count = _CHUNK.unpack_from(data, off_features)
    if chunk != b"FEAT":
        raise ModelFileError(f"{path}: no feature chunk")
    features = np.frombuffer(data, _FEATURE, count, off_features + _CHUNK.size)
    labels = _strings(data, off_labels)
    attributes = _strings(data, off_attrs)
    if len(labels) != num_labels or len(attributes) != num_attrs:
        raise ModelFileError(f"{path}: dictionaries do not match the header")
    state = np.zeros((num_attrs, num_labels))
    transition = np.zeros((num_labels, num_labels))
    kinds = features["type"]
    for table, which in ((state, _STATE), (transition, _TRANSITION)):
        chosen = features[kinds == which]
        # (a model holds each pair once; adding keeps a repeated pair's total, as the tagger would)
        np.add.at(table, (chosen["src"], chosen["dst"]), chosen["weight"])
    return Weights(labels, {name: i for i, name in enumerate(attributes)}, state, transition)
