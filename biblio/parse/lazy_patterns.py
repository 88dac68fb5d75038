"""Patterns compiled at their first use: compiling the parser's some 900 patterns is most of its
start-up, and many belong to repairs of styles or scripts a run may never meet (``mends/``).

A match's ``.re`` is the compiled pattern, not the lazy one: compare ``.pattern`` sources, never identities
(``tests/parse/test_lazy_patterns.py`` looks for such identity tests in the parser). At its first use, the names
of the module that made the pattern which stand for it are bound to the compiled pattern itself."""

from __future__ import annotations

import re
import sys
from typing import Any, cast

# the methods a first use binds on the instance itself, so that later uses cost what a pattern's do
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class _LazyPattern:
    def __init__(self, source: str, flags: int, home: dict[str, Any] | None = None) -> None:
        self.pattern = source
        self._flags = flags
        self._home = home

    def __getattr__(self, name: str) -> Any:
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = self.__dict__["_compiled"] = re.compile(self.pattern, self._flags)
            for method in _METHODS:
                setattr(self, method, getattr(compiled, method))
            home, self._home = self._home, None
            if home is not None:
                # a name that stands for this pattern in its module's namespace stands for the compiled one from
                # now on: every look-up through a class with ``__getattr__`` costs more than a pattern's own
                for key in [key for key, value in home.items() if value is self]:
                    home[key] = compiled
        return getattr(compiled, name)


def lazy_pattern(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, compiled when first used."""
    return cast(re.Pattern[str], _LazyPattern(source, flags, sys._getframe(1).f_globals))
