"""A simulated Binotel PBX over real HTTP on 127.0.0.1, for the demo mode and the tests.

Pure Python, stdlib only, no Qt::

    with FakePBX(time_scale=0.05) as pbx:
        client = Client("demo", "demo-secret", base_url=pbx.url)
        ...
        assert pbx.requests_for("internal-number-to-external-number")

Calls live by the clock (no background threads): see ``pbx.PBX`` for the timings and
``data`` for the employees, voice files, routes, IVR names and company numbers.
External numbers ending in 1111 are busy, 2222 don't answer, 3333 are unreachable;
extension 908 is offline and 909 never picks up.
"""

from calllauncher.fakepbx.faults import Fault
from calllauncher.fakepbx.server import FakePBX, LoggedRequest

__all__ = ["FakePBX", "Fault", "LoggedRequest"]
