"""The names tests and scripts have long used: ``build()`` and ``AppParts``.

The app itself is :class:`calllauncher.application.Application`; ``AppParts`` is that
class (``parts.window``, ``parts.dialer``, ``parts.shutdown()`` ...), ``run_app`` its run.
"""

from __future__ import annotations

from .application import Application, build, run

AppParts = Application
run_app = run

__all__ = ["AppParts", "Application", "build", "run_app"]
