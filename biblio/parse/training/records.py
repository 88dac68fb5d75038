"""Synthetic CSL records of the kinds real training data lacks: web pages, news, blog posts,
reports, datasets, software, theses, conference papers, films and podcasts, with organisations
as authors, names from many languages, n.d., full and accessed dates, DOIs and URLs.

Everything is drawn from the small word lists below (written for biblio) and, when given,
from a pool of titles, journals and publishers recombined from the training part of the
labelled data.  ``RecordSynth(rng, pool).record()`` draws one record.
"""

from __future__ import annotations

import random
import re
from typing import Any

# ------------------------------------------------------------------ names
GIVEN = {
    "en": "James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Susan Richard Jessica "
    "Thomas Sarah Emily Daniel Hannah Matthew Olivia Andrew Grace Samuel Chloe".split(),
    "fr": "Jean Marie Pierre Camille Luc Émilie Louis Chloé Étienne Margaux Jean-Paul Anne-Sophie Hélène "
    "François Amélie".split(),
    "de": "Jürgen Katrin Stefan Ute Matthias Sabine Jörg Anke Klaus Birgit Lukas Lena Hans-Peter".split(),
    "es": "José María Juan Carmen Alejandro Lucía Javier Isabel Diego Sofía Martín Ana Luis".split(),
    "pt": "João Ana Paulo Beatriz Tiago Mariana Rui Inês Gonçalo Leonor".split(),
    "it": "Giuseppe Giulia Marco Francesca Luca Chiara Alessandro Elena Matteo Sara".split(),
    "nl": "Jan Anouk Pieter Femke Daan Sanne Joost Eva Maarten Lotte".split(),
    "pl": "Piotr Agnieszka Krzysztof Katarzyna Tomasz Magdalena Paweł Ewa".split(),
    "ru": "Sergei Olga Dmitri Natalia Alexei Irina Ivan Tatiana Mikhail Elena".split(),
    "zh": "Wei Fang Li Na Jun Xiaoming Jing Hao Yan Lei Xin Mei Zhiwei".split(),
    "ja": "Hiroshi Yuki Takeshi Akiko Kenji Haruka Satoshi Naoko Daisuke Aiko".split(),
    "ko": "Min-jun Seo-yeon Ji-hoon Ha-eun Dong-hyun Soo-jin Jae-won".split(),
    "ar": "Mohammed Fatima Ahmed Aisha Omar Layla Youssef Mariam Khalid Noor".split(),
    "hi": "Rahul Priya Amit Ananya Vikram Sneha Arjun Kavya Sanjay Deepa".split(),
    "tr": "Mehmet Ayşe Mustafa Elif Emre Zeynep Burak Selin".split(),
    "vi": "Minh Lan Tuan Huong Duc Thao".split(),
    "sw": "Amani Zawadi Baraka Neema Juma Imani".split(),
    "yo": "Oluwaseun Adebayo Chiamaka Ngozi Emeka Funmilayo Chukwuemeka".split(),
    "sv": "Lars Ingrid Erik Astrid Nils Karin Björn Sigrid".split(),
}
FAMILY = {
    "en": "Smith Johnson Williams Brown Jones Miller Davis Wilson Taylor Clark Lewis Walker Hall Young King "
    "Wright Green Baker Adams Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker Evans".split(),
    "fr": "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Lefèvre Rousseau Girard".split(),
    "de": "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch".split(),
    "es": "García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Ruiz Hernández Díaz".split(),
    "pt": "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Gonçalves".split(),
    "it": "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno".split(),
    "nl": "Jansen Bakker Visser Smit Meijer Mulder Bos Vos Peters Hendriks".split(),
    "pl": "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński".split(),
    "ru": "Ivanov Smirnov Kuznetsov Popov Vasiliev Petrov Sokolova Mikhailova Fedorov".split(),
    "zh": "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo".split(),
    "ja": "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato".split(),
    "ko": "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim".split(),
    "ar": "Hassan Hussein Abdullah Mahmoud Ibrahim Mansour Haddad Khalil Nasser Saleh".split(),
    "hi": "Sharma Patel Singh Kumar Gupta Reddy Iyer Nair Chatterjee Mehta".split(),
    "tr": "Yılmaz Kaya Demir Şahin Çelik Yıldız Aydın Öztürk".split(),
    "vi": "Nguyen Tran Le Pham Hoang Phan Vu".split(),
    "sw": "Mwangi Otieno Kamau Wanjiru Mutua Achieng".split(),
    "yo": "Okafor Adeyemi Okonkwo Balogun Eze Nwosu Adebayo".split(),
    "sv": "Andersson Johansson Karlsson Nilsson Eriksson Larsson Lindqvist".split(),
}
PARTICLES = {
    "nl": ["van", "van der", "de", "van den", "ter"],
    "de": ["von", "von der", "zu"],
    "fr": ["de", "du", "de la", "le"],
    "it": ["di", "da", "de", "della"],
    "es": ["de", "del", "de la"],
    "pt": ["da", "dos", "de"],
    "ar": ["al-", "el-", "bin", "ibn"],
}
# particles CSL keeps with the family name when sorting ("van", "de") vs those it drops ("von")
DROPPING = frozenset(["von", "von der", "zu"])
SUFFIXES = ["Jr.", "Sr.", "II", "III"]
USERNAMES = [
    "datawrangler",
    "@openscience",
    "kittenlover42",
    "The Daily Coder",
    "grumpy_economist",
    "u/historybuff",
    "PolicyWonk",
    "@jdoe",
]

# ------------------------------------------------------------------ organisations
ORGS = [
    "Human Rights Watch",
    "Amnesty International",
    "World Health Organization",
    "World Bank",
    "International Monetary Fund",
    "United Nations Development Programme",
    "UNICEF",
    "UNESCO",
    "Organisation for Economic Co-operation and Development",
    "European Commission",
    "European Central Bank",
    "Médecins Sans Frontières",
    "International Committee of the Red Cross",
    "Pew Research Center",
    "RAND Corporation",
    "Brookings Institution",
    "Greenpeace",
    "World Wide Fund for Nature",
    "Intergovernmental Panel on Climate Change",
    "International Energy Agency",
    "Office for National Statistics",
    "Centers for Disease Control and Prevention",
    "National Institutes of Health",
    "Statistics Canada",
    "Australian Bureau of Statistics",
    "Bundesamt für Statistik",
    "Institut national de la statistique et des études économiques",
    "International Labour Organization",
    "Food and Agriculture Organization of the United Nations",
    "Transparency International",
    "Wikimedia Foundation",
    "Mozilla Foundation",
    "Python Software Foundation",
    "R Core Team",
    "American Psychological Association",
    "National Academies of Sciences, Engineering, and Medicine",
    "Reporters Without Borders",
    "Human Rights Commission of Pakistan",
    "United Nations Office of the High Commissioner for Human Rights",
    "Internal Displacement Monitoring Centre",
]
DEPARTMENTS = [
    "Education",
    "Health and Human Services",
    "Energy",
    "Agriculture",
    "Justice",
    "Labor",
    "State",
    "Transportation",
    "Homeland Security",
    "Commerce",
    "the Interior",
    "Veterans Affairs",
]
ORG_TEMPLATES = [
    "U.S. Department of {dept}",
    "Department of {dept}",
    "Ministry of {topic_cap}",
    "National {topic_cap} Agency",
    "{country} Ministry of {topic_cap}",
    "International {topic_cap} Association",
    "{topic_cap} Research Institute",
    "{city} City Council",
    "Government of {country}",
    "{country} Institute of {topic_cap}",
    "Centre for {topic_cap} Studies",
    "{topic_cap} Foundation",
    "Society for {topic_cap}",
    "Office of the {role}",
    "{country} {topic_cap} Commission",
]
ROLES = ["Surgeon General", "Chief Scientist", "Auditor General", "Ombudsman", "Prime Minister"]

# ------------------------------------------------------------------ places, outlets, publishers
CITIES = [
    ("New York", "NY"),
    ("Washington, DC", ""),
    ("Chicago", "IL"),
    ("Boston", "MA"),
    ("Cambridge", "MA"),
    ("Thousand Oaks", "CA"),
    ("Berkeley", "CA"),
    ("London", ""),
    ("Oxford", ""),
    ("Cambridge", ""),
    ("Paris", ""),
    ("Berlin", ""),
    ("Amsterdam", ""),
    ("Geneva", ""),
    ("Tokyo", ""),
    ("Beijing", ""),
    ("Toronto", "ON"),
    ("Sydney", "NSW"),
    ("Cape Town", ""),
    ("Nairobi", ""),
    ("Mexico City", ""),
    ("São Paulo", ""),
    ("New Delhi", ""),
    ("Islamabad", ""),
    ("Madrid", ""),
    ("Stockholm", ""),
]
COUNTRIES = [
    "Canada",
    "Kenya",
    "India",
    "Pakistan",
    "Australia",
    "Germany",
    "France",
    "Brazil",
    "Japan",
    "Nigeria",
    "Mexico",
    "New Zealand",
    "South Africa",
    "Norway",
    "Indonesia",
    "Chile",
]
NEWS = [
    "The Guardian",
    "The New York Times",
    "BBC News",
    "Al Jazeera",
    "Reuters",
    "The Washington Post",
    "Le Monde",
    "Financial Times",
    "The Economist",
    "Der Spiegel",
    "The Atlantic",
    "NPR",
    "CNN",
    "Associated Press",
    "Bloomberg",
    "The Hindu",
    "Dawn",
    "The Times of India",
    "El País",
    "The Independent",
    "Los Angeles Times",
    "The Wall Street Journal",
    "Nature News",
    "Politico",
    "Vox",
    "Wired",
    "Time",
    "The New Yorker",
    "Scientific American",
    "New Scientist",
    "National Geographic",
    "The Conversation",
]
MAGAZINES = [
    "Wired",
    "The Atlantic",
    "The New Yorker",
    "Time",
    "Scientific American",
    "New Scientist",
    "National Geographic",
    "Harper's Magazine",
    "The Economist",
    "Smithsonian Magazine",
    "Rolling Stone",
]
SITES = [
    "Wikipedia",
    "GitHub",
    "Stack Overflow",
    "Medium",
    "Our World in Data",
    "YouTube",
    "Substack",
    "Investopedia",
    "Mayo Clinic",
    "WebMD",
    "Britannica",
    "Khan Academy",
    "Internet Archive",
]
BLOGS = [
    "Freakonomics",
    "The Official Google Blog",
    "Marginal Revolution",
    "Retraction Watch",
    "Crooked Timber",
    "The Verge",
    "Towards Data Science",
    "Language Log",
    "Statistical Modeling, Causal Inference, and Social Science",
    "The PLOS Blogs",
    "Mozilla Hacks",
]
PUBLISHERS = [
    "Oxford University Press",
    "Cambridge University Press",
    "Routledge",
    "Springer",
    "Elsevier",
    "Wiley",
    "SAGE Publications",
    "Penguin Books",
    "Harvard University Press",
    "MIT Press",
    "University of Chicago Press",
    "Princeton University Press",
    "Palgrave Macmillan",
    "Bloomsbury",
    "Yale University Press",
    "Verso",
    "Polity Press",
    "HarperCollins",
    "Éditions Gallimard",
    "Suhrkamp",
    "De Gruyter",
    "Brill",
    "Taylor & Francis",
    "W. W. Norton & Company",
    "Basic Books",
]
DATA_REPOS = [
    "Zenodo",
    "Dryad",
    "figshare",
    "Harvard Dataverse",
    "ICPSR",
    "UK Data Service",
    "OSF",
    "Kaggle",
    "PANGAEA",
    "NASA Earthdata",
    "U.S. Census Bureau",
    "Eurostat",
]
CODE_HOSTS = ["github.com/", "gitlab.com/", "cran.r-project.org/package="]
SOFT_HOSTS = ["GitHub", "CRAN", "PyPI", "Zenodo", "Bioconductor", "GitLab", "npm"]
UNIVERSITIES = [
    "University of Oxford",
    "Stanford University",
    "University of Toronto",
    "Universität Heidelberg",
    "Université Paris-Saclay",
    "University of Cape Town",
    "National University of Singapore",
    "Universidad de Buenos Aires",
    "University of Melbourne",
    "Harvard University",
    "Massachusetts Institute of Technology",
    "University of Michigan",
    "ETH Zürich",
    "Kyoto University",
    "Quaid-i-Azam University",
    "University of Nairobi",
    "McGill University",
]
CONFERENCES = [
    ("CHI", "Conference on Human Factors in Computing Systems", "ACM"),
    ("NeurIPS", "Conference on Neural Information Processing Systems", "Curran Associates"),
    (
        "ACL",
        "Annual Meeting of the Association for Computational Linguistics",
        "Association for Computational Linguistics",
    ),
    ("ICSE", "International Conference on Software Engineering", "IEEE"),
    ("ISMIR", "International Society for Music Information Retrieval Conference", "ISMIR"),
    ("SIGIR", "International ACM SIGIR Conference on Research and Development in Information Retrieval", "ACM"),
    ("ICRA", "IEEE International Conference on Robotics and Automation", "IEEE"),
    ("AAAI", "AAAI Conference on Artificial Intelligence", "AAAI Press"),
]
JOURNALS = [
    "Nature",
    "Science",
    "PLOS ONE",
    "The Lancet",
    "Journal of Personality and Social Psychology",
    "American Economic Review",
    "Physical Review Letters",
    "Journal of the American Chemical Society",
    "Social Science & Medicine",
    "Annual Review of Sociology",
    "Journal of Peace Research",
    "International Affairs",
    "BMJ",
    "Cell",
    "Ecology Letters",
    "Global Environmental Change",
    "Journal of Refugee Studies",
    "Third World Quarterly",
    "Memory & Cognition",
    "Language",
    "Proceedings of the National Academy of Sciences",
    "Journal of Machine Learning Research",
]
PODCASTS = [
    "The Daily",
    "Radiolab",
    "Hidden Brain",
    "Planet Money",
    "In Our Time",
    "Science Friday",
    "This American Life",
    "Freakonomics Radio",
]
NETWORKS = ["The New York Times", "WNYC Studios", "NPR", "BBC Radio 4", "Science Friday Initiative"]

# ------------------------------------------------------------------ title words
TOPICS = (
    "climate change|public health|human rights|migration|democracy|artificial intelligence|urban "
    "transport|water security|food systems|press freedom|child poverty|renewable energy|vaccination|"
    "housing policy|digital privacy|language learning|biodiversity|labour markets|gender equality|"
    "mental health|refugee protection|misinformation|coastal erosion|open science|air pollution|"
    "enforced disappearances|minimum wage|remote work|antibiotic resistance|election integrity"
).split("|")
PLACES = [
    "Balochistan",
    "the Sahel",
    "Southeast Asia",
    "the Arctic",
    "Latin America",
    "Europe",
    "rural India",
    "the Mekong Delta",
    "Sub-Saharan Africa",
    "the Pacific Islands",
    "post-war Germany",
    "New England",
    "Ontario",
    "Kenya",
    "Pakistan",
    "Brazil",
    "the Global South",
    "Scandinavia",
]
ADJS = [
    "new",
    "hidden",
    "growing",
    "long",
    "uneven",
    "global",
    "local",
    "unfinished",
    "quiet",
    "changing",
    "contested",
    "digital",
    "forgotten",
    "rapid",
    "systematic",
]
NOUNS = [
    "crisis",
    "politics",
    "economics",
    "future",
    "promise",
    "limits",
    "costs",
    "history",
    "geography",
    "evidence",
    "struggle",
    "case",
    "role",
    "impact",
    "legacy",
    "making",
]
VERBS = ["shapes", "transforms", "undermines", "explains", "predicts", "reshapes", "threatens"]
NEWS_TEMPLATES = [
    "{place} {verb_past} as {topic} {news_noun} {news_verb}",
    "{count} dead after {event} in {place}, officials say",
    "What's behind {place}'s {adj} {topic} {news_noun}?",
    "'{quote}': {topic_cap} in {place}",
    "{org} warns of {adj} {topic} {news_noun}",
    "How {topic} {verb} {place}",
    "{place}: {org} demands action on {topic}",
    "Inside the {adj} fight over {topic} in {place}",
]
QUOTES = [
    "We only want to be heard",
    "I only protest. I want to go to school",
    "Nobody told us",
    "He only wanted revenge",
    "It is not over",
]
EVENTS = ["floods", "coordinated attacks", "a landslide", "protests", "a heatwave", "clashes", "an earthquake"]
NEWS_NOUNS = ["crisis", "protests", "talks", "report", "policy", "debate", "figures"]
NEWS_VERBS = ["grow", "stall", "intensify", "resume", "collapse", "widen"]
PAST = ["braces", "votes", "mourns", "reels", "rallies", "waits"]
GENRES_REPORT = [
    "Technical report",
    "Working paper",
    "Policy brief",
    "Research report",
    "Discussion paper",
    "Briefing note",
    "Issue brief",
    "Occasional paper",
    "Fact sheet",
]
GENRES_THESIS = [
    "Doctoral dissertation",
    "PhD thesis",
    "Master's thesis",
    "MSc thesis",
    "Thèse de doctorat",
    "Dissertation",
    "Unpublished doctoral dissertation",
]
TLDS = ["org", "com", "gov", "int", "net", "edu", "ac.uk", "de", "fr", "org.uk", "gov.au", "ca"]
MONTHS_ISSUE = ["Spring", "Summer", "Autumn", "Winter"]


def _slug(s: str, rng: random.Random) -> str:
    words = re.findall(r"[a-z0-9]+", s.lower())[: rng.randint(3, 9)]
    return "-".join(words) or "page"


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


class RecordSynth:
    """Draws varied CSL records; ``pool`` holds values recombined from training records."""

    def __init__(self, rng: random.Random, pool: dict[str, list[str]] | None = None) -> None:
        self.rng = rng
        self.pool = pool or {}
        self.kinds = [
            (self.webpage, 14),
            (self.news, 12),
            (self.magazine, 4),
            (self.blog, 6),
            (self.report, 12),
            (self.dataset, 6),
            (self.software, 5),
            (self.thesis, 5),
            (self.conference, 6),
            (self.film, 2),
            (self.podcast, 3),
            (self.journal_article, 12),
            (self.book, 8),
            (self.chapter, 5),
            (self.encyclopedia, 2),
            (self.preprint, 3),
            (self.social_post, 2),
            (self.video, 2),
            (self.presentation, 2),
            (self.classic, 2),
        ]
        self._weights = [w for _f, w in self.kinds]

    def record(self) -> dict[str, Any]:
        make = self.rng.choices([f for f, _w in self.kinds], self._weights)[0]
        rec = make()
        return {k: v for k, v in rec.items() if v not in (None, "", [])}

    # -------------------------------------------------------------- pieces
    def person(self) -> dict[str, str]:
        r = self.rng
        lang = r.choice(list(GIVEN))
        given = r.choice(GIVEN[lang])
        family = r.choice(FAMILY[lang])
        p: dict[str, str] = {}
        roll = r.random()
        if roll < 0.08:
            family = f"{family}-{r.choice(FAMILY[r.choice(list(FAMILY))])}"
        elif roll < 0.22 and lang in PARTICLES:
            part = r.choice(PARTICLES[lang])
            if part.endswith("-"):
                family = part + family  # al-Hassan: written as one word
            elif part in DROPPING:
                p["dropping-particle"] = part
            else:
                p["non-dropping-particle"] = part
        if r.random() < 0.15 and lang not in ("zh", "ja", "ko"):
            given += " " + r.choice(GIVEN[lang])[0] + "."
        if r.random() < 0.12:
            given = " ".join(w[0] + "." for w in re.split(r"[\s-]+", given) if w)
        p["family"] = family
        p["given"] = given
        if r.random() < 0.04 and lang == "en":
            p["suffix"] = r.choice(SUFFIXES)
        return p

    def people(self, most: int = 4) -> list[dict[str, str]]:
        r = self.rng
        n = r.choice([1, 1, 1, 2, 2, 3]) if most <= 4 else r.choice([1, 2, 3, 4, 6, 8, 12, 25])
        return [self.person() for _ in range(min(n, most))]

    def org(self) -> str:
        r = self.rng
        if r.random() < 0.5:
            return r.choice(ORGS)
        return r.choice(ORG_TEMPLATES).format(
            dept=r.choice(DEPARTMENTS),
            topic_cap=_cap(r.choice(TOPICS)).title(),
            country=r.choice(COUNTRIES),
            city=r.choice(CITIES)[0],
            role=r.choice(ROLES),
        )

    def authors(self, org_share: float = 0.3, none_share: float = 0.0, most: int = 4) -> list[dict[str, str]]:
        r = self.rng.random()
        if r < none_share:
            return []
        if r < none_share + org_share:
            return [{"literal": self.org()}]
        return self.people(most)

    def date(self, full: float = 0.5, nd: float = 0.0) -> dict[str, Any] | None:
        r = self.rng
        if r.random() < nd:
            return None
        year = r.choice([r.randint(1950, 2026), r.randint(1995, 2026), r.randint(2010, 2026)])
        if r.random() < full:
            month = r.randint(1, 12)
            if r.random() < 0.8:
                return {"date-parts": [[year, month, r.randint(1, 28)]]}
            return {"date-parts": [[year, month]]}
        if r.random() < 0.03:
            return {"date-parts": [[year]], "season": r.randint(1, 4)}
        return {"date-parts": [[year]]}

    def accessed(self, issued: dict[str, Any] | None) -> dict[str, Any]:
        year = max(2015, issued["date-parts"][0][0]) if issued else self.rng.randint(2015, 2026)
        return {
            "date-parts": [[min(2026, year + self.rng.randint(0, 2)), self.rng.randint(1, 12), self.rng.randint(1, 28)]]
        }

    def topic_title(self) -> str:
        r = self.rng
        t = r.choice(TOPICS)
        forms = [
            f"The {r.choice(ADJS)} {r.choice(NOUNS)} of {t}",
            f"{_cap(t)} in {r.choice(PLACES)}: {_cap(r.choice(ADJS))} {r.choice(NOUNS)} and {r.choice(TOPICS)}",
            f"{_cap(t)} and {r.choice(TOPICS)}",
            f"Why {t} matters",
            f"How {t} {r.choice(VERBS)} {r.choice(TOPICS)}",
            f"{_cap(r.choice(NOUNS))} and {r.choice(NOUNS)}: {t} since {r.randint(1900, 2015)}",
            f"Does {t} reduce {r.choice(TOPICS)}?",
            f"Rethinking {t}",
            f"World report {r.randint(2000, 2026)}: {r.choice(COUNTRIES)}",
            f"State of {t} {r.randint(2000, 2026)}",
        ]
        return r.choice(forms)

    def title(self, pooled: float = 0.5) -> str:
        pool = self.pool.get("title")
        if pool and self.rng.random() < pooled:
            return self.rng.choice(pool)
        t = self.topic_title()
        if self.rng.random() < 0.05:  # a species or work named in the title, in italics
            word = self.rng.choice(t.split())
            t = t.replace(word, f"<i>{word}</i>", 1)
        return t

    def news_title(self) -> str:
        r = self.rng
        place = r.choice(PLACES)
        return r.choice(NEWS_TEMPLATES).format(
            place=place,
            verb_past=r.choice(PAST),
            topic=r.choice(TOPICS),
            topic_cap=_cap(r.choice(TOPICS)),
            news_noun=r.choice(NEWS_NOUNS),
            news_verb=r.choice(NEWS_VERBS),
            count=r.randint(3, 140),
            event=r.choice(EVENTS),
            adj=r.choice(ADJS),
            quote=r.choice(QUOTES),
            org=r.choice(ORGS),
            verb=r.choice(VERBS),
        )

    def url(self, host: str, title: str, dated: dict[str, Any] | None = None) -> str:
        r = self.rng
        domain = re.sub(r"[^a-z0-9]", "", host.lower())[:18] or "example"
        domain = f"www.{domain}.{r.choice(TLDS)}" if r.random() < 0.7 else f"{domain}.{r.choice(TLDS)}"
        path = [
            r.choice(
                ["news", "en", "report", "blog", "articles", "publications", "research", "world", "stories", "data"]
            )
        ]
        if dated and r.random() < 0.5:
            y, *md = dated["date-parts"][0]
            path += [str(y)] + [f"{x:02d}" for x in md[:2]]
        path.append(_slug(title, r))
        if r.random() < 0.15:
            path.append(r.choice(["index.html", f"?id={r.randint(100, 99999)}", "", "#section-2"]))
        scheme = "https" if r.random() < 0.9 else "http"
        return f"{scheme}://{domain}/" + "/".join(p for p in path if p)

    def doi(self) -> str:
        r = self.rng
        prefix = f"10.{r.randint(1000, 99999)}"
        suffix = r.choice(
            [
                f"{r.choice(['s', 'j.', 'journal.pone.'])}{r.randint(1000000, 9999999)}",
                f"{r.choice(['jpsp', 'ajps', 'nature', 'sci'])}.{r.randint(1990, 2026)}.{r.randint(1, 9999)}",
                f"S{r.randint(1000, 9999)}-{r.randint(1000, 9999)}({r.randint(10, 26)})"
                f"{r.randint(10000, 99999)}-{r.randint(0, 9)}",
                f"{r.randint(100000, 999999)}",
                f"zenodo.{r.randint(100000, 9999999)}",
            ]
        )
        return f"{prefix}/{suffix}"

    def pages(self) -> str:
        r = self.rng
        a = r.randint(1, 2000)
        roll = r.random()
        if roll < 0.7:
            return f"{a}-{a + r.randint(1, 40)}"
        if roll < 0.8:
            return f"e{r.randint(1000000, 9999999)}" if r.random() < 0.5 else f"{r.randint(10000, 999999):06d}"
        return str(a)

    def place(self) -> str:
        city, region = self.rng.choice(CITIES)
        return f"{city}, {region}" if region and self.rng.random() < 0.7 else city

    def pooled(self, key: str, fallback: list[str], share: float = 0.5) -> str:
        pool = self.pool.get(key)
        if pool and self.rng.random() < share:
            return self.rng.choice(pool)
        return self.rng.choice(fallback)

    def maybe(self, share: float, value: Any) -> Any:
        return value if self.rng.random() < share else None

    # -------------------------------------------------------------- kinds
    def webpage(self) -> dict[str, Any]:
        r = self.rng
        author = self.authors(org_share=0.55, none_share=0.12)
        own_site = author and "literal" in author[0] and r.random() < 0.5
        site = author[0]["literal"] if own_site else r.choice(SITES + ORGS)
        issued = self.date(full=0.7, nd=0.25)
        title = self.title(0.2) if r.random() < 0.6 else self.news_title()
        rec = {
            "type": "webpage",
            "author": author,
            "title": title,
            "issued": issued,
            "container-title": self.maybe(0.5, site),
            "URL": self.url(site, title, issued),
        }
        if r.random() < 0.4 or not issued:
            rec["accessed"] = self.accessed(issued)
        return rec

    def news(self) -> dict[str, Any]:
        r = self.rng
        outlet = r.choice(NEWS)
        issued = self.date(full=0.95)
        title = self.news_title()
        return {
            "type": "article-newspaper",
            "author": self.authors(org_share=0.15, none_share=0.3, most=3),
            "title": title,
            "container-title": outlet,
            "issued": issued,
            "section": self.maybe(0.1, r.choice(["World", "Opinion", "Business", "Science"])),
            "page": self.maybe(0.1, f"A{r.randint(1, 24)}"),
            "URL": self.maybe(0.8, self.url(outlet, title, issued)),
            "accessed": self.maybe(0.15, self.accessed(issued)),
        }

    def magazine(self) -> dict[str, Any]:
        r = self.rng
        issued = self.date(full=0.6)
        title = self.title(0.3)
        return {
            "type": "article-magazine",
            "author": self.people(3),
            "title": title,
            "container-title": r.choice(MAGAZINES),
            "issued": issued,
            "volume": self.maybe(0.4, str(r.randint(1, 330))),
            "issue": self.maybe(0.4, str(r.randint(1, 12))),
            "page": self.maybe(0.5, self.pages()),
            "URL": self.maybe(0.5, self.url("magazine", title, issued)),
        }

    def blog(self) -> dict[str, Any]:
        r = self.rng
        blog = r.choice(BLOGS)
        author = [{"literal": r.choice(USERNAMES)}] if r.random() < 0.25 else self.authors(org_share=0.1)
        issued = self.date(full=0.9, nd=0.05)
        title = self.title(0.2)
        return {
            "type": "post-weblog",
            "author": author,
            "title": title,
            "container-title": blog,
            "issued": issued,
            "URL": self.url(blog, title, issued),
            "accessed": self.maybe(0.2, self.accessed(issued)),
        }

    def report(self) -> dict[str, Any]:
        r = self.rng
        author = self.authors(org_share=0.55)
        org = author[0]["literal"] if author and "literal" in author[0] else self.org()
        issued = self.date(full=0.25, nd=0.08)
        title = self.title(0.3)
        rec: dict[str, Any] = {"type": "report", "author": author, "title": title, "issued": issued}
        if r.random() < 0.6:
            rec["genre"] = r.choice(GENRES_REPORT)
        if r.random() < 0.5:
            rec["number"] = r.choice(
                [
                    str(r.randint(1, 999)),
                    f"{r.randint(1990, 2026)}-{r.randint(1, 99):02d}",
                    f"WHO/{r.choice(['HSE', 'UHC'])}/{r.randint(2000, 2026)}.{r.randint(1, 9)}",
                    f"NBER w{r.randint(10000, 32000)}",
                ]
            )
        if r.random() < 0.7:
            rec["publisher"] = org if r.random() < 0.5 else self.org()
        if r.random() < 0.4:
            rec["publisher-place"] = self.place()
        if r.random() < 0.2:
            rec["collection-title"] = r.choice(
                ["Policy Research Working Paper", "Technical Report Series", "Occasional Papers", "Research Briefs"]
            )
        if r.random() < 0.6:
            rec["URL"] = self.url(org, title, issued)
        if r.random() < 0.15:
            rec["DOI"] = self.doi()
        if r.random() < 0.15:
            rec["accessed"] = self.accessed(issued)
        return rec

    def dataset(self) -> dict[str, Any]:
        r = self.rng
        repo = r.choice(DATA_REPOS)
        issued = self.date(full=0.3)
        title = self.title(0.2) + r.choice(["", "", " dataset", " survey data"])
        return {
            "type": "dataset",
            "author": self.authors(org_share=0.4, most=8),
            "title": title,
            "issued": issued,
            "publisher": repo,
            "version": self.maybe(0.4, f"{r.randint(1, 9)}.{r.randint(0, 9)}"),
            "DOI": self.maybe(0.6, self.doi()),
            "URL": self.maybe(0.4, self.url(repo, title, None)),
            "medium": self.maybe(0.1, "CSV"),
            "accessed": self.maybe(0.15, self.accessed(issued)),
        }

    def software(self) -> dict[str, Any]:
        r = self.rng
        name = r.choice(
            [
                "biblio",
                "pandas",
                "Seurat",
                "ggplot2",
                "scikit-learn",
                "Zotero",
                "QGIS",
                "Stan",
                "lme4",
                "spaCy",
                "NetLogo",
                "JASP",
                "OpenRefine",
                "Gephi",
            ]
        )
        title = name + r.choice(["", f": {_cap(r.choice(TOPICS))} tools", " (Version 2)", ""])
        host = r.choice(SOFT_HOSTS)
        return {
            "type": "software",
            "author": self.authors(org_share=0.35, most=8),
            "title": title,
            "version": self.maybe(0.7, f"{r.randint(0, 5)}.{r.randint(0, 30)}.{r.randint(0, 12)}"),
            "issued": self.date(full=0.3, nd=0.1),
            "publisher": self.maybe(0.6, host),
            "URL": self.maybe(0.7, f"https://{r.choice(CODE_HOSTS)}{name.lower()}"),
            "DOI": self.maybe(0.3, self.doi()),
        }

    def thesis(self) -> dict[str, Any]:
        r = self.rng
        return {
            "type": "thesis",
            "author": [self.person()],
            "title": self.title(0.5),
            "genre": self.maybe(0.85, r.choice(GENRES_THESIS)),
            "publisher": r.choice(UNIVERSITIES),
            "publisher-place": self.maybe(0.4, self.place()),
            "issued": self.date(full=0.05),
            "URL": self.maybe(0.3, self.url("repository", "handle thesis", None)),
            "DOI": self.maybe(0.1, self.doi()),
        }

    def conference(self) -> dict[str, Any]:
        r = self.rng
        short, name, pub = r.choice(CONFERENCES)
        issued = self.date(full=0.1)
        year = issued["date-parts"][0][0] if issued else 2020
        nth = r.randint(2, 60)
        rec: dict[str, Any] = {
            "type": "paper-conference",
            "author": self.people(8),
            "title": self.title(0.5),
            "issued": issued,
            "container-title": r.choice(
                [
                    f"Proceedings of the {_ordinal(nth)} {name}",
                    f"{name} {year}",
                    f"Proceedings of {short} {year}",
                    self.pooled("container", [name]),
                ]
            ),
            "publisher": self.maybe(0.6, pub),
            "page": self.maybe(0.7, self.pages()),
            "DOI": self.maybe(0.5, self.doi()),
        }
        if r.random() < 0.4:
            rec["event-title"] = f"{short} {year}"
            rec["event-place"] = self.place()
        if r.random() < 0.3:
            rec["publisher-place"] = self.place()
        if r.random() < 0.2:
            rec["editor"] = self.people(3)
        return rec

    def film(self) -> dict[str, Any]:
        r = self.rng
        return {
            "type": "motion_picture",
            "director": self.people(2),
            "producer": self.maybe(0.3, self.people(2)),
            "title": self.title(0.2),
            "issued": self.date(full=0.1),
            "publisher": r.choice(["Netflix", "Warner Bros.", "BBC Films", "Studio Ghibli", "A24", "PBS"]),
            "medium": self.maybe(0.3, r.choice(["Film", "Documentary film", "DVD"])),
            "URL": self.maybe(0.2, self.url("video", "film", None)),
        }

    def podcast(self) -> dict[str, Any]:
        r = self.rng
        show = r.choice(PODCASTS)
        issued = self.date(full=0.9)
        title = self.news_title() if r.random() < 0.5 else self.title(0.1)
        return {
            "type": r.choice(["broadcast", "song"]) if r.random() < 0.3 else "broadcast",
            "author": self.people(2),
            "title": title,
            "container-title": show,
            "issued": issued,
            "number": self.maybe(0.4, str(r.randint(1, 900))),
            "publisher": self.maybe(0.6, r.choice(NETWORKS)),
            "medium": self.maybe(0.6, r.choice(["Audio podcast episode", "Podcast", "Video"])),
            "URL": self.maybe(0.7, self.url(show, title, issued)),
        }

    def journal_article(self) -> dict[str, Any]:
        r = self.rng
        rec: dict[str, Any] = {
            "type": "article-journal",
            "author": self.authors(org_share=0.05, most=30),
            "title": self.title(0.5),
            "container-title": self.pooled("journal", JOURNALS),
            "issued": self.date(full=0.1),
            "volume": str(r.randint(1, 150)),
            "issue": self.maybe(
                0.7, str(r.randint(1, 12)) if r.random() < 0.9 else f"{r.randint(1, 6)}-{r.randint(7, 12)}"
            ),
            "page": self.maybe(0.9, self.pages()),
            "DOI": self.maybe(0.6, self.doi()),
        }
        if not rec.get("DOI") and r.random() < 0.3:
            rec["URL"] = self.url(rec["container-title"], rec["title"], None)
            rec["accessed"] = self.maybe(0.5, self.accessed(rec["issued"]))
        return rec

    def book(self) -> dict[str, Any]:
        r = self.rng
        editors = r.random() < 0.15
        rec: dict[str, Any] = {
            "type": "book",
            "title": self.title(0.6),
            "issued": self.date(full=0.02),
            "publisher": self.pooled("publisher", PUBLISHERS),
            "publisher-place": self.maybe(0.6, self.place()),
            "edition": self.maybe(0.15, r.choice(["2", "3", "4", "Rev. ed.", "10"])),
            "translator": self.maybe(0.06, self.people(2)),
            "ISBN": self.maybe(0.08, _isbn(r)),
            "DOI": self.maybe(0.1, self.doi()),
        }
        rec["editor" if editors else "author"] = self.authors(org_share=0.08)
        if r.random() < 0.1:
            rec["collection-title"] = r.choice(
                [
                    "Lecture Notes in Computer Science",
                    "Studies in Global Justice",
                    "Cambridge Studies in Comparative Politics",
                    "Routledge Focus",
                ]
            )
            rec["collection-number"] = self.maybe(0.6, str(r.randint(1, 12000)))
        return rec

    def chapter(self) -> dict[str, Any]:
        r = self.rng
        return {
            "type": "chapter",
            "author": self.people(3),
            "title": self.title(0.5),
            "container-title": self.title(0.5),
            "editor": self.people(3),
            "page": self.pages(),
            "issued": self.date(full=0.0),
            "publisher": self.pooled("publisher", PUBLISHERS),
            "publisher-place": self.maybe(0.6, self.place()),
            "DOI": self.maybe(0.2, self.doi()),
            "edition": self.maybe(0.05, str(r.randint(2, 5))),
        }

    def preprint(self) -> dict[str, Any]:
        r = self.rng
        server, number = r.choice(
            [
                ("arXiv", f"arXiv:{r.randint(1001, 2512)}.{r.randint(1000, 99999):05d}"),
                ("bioRxiv", ""),
                ("SSRN", str(r.randint(1000000, 4999999))),
                ("PsyArXiv", ""),
                ("medRxiv", ""),
            ]
        )
        rec: dict[str, Any] = {
            "type": r.choice(["article", "article", "manuscript"]),
            "author": self.people(8),
            "title": self.title(0.5),
            "issued": self.date(full=0.4),
            "number": number,
            "DOI": self.maybe(0.5, self.doi()),
            "genre": self.maybe(0.3, "Preprint"),
        }
        rec["container-title" if r.random() < 0.5 else "publisher"] = server
        if not rec.get("DOI") and number.startswith("arXiv"):
            rec["URL"] = f"https://arxiv.org/abs/{number.removeprefix('arXiv:')}"
        return rec

    def social_post(self) -> dict[str, Any]:
        r = self.rng
        author = self.authors(org_share=0.4)
        platform = r.choice(["Twitter", "X", "Facebook", "Instagram", "Reddit", "Mastodon", "LinkedIn", "TikTok"])
        issued = self.date(full=1.0)
        text = self.news_title() if r.random() < 0.6 else self.title(0.0)
        return {
            "type": "post",
            "author": author,
            "title": text,
            "container-title": platform,
            "issued": issued,
            "genre": self.maybe(0.5, r.choice(["Tweet", "Status update", "Post", "Video"])),
            "URL": self.url(platform, text, None),
        }

    def video(self) -> dict[str, Any]:
        r = self.rng
        channel = r.choice([self.org(), r.choice(USERNAMES), "TED", "Khan Academy", "CrashCourse"])
        issued = self.date(full=0.9)
        title = self.title(0.2)
        return {
            "type": "motion_picture",
            "author": [{"literal": channel}] if r.random() < 0.6 else self.people(2),
            "title": title,
            "container-title": r.choice(["YouTube", "Vimeo", "TED"]),
            "issued": issued,
            "genre": self.maybe(0.5, "Video"),
            "medium": self.maybe(0.3, "Video"),
            "URL": f"https://www.youtube.com/watch?v={r.randint(10**9, 10**10):x}",
        }

    def presentation(self) -> dict[str, Any]:
        r = self.rng
        short, name, _pub = r.choice(CONFERENCES)
        issued = self.date(full=0.7)
        return {
            "type": "speech",
            "author": self.people(3),
            "title": self.title(0.4),
            "genre": self.maybe(
                0.7,
                r.choice(
                    [
                        "Paper presentation",
                        "Conference presentation",
                        "Keynote address",
                        "Poster presentation",
                        "Press release",
                    ]
                ),
            ),
            "event-title": r.choice([name, f"{short} {issued['date-parts'][0][0] if issued else ''}".strip()]),
            "event-place": self.maybe(0.7, self.place()),
            "issued": issued,
            "URL": self.maybe(0.3, self.url(short, name, None)),
        }

    def classic(self) -> dict[str, Any]:
        """A translated or reissued work, with the original date."""
        r = self.rng
        rec = self.book()
        rec["original-date"] = {"date-parts": [[r.randint(1600, 1960)]]}
        if r.random() < 0.6:
            rec["translator"] = self.people(2)
        if r.random() < 0.3:
            rec["author"] = [{"given": r.choice(["Plato", "Aristotle", "Confucius", "Homer", "Ovid"])}]
        return rec

    def encyclopedia(self) -> dict[str, Any]:
        r = self.rng
        site = r.choice(["Wikipedia", "Britannica", "Stanford Encyclopedia of Philosophy", "Merriam-Webster"])
        issued = self.date(full=0.8, nd=0.3)
        title = _cap(r.choice(TOPICS))
        rec = {
            "type": r.choice(["entry-encyclopedia", "entry-dictionary", "entry"]),
            "author": self.authors(0.2, 0.5),
            "title": title,
            "container-title": site,
            "issued": issued,
            "URL": self.url(site, title, None),
        }
        if r.random() < 0.6:
            rec["accessed"] = self.accessed(issued)
        return rec


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _isbn(r: random.Random) -> str:
    return f"978-{r.randint(0, 1)}-{r.randint(100, 999)}-{r.randint(10000, 99999)}-{r.randint(0, 9)}"


def value_pool(records: list[dict[str, Any]]) -> dict[str, list[str]]:
    """Titles, journals, containers and publishers from records, for recombination."""
    pool: dict[str, list[str]] = {"title": [], "journal": [], "container": [], "publisher": []}
    for rec in records:
        t = rec.get("title")
        if isinstance(t, str) and 8 <= len(t) <= 200:
            pool["title"].append(t)
        c = rec.get("container-title")
        if isinstance(c, str) and 2 <= len(c) <= 120:
            pool["journal" if rec.get("type") == "article-journal" else "container"].append(c)
        p = rec.get("publisher")
        if isinstance(p, str) and 2 <= len(p) <= 80:
            pool["publisher"].append(p)
    return {k: v for k, v in pool.items() if v}
