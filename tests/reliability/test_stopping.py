"""A CLI told to stop does stop, even when its unwinding gets stuck (rekg/stopping.py)."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap

STUCK_IN_CLEANUP = textwrap.dedent("""
    import sys, time
    import rekg.stopping as stopping
    stopping.GRACE_SECONDS = float(sys.argv[1])
    stopping.install_signal_handlers()
    try:
        print("ready", flush=True)
        time.sleep(600)
    finally:
        print("cleaning up", flush=True)
        time.sleep(600)
""")


def _start(grace: float) -> subprocess.Popen[str]:
    process = subprocess.Popen([sys.executable, "-c", STUCK_IN_CLEANUP, str(grace)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None
    assert process.stdout.readline() == "ready\n"
    return process


def test_a_cleanup_that_never_ends_is_cut_at_the_grace_period() -> None:
    process = _start(grace=1.0)
    process.send_signal(signal.SIGTERM)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 128 + signal.SIGTERM
    assert "cleaning up" in out  # the unwinding ran first
    assert err.count("\n") == 1, err
    assert "not closed within 1 s of signal 15" in err
    assert "append-only log keeps every acknowledged write" in err


def test_a_second_signal_ends_the_process_at_once() -> None:
    process = _start(grace=600.0)
    process.send_signal(signal.SIGHUP)
    assert process.stdout is not None
    assert process.stdout.readline() == "cleaning up\n"
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 128 + signal.SIGTERM
    assert "signal 15 received again" in err


def test_a_prompt_cleanup_exits_with_the_signal_status_and_no_message() -> None:
    code = ("import time, rekg.stopping as s; s.install_signal_handlers(); "
            "print('ready', flush=True); time.sleep(600)")
    process = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None
    assert process.stdout.readline() == "ready\n"
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 128 + signal.SIGTERM
    assert err == ""
