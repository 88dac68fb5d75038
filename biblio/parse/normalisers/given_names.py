"""Given names the name normalisers know beyond the labeller's lexicon (``features/lexicon.py``, whose short
list the trained model's features are built on and which stays as it is).

Written by hand for biblio (no outside list): common Nordic, German, Dutch, Slavic, Baltic, Hungarian and Greek
given names, spelled as reference lists write them, with and without their accents. It tells a given name from a
family name where a list writes both spelled out with no initials (``Tonne, Ingebjørg, Uri, Helene``); a name that
is as often a family name (``Martin``, ``Wolf``, ``Lutz``) or a word (``Odd``, ``Tor``, ``Milan``) is left out, as
the list must never make a family name or a title's word a given name.
"""

from __future__ import annotations

import unicodedata

_NAMES = (
    # Nordic
    "lars ingebjørg ingeborg helene hege kari knut olav ola ole per pål paal nils sven svein sverre trond terje "
    "tore torbjørn torstein tormod geir eirik erik øystein øyvind arne bjørn bjørg bjarne björn leif "
    "håkon haakon harald halvor gunnar gunhild gudrun guro ragnhild ragnar randi sigrid sigurd solveig "
    "steinar synnøve tone torunn turid unni vigdis åse aase anne-lise anne-marie berit birgit birgitta "
    "britt camilla dagny eli elin elisabeth ellen eva frida gro grete hanne hilde ingrid inger ingunn "
    "jorunn kirsten kristin kristine kjersti liv linn lise marit mette monica nina ragna ranveig siri "
    "silje sissel siv stine tove trine trude tuva vibeke wenche åsa agneta anneli annika astrid ebba elsa "
    "gunilla karin kerstin lena lotta maja malin margareta marianne sanna ulla ulrika göran gösta jöran "
    "mats magnus mikael niklas olof pelle stig ulf anders henrik jesper jens kasper mads morten rasmus "
    "søren soren thorvald aksel asbjørn einar espen fredrik gaute jostein kjell kjetil magne "
    "oddvar petter rolf stian torgeir vidar yngve aino eero juha jukka kari matti mikko pekka "
    "seppo tapio timo veikko ilkka jussi markku hannu heikki kaisa liisa minna päivi riitta sirpa "
    "tuula ritva pirjo tiina leena outi "
    # German, Dutch
    "gerhard günther gunther hartmut herbert horst jörg joerg jürgen manfred rainer reinhard rüdiger "
    "siegfried dieter detlef dietrich eckhard egon erwin ewald gerd gottfried konrad kurt lothar ludwig "
    "georg gotthold immanuel matthias norbert reinhold rudolf ulrich volker wilhelm winfried torsten thorsten "
    "edmund gottlob "
    "sebastian "
    "tobias florian dirk holger jens-peter  sören sven-erik ulrike ursula gisela brigitte "
    "renate sabine monika petra karin heike silke anke birgit gabriele hildegard ingeborg irmgard "
    "annette dorothea elke friederike gudrun hannelore hedwig helga helene liselotte margarete "
    "waltraud wiebke katrin kathrin jutta susanne ute verena bernd bernhard björn christoph "
    "eberhard friedhelm joachim jochen markus maximilian otmar ottmar reiner uwe hendrik jeroen "
    "joost koen pieter sjoerd wouter geert gert bart bram joris jurgen maarten marten rutger "
    "stijn thijs willem wim cees kees henk hans-peter anneke ineke marieke mieke saskia "
    "femke ilse inge lieke loes sanne wietske jelle jorrit "
    # Slavic, Baltic, Hungarian, Greek
    "andrzej bogdan grzegorz jacek jarosław jaroslaw krzysztof marek mirosław piotr przemysław "
    "tadeusz tomasz wojciech zbigniew agnieszka aleksandra beata danuta dorota ewa grażyna joanna "
    "katarzyna magdalena małgorzata malgorzata urszula zofia jiří jiri jaroslav miroslav petr "
    "václav vaclav zdeněk zdenek radek lenka jana zuzana dušan dusan dragan goran zoran "
    "branko vesna snežana snezana aleksandr aleksei andrei anatoly boris dmitry evgeny gennady "
    "igor konstantin leonid mikhail oleg pavel valery viktor yuri svetlana lyudmila galina "
    "ekaterina yekaterina marina nadezhda oksana yulia andris janis jānis  ieva "
    "gintaras vytautas laszlo lászló istván istvan gábor gabor zoltán zoltan ferenc attila "
    "zsuzsanna katalin erzsébet nikolaos dimitrios georgios konstantinos ioannis panagiotis "
    "vasileios christos eleni"
)

KNOWN = frozenset(_NAMES.split())
_FOLDED = frozenset(unicodedata.normalize("NFKD", n).encode("ascii", "ignore").decode() for n in KNOWN)


def listed_given(word: str) -> bool:
    """Whether ``word`` (any case) is one of the given names listed here, accents written or left out."""
    w = word.lower()
    return w in KNOWN or w.isascii() and w in _FOLDED
