"""Given names the name normalisers know beyond the labeller's lexicon (``features/lexicon.py``, whose short
list the trained model's features are built on and which stays as it is).

``_NAMES`` was written by hand for biblio (no outside list): common Nordic, German, Dutch, Slavic, Baltic, Hungarian
and Greek given names, spelled as reference lists write them, with and without their accents. It tells a given name
from a family name where a list writes both spelled out with no initials (``Tonne, Ingebjørg, Uri, Helene``); a name
that is as often a family name (``Martin``, ``Wolf``, ``Lutz``) or a word (``Odd``, ``Tor``, ``Milan``) is left out,
as the list must never make a family name or a title's word a given name.

``CENTRAL`` holds the common given names of Poland, the Czech Republic, Slovakia, Hungary, Italy and Romania, which
Central European and Italian lists write after the family name with no comma (``Kowalski Jan (red.)``). Source: the
first-name dictionary ``nam_dict.txt`` by Jörg Michael (2007-2008; GNU Free Documentation License 1.2 or later), as
shipped in the PyPI package gender-guesser 0.4.0: the names of frequency class 6 or more in one of those six
countries, less those it marks as used in Great Britain, Ireland or the USA (the labeller's lexicon knows the
English ones), names of three letters or fewer (but ``Jan``), Hungarian married forms (``Istvánné``), names the
labelled references hold more often as family names or as words, and by hand those as common as family names
(``Bruno``, ``Franco``, ``Rosa``, ``Marin``, ``Florea``) or words (``Aurora``, ``Edit``). Only the names are taken,
one word each, in lower case. ``_FRENCH`` adds by hand a few French given names the lexicon does not know and older
French lists write the same way (``Keller Emile``), none common as a family name (``André``, ``Henri`` are left out).
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
    "oddvar petter rolf stian torgeir vidar yngve aino aki eero juha jukka kari matti mikko pekka "
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
)
_EASTERN = (
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

_CENTRAL = (
    # Polish
    "agata aleksander alicja artur bogusława bolesław bożena bronisław czesław dariusz edyta elżbieta eugeniusz "
    "franciszek genowefa halina henryk irena iwona izabela jadwiga jakub janina janusz jarosłav jerzy jolanta "
    "justyna józef józefa kinga krystyna leszek lidia maciej marcin mariusz michał mieczysław paweł rafał renata "
    "romuald ryszard stanisław stanisława sylwia sławomir wacław waldemar wiesław wiesława witold władysława "
    "włodzimierz zdzisław zenon zygmunt łukasz "
    # Czech
    "alena aleš alois antonín barbora bedřich blanka bohumil bohuslav božena dagmar danuše drahomíra eliška emilie "
    "františek ivana jan jarmila jaromír jaroslava jindřich jindřiška jitka jiřina josef karel kateřina květoslava "
    "ladislav libuše lubomír luboš ludmila ludvík markéta michaela michal milada miloslav miloslava miloš miluše "
    "miroslava naděžda oldřich ondřej otakar pavla pavlína radim radka radomír růžena stanislav stanislava vladimír "
    "vladimíra vlasta vlastimil vratislav věra zdena zdenka zdeňka šárka "
    # Slovak
    "agáta alica alžbeta andrej antónia branislav danica dezider edita eduard eleonóra emília ferdinand gizela "
    "imrich iveta janka jolana jozef jozefína juraj július katarína kristína lýdia magdaléna margita marián mikuláš "
    "mária ondrej oľga pavol rastislav renáta rozália ružena soňa terézia valéria viera viliam vilma vojtech "
    "zlatica ľubica ľubomír ľuboš ľudmila ľudovít štefan štefánia "
    # Hungarian
    "adrienn andrás anikó annamária balázs beatrix beáta borbála brigitta bálint béla csaba csilla dezső dóra edina "
    "emöke endre ernő eszter fruzsina gabriella gizella gyula gyöngyi györgy györgyi gáspár géza hajnalka ibolya "
    "ildikó imre irén jenő jolán judit jános józsef klára krisztina krisztián kálmán károly lajos lívia magdolna "
    "margit marianna mihály mónika nóra piroska péter rezsö róbert rózsa szabolcs szilvia szilárd sándor tamás "
    "teréz tibor tímea tünde veronika viktória zsolt zsuzsa ágnes ágota árpád "
    # Italian
    "adriano agostino aldo alessandra annamaria antonella antonia antonietta antonino assunta carmela carmelo "
    "carmine cinzia claudio concetta cosimo daniele davide domenica domenico elisabetta elvira emanuela enrico "
    "eugenio fabio fabrizio filippo filomena franca francesca gaetano giancarlo gianfranco gianni giorgio giovanna "
    "giulia giuliana giulio giuseppa giuseppina grazia graziella iolanda loredana lorenzo luciana luciano luigia "
    "maddalena marcello margherita marisa massimo matteo maurizio michela michele mirella pasquale patrizia pierina "
    "pietro raffaele raffaella renzo riccardo rosanna rosaria rosario sebastiano silvana silvano stefania stefano "
    "tiziana tommaso umberto vincenza vincenzo "
    # Romanian
    "alexandrina alexandru alina anca andreea anica aurel aurelia aurelian aurica camelia constantin constantina "
    "constanţa cornelia corneliu cătălin doina dorel dorin dorina dragoş dumitra dumitru dănuţ ecaterina elisabeta "
    "eugen floarea florentina florica florin gavril georgeta gheorghe gheorghiţă gherghina grigore ileana ioana "
    "ionel iulian iuliana laurenţiu livia liviu lucreţia luminiţa marius mihaela mihai mihail mircea mirela "
    "mărioara neculai nicolae nicoleta niculae niculina oana octavian ovidiu petru radu raluca rodica roxana "
    "ruxandra răzvan silviu simona sorin stelian teodor teodora traian valeria valeriu vasile vasilică viorel "
    "viorica ştefan ştefania "
)

_FRENCH = "émile étienne georges guillaume gaspard"

# the given names Central and Eastern European, Italian and French lists write after the family name
CENTRAL = frozenset(_CENTRAL.split()) | frozenset(_EASTERN.split()) | frozenset(_FRENCH.split())
KNOWN = frozenset(_NAMES.split()) | CENTRAL
_FOLDED = frozenset(unicodedata.normalize("NFKD", n).encode("ascii", "ignore").decode() for n in KNOWN)
_CENTRAL_FOLDED = frozenset(unicodedata.normalize("NFKD", n).encode("ascii", "ignore").decode() for n in CENTRAL)


def central_given(word: str) -> bool:
    """Whether ``word`` (any case) is one of the common Central European and Italian given names (``CENTRAL``)."""
    w = word.lower()
    return w in CENTRAL or w.isascii() and w in _CENTRAL_FOLDED


def listed_given(word: str) -> bool:
    """Whether ``word`` (any case) is one of the given names listed here, accents written or left out."""
    w = word.lower()
    return w in KNOWN or w.isascii() and w in _FOLDED
