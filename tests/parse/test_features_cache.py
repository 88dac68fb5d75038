"""The word cache of the features gives exactly the feature strings the units give, computed
plainly: the CRF must see the same strings whatever the cache does (the model is trained on them)."""

from __future__ import annotations

from biblio.parse import features
from biblio.parse.features import markup, position
from biblio.parse.tokens import Token, tokenize

REFERENCES = [
    "Smith, J. A., & O'Neil, B. (2020). *A study of things*. Journal of Studies, 12(3), 45\u201367. "
    "https://doi.org/10.1000/xyz",
    '[3] K. M\u00fcller and \ufb01sher, "Grav- ity waves in Cell72," Phys. Rev. D, vol. 9, no. 2, pp. 1-9, 1991.',
    "Organisation mondiale de la sant\u00e9. 2019. Rapport. Gen\u00e8ve: OMS. &amp; 12th ed. XIV, e0123456.",
    "Doe J, Roe R. Title. BMJ. 2003;326(7387):e12-5. <https://example.org/a_(b)>.",
]


def plain_features(tokens: list[Token]) -> list[list[str]]:
    """The features without any cache: every unit on every token, neighbours' views by prefix."""
    own = []
    for t in tokens:
        if t.kind in ("punct", "open"):
            own.append([f for u in features.PUNCT_UNITS for f in u.features(t.norm)])
        elif t.kind in ("url", "doi"):
            own.append(["w=<" + t.kind + ">"])
        else:
            own.append([f for u in features.WORD_UNITS for f in u.features(t.norm)])
    near = [[f for f in o if f.startswith(features._VIEW_PREFIXES)] for o in own]
    far = [[f for f in o if f.startswith(features._FAR_PREFIXES)] for o in own]
    cases = [position.case_class(t.norm, t.kind) for t in tokens]
    placed = position.features(tokens, cases, ["year" in o for o in own])
    n = len(tokens)
    out = []
    for i, t in enumerate(tokens):
        feats = own[i] + markup.features(t) + placed[i]
        feats += ["-1" + f for f in near[i - 1]] if i else ["bos"]
        feats += ["-2" + f for f in far[i - 2]] if i > 1 else []
        feats += ["+1" + f for f in near[i + 1]] if i < n - 1 else ["eos"]
        feats += ["+2" + f for f in far[i + 2]] if i < n - 2 else []
        out.append(feats)
    return out


def test_cached_features_equal_the_units_computed_plainly() -> None:
    for text in REFERENCES:
        tokens = tokenize(text)
        expected = plain_features(tokens)
        assert features.sequence_features(tokens) == expected  # cold
        assert features.sequence_features(tokens) == expected  # from the cache


def test_short_references_have_their_ends_marked() -> None:
    # one, two and three tokens: the neighbours' views line up with each token and stop at the ends
    for text in ("Smith", "Smith 2020", "Smith, 2020"):
        tokens = tokenize(text)
        found = features.sequence_features(tokens)
        assert found == plain_features(tokens)
        assert "bos" in found[0] and "eos" in found[-1]
        assert sum(f in ("bos", "eos") for feats in found for f in feats) == 2
