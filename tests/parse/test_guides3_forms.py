"""Forms of APA 7 and Chicago examples as a university library's referencing guide prints them."""

from __future__ import annotations

from biblio.parse import parse_reference


def test_group_author_closed_before_the_date() -> None:
    item = parse_reference(
        "Primal Pictures. (2014, September 19). *Primal’s 3D atlas of human anatomy* [Video]. YouTube. "
        "https://youtu.be/g-BtsX3bGvs"
    )
    assert item["author"] == [{"literal": "Primal Pictures"}]
    assert item["container-title"] == "YouTube"


def test_blog_word_inside_the_italics() -> None:
    item = parse_reference(
        'Tudor, Ken. 2015. "Protecting Pets in Abusive Human Relationships." *The Daily Vet (blog)*, June 9. '
        "http://www.petmd.com/blogs/thedailyvet/ken-tudor/2015/june/pets-abusive-human-relationships-32819."
    )
    assert item["container-title"] == "The Daily Vet"
    assert item["type"] == "post-weblog"
    item = parse_reference(
        'Lai, Gladys, and Pema Bakshi. "5 TikTok Fashion Trends Everyone is Wearing IRL." *Vogue (blog),* '
        "May 28, 2021. Accessed June 28, 2021. https://www.vogue.com.au/fashion/trends/4-tiktok-fashion-trends."
    )
    assert item["container-title"] == "Vogue"
