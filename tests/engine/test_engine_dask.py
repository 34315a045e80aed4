import pandas as pd
import pytest

import timeline

pytest.importorskip("distributed")

STORIES = [
    "Militants killed {n} soldiers in an attack on a checkpoint in Ramadi on Saturday, police said.",
    "A car bomb exploded in a market in Baqubah on Friday, killing at least {n} people.",
    "Gunmen attacked a police station in Mosul on Thursday, killing {n} officers.",
    "Protesters marched through central Basra on Sunday; police arrested {n} of them.",
]


@pytest.mark.slow
def test_dask_gives_the_same_events_and_ids_as_the_local_engine(tmp_path):
    texts = [STORIES[i % len(STORIES)].format(n=i + 2) for i in range(60)]
    frame = pd.DataFrame({"text": texts, "published": "2014-01-05", "id": [f"a{i}" for i in range(60)]})
    local = timeline.build(frame)
    distributed = timeline.build(frame, engine="dask", workers=2)
    assert len(local.events) > 0
    assert list(distributed.events["event_id"]) == list(local.events["event_id"])
    pd.testing.assert_frame_equal(distributed.events, local.events)
    pd.testing.assert_frame_equal(distributed.articles, local.articles)


@pytest.mark.slow
def test_an_existing_cluster_is_used_by_its_scheduler_address():
    from distributed import LocalCluster

    frame = pd.DataFrame({"text": [s.format(n=3) for s in STORIES], "published": "2014-01-05"})
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        remote = timeline.build(frame, engine="dask", scheduler=cluster.scheduler_address)
    pd.testing.assert_frame_equal(remote.events, timeline.build(frame).events)


def test_an_unreachable_scheduler_is_a_clear_error():
    with pytest.raises(ValueError, match="cannot reach the Dask scheduler"):
        timeline.build(["Fighting in Mosul."], engine="dask", scheduler="tcp://127.0.0.1:9", connect_timeout=1)


def test_bad_engine_options_are_refused_clearly():
    with pytest.raises(ValueError, match="unknown engine"):
        timeline.build(["Fighting in Mosul."], engine="spark")
    with pytest.raises(ValueError, match="workers"):
        timeline.build(["Fighting in Mosul."], workers=2)
