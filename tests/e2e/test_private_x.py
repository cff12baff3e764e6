"""The keyboard tests' private X server: a number another server holds is given up at
once, never taken for this test's (the window then could not connect to it)."""

from __future__ import annotations

import shutil

from tests.e2e.private_x import _free_display, _start


def test_a_display_number_already_held_is_given_up_and_the_holder_kept():
    xvfb = shutil.which("Xvfb")
    assert xvfb, "Xvfb is needed (Debian: apt-get install xvfb)"
    n = _free_display(set())
    holder = _start(xvfb, n, "640x480")
    assert holder is not None
    try:
        assert _start(xvfb, n, "640x480") is None
        assert holder.poll() is None
    finally:
        holder.terminate()
        holder.communicate(timeout=30)
