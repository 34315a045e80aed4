"""The local engine: every article through the pipeline in this process, each failure contained to its article."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from timeline.document import Article
from timeline.pipeline import Pipeline


@dataclass(slots=True)
class ArticleResult:
    """What one article produced: the article (with its final status), its event rows and place rows."""

    article: Article
    events: list[dict] = field(default_factory=list)
    places: list[dict] = field(default_factory=list)


def process_article(article: Article, pipeline: Pipeline) -> ArticleResult:
    """Returns the result of running ``pipeline`` on ``article``; an error skips the article, with the reason."""
    if article.status != "processed":
        return ArticleResult(article)
    try:
        doc = pipeline(article)
    except Exception as error:  # one bad article must not lose the others
        article.skip(f"could not be processed: {type(error).__name__}: {error}")
        return ArticleResult(article)
    places = [
        {
            "article_id": article.id, "start": m.start, "end": m.end, "text": m.text,
            "name": m.place.name if m.place else None, "latitude": m.latitude, "longitude": m.longitude,
            "country_code": m.place.country_code if m.place else None, "admin1": m.place.admin1 if m.place else None,
            "feature": m.place.feature if m.place else None, "geonameid": m.place.geonameid if m.place else None,
            "role": m.role, "precision": m.precision, "score": m.score,
        }
        for m in doc.places
    ]
    return ArticleResult(article, doc.events, places)


def run_local(articles: Iterable[Article], pipeline: Pipeline | None = None) -> list[ArticleResult]:
    """Returns one result per article, in input order."""
    pipeline = pipeline or Pipeline()
    return [process_article(article, pipeline) for article in articles]
