"""CallLauncher: a click-to-call desktop launcher for the Binotel cloud PBX."""

__version__ = "0.1.0"
