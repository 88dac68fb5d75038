"""The trained sequence labeller (a linear-chain CRF) and the model file it ships with."""

from __future__ import annotations

from pathlib import Path

MODEL_PATH = Path(__file__).resolve().parent / "reference.crfsuite"
