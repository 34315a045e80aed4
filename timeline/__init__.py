"""Articles in, a geocoded, dated timeline of conflict events out.

    >>> import timeline
    >>> tl = timeline.build("articles/", published="2014-01-04")
    >>> tl.events            # pandas DataFrame, one row per event
    >>> tl.to_html("map.html")
"""

from __future__ import annotations

from timeline.core import Timeline, build, stream_events

__all__ = ["Timeline", "build", "stream_events"]
__version__ = "0.1.0"
