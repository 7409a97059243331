"""`storyline serve --workers 2`: two server processes asked for the brief of one story that has none yet make it
once; the second waits for the first and reads the brief it saved. Invented stories only."""

from __future__ import annotations

import json
import multiprocessing
import time
from pathlib import Path
from typing import Any

from test_web_support import build_store


def _wait_for(path: Path, seconds: float = 120) -> None:
    end = time.monotonic() + seconds
    while not path.exists():
        assert time.monotonic() < end, f"{path} never appeared"
        time.sleep(0.02)


def _server_process(db: str, story_id: str, flags: str, me: str, out: str) -> None:
    """One server process answering /api/stories/ID: ``views.story_brief``. Making the brief is replaced by a slow
    stand-in that notes each build (in ``flags``/built) and saves a brief naming the process that made it."""
    import storyline.brief as brief_module
    from storyline.brief import SCHEMA_VERSION
    from storyline.pipeline import save_brief
    from storyline.store import Store
    from storyline.web import views

    folder = Path(flags)

    def slow_build(store: Any, sid: str, **_: Any) -> dict[str, Any]:
        with (folder / "built").open("a") as f:
            f.write(me + "\n")
        (folder / f"{me}-building").touch()
        if me == "first":  # still building when the second process asks for the same brief
            _wait_for(folder / "second-asking")
            time.sleep(1.5)
        ids = [str(a) for a in views.lib("get_story")(store, sid)["article_ids"]]
        made = {"story": sid, "schema": SCHEMA_VERSION, "articles": [{"id": i} for i in ids], "headline": {"text": me}}
        save_brief(store, made)
        return made

    brief_module.brief_for_story = slow_build  # type: ignore[attr-defined]
    if me == "second":
        _wait_for(folder / "first-building")
        (folder / "second-asking").touch()
    with Store(Path(db)) as store:
        got = views.story_brief(store, story_id)
    Path(out).write_text(json.dumps(got["brief"]["headline"]), encoding="utf-8")


def test_two_server_processes_make_one_story_brief_once(tmp_path: Path) -> None:
    from storyline.pipeline import cluster_stories
    from storyline.store import Store

    db = build_store(tmp_path / "store")
    with Store(db) as store:
        story_id = cluster_stories(store)[0][0]
    flags = tmp_path / "flags"
    flags.mkdir()
    spawn = multiprocessing.get_context("spawn")
    procs = [
        spawn.Process(target=_server_process, args=(str(db), story_id, str(flags), me, str(tmp_path / f"{me}.json")))
        for me in ("first", "second")
    ]
    for p in procs:
        p.start()
    for p in procs:
        p.join(180)
        assert p.exitcode == 0
    assert (flags / "built").read_text().split() == ["first"]  # one build; the second process waited
    for me in ("first", "second"):  # and both answered with the brief the first one made
        assert json.loads((tmp_path / f"{me}.json").read_text()) == {"text": "first"}


def test_the_brief_lock_of_one_story_does_not_hold_another(tmp_path: Path) -> None:
    import threading

    from storyline.web.views import build_lock

    db, entered = tmp_path / "x.db", threading.Event()

    def other() -> None:
        with build_lock(db, "s2"):
            entered.set()

    with build_lock(db, "s1"):
        thread = threading.Thread(target=other)
        thread.start()
        assert entered.wait(30)  # another story's brief is made meanwhile
    thread.join()
