"""The Dagster instance of an in-process build: Dagster's ephemeral one, with its event log kept on one
SQLite connection.

Dagster's in-memory event log opens a new connection to its in-memory database for every call and
sets two PRAGMAs on it (journal mode and foreign keys), about 2 ms an event; a build logs ~150 events
whatever its size, so the seed's build spent a quarter of its time storing them. The log here writes
them through the connection the storage holds for its life anyway (it is what keeps the in-memory
database alive), from the thread that opened it; any other thread goes the way Dagster's does.
Nothing else changes: the events, the run and its result are Dagster's.
"""
from __future__ import annotations

import threading
from contextlib import contextmanager

from dagster import DagsterInstance
from dagster._core.instance.types import InstanceType
from dagster._core.launcher.sync_in_memory_run_launcher import SyncInMemoryRunLauncher
from dagster._core.run_coordinator import DefaultRunCoordinator
from dagster._core.storage.event_log import InMemoryEventLogStorage
from dagster._core.storage.noop_compute_log_manager import NoOpComputeLogManager
from dagster._core.storage.root import TemporaryLocalArtifactStorage
from dagster._core.storage.runs import InMemoryRunStorage


class HeldConnectionEventLog(InMemoryEventLogStorage):
    """Dagster's in-memory event log, storing through its held connection (see the module's docstring)."""

    def __init__(self) -> None:
        super().__init__()
        self._owner = threading.get_ident()  # SQLite connections belong to the thread that opened them

    @contextmanager
    def _connect(self):
        if threading.get_ident() != self._owner or self._held_conn.in_transaction():
            with super()._connect() as conn:
                yield conn
            return
        with self._db_lock, self._held_conn.begin():
            yield self._held_conn


def ephemeral_instance() -> DagsterInstance:
    """What DagsterInstance.ephemeral() makes, with the event log above."""
    return DagsterInstance(
        instance_type=InstanceType.EPHEMERAL,
        local_artifact_storage=TemporaryLocalArtifactStorage(),
        run_storage=InMemoryRunStorage(),
        event_storage=HeldConnectionEventLog(),
        compute_log_manager=NoOpComputeLogManager(),
        run_coordinator=DefaultRunCoordinator(),
        run_launcher=SyncInMemoryRunLauncher(),
    )
