"""No date ever comes from the machine's clock: the outputs are the same whatever day it is."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap

TEXT = ("Officials said Saturday that fighting erupted Monday and went on last week, in April and "
        "since June 10; talks will resume next year, two days ago and the weekend.")


class _ClockForbidden(dt.date):
    @classmethod
    def today(cls):
        raise AssertionError("the machine's clock was read")


class _DateTimeForbidden(dt.datetime):
    @classmethod
    def now(cls, tz=None):
        raise AssertionError("the machine's clock was read")

    @classmethod
    def today(cls):
        raise AssertionError("the machine's clock was read")

    @classmethod
    def utcnow(cls):
        raise AssertionError("the machine's clock was read")


def _outputs(anchor):
    from timeline.dates import find_dates

    return [(e.text, e.value, e.earliest, e.latest) for e in find_dates(TEXT, anchor)]


def test_clock_is_never_read(monkeypatch):
    import time

    expected = _outputs(None)
    monkeypatch.setattr(dt, "date", _ClockForbidden)
    monkeypatch.setattr(dt, "datetime", _DateTimeForbidden)
    monkeypatch.setattr(time, "time", lambda: (_ for _ in ()).throw(AssertionError("clock read")))
    assert _outputs(None) == expected
    assert all(earliest is None for text, _, earliest, _ in expected if text != "June 10" and "April" not in text)


def test_outputs_do_not_change_under_a_faked_clock():
    """The same text, in a subprocess whose clock says 1999 (libfaketime-free: time.time patched at start)."""
    script = textwrap.dedent(f"""
        import datetime as dt, time
        time.time = lambda: 915148800.0  # 1999-01-01
        from timeline.dates import find_dates
        print([(e.value, str(e.earliest)) for e in find_dates({TEXT!r}, None)])
        print([(e.value, str(e.earliest)) for e in find_dates({TEXT!r}, dt.date(2014, 1, 4))])
    """)
    faked = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    from timeline.dates import find_dates

    real = (f"{[(e.value, str(e.earliest)) for e in find_dates(TEXT, None)]}\n"
            f"{[(e.value, str(e.earliest)) for e in find_dates(TEXT, dt.date(2014, 1, 4))]}\n")
    assert faked == real
    assert "XXXX-WXX-6" in faked
