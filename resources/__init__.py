"""Files the app reads at run time, installed as the package ``calllauncher.resources_data``.

Reach them only through :mod:`calllauncher.resources`.
"""
