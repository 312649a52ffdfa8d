"""Every user-visible sentence, once (Qt Core only): the window, the tray and the command
line take their words from here.

Lower layers say what happened as facts (``binotel.errors`` kinds and flags, phone.py's
reason codes, the keyring's kinds); these modules turn the facts into translated sentences:
``failures`` (PBX, network and protocol errors), ``calls`` (call kinds, states, durations,
presence), ``numbers`` (why a number can't be dialled), ``sign_in`` (Test connection and
the keyring).
"""
