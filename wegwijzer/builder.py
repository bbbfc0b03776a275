"""MkDocs builds of one language each, in worker processes that stay up.

`docs.py build` makes twenty builds (ten languages, offline and web). As
subprocesses, each paid Python's start-up and the imports of MkDocs,
Material and the Markdown extensions again (`make build` took 28 s on two
cores; 20 s with workers). A worker per core pays them once and runs
MkDocs' own `load_config` and `build`, as `mkdocs build` does.

A build is configured by environment variables (KB_LANG for static-i18n's
build_only_locale, KB_OFFLINE, KB_DOWNLOADS, KB_SITE_URL), read when the
configuration is loaded, so each job sets the worker's environment afresh.
"""

from __future__ import annotations

import io
import logging
import multiprocessing
import os
import traceback
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

_START_ENVIRONMENT: dict[str, str] = {}


def _start_worker(root: str) -> None:
    _START_ENVIRONMENT.update(os.environ)
    _START_ENVIRONMENT.setdefault("NO_MKDOCS_2_WARNING", "1")  # Material's end-of-life banner
    os.chdir(root)
    # Messages are collected per build (below), not printed by every worker.
    logging.getLogger("mkdocs").propagate = False


def build_language(code: str, target: str, env: dict[str, str]) -> str | None:
    """Build one language into `target`. None when it succeeded; else what
    MkDocs and the hooks said, to show the contributor."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, ConfigurationError, PluginError

    os.environ.clear()
    os.environ.update({**_START_ENVIRONMENT, **env, "KB_LANG": code})
    said = io.StringIO()
    handler = logging.StreamHandler(said)
    handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
    logger = logging.getLogger("mkdocs")
    logger.addHandler(handler)
    try:
        config = load_config("mkdocs.yml", site_dir=target, strict=True)
        config.plugins.on_startup(command="build", dirty=False)
        try:
            build(config)
        finally:
            config.plugins.on_shutdown()
    except (Abort, ConfigurationError, PluginError) as exc:  # MkDocs has said what and where
        return f"{said.getvalue()}{type(exc).__name__}: {exc}\n"
    except Exception:  # noqa: BLE001 - a bug of ours or a dependency's: the whole traceback
        return f"{said.getvalue()}{traceback.format_exc()}"
    finally:
        logger.removeHandler(handler)
    return None


def pool(root: Path) -> ProcessPoolExecutor:
    """A worker per core. Spawned, not forked: a fresh interpreter holds no
    state of the caller's, and every worker imports from the same package."""
    return ProcessPoolExecutor(max_workers=os.cpu_count() or 1, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_start_worker, initargs=(str(root),))
