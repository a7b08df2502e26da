"""The base of every error whose text is written for the user (no Qt, no other imports).

It sits below every other package, so the S3 core, config, secrets, clients and workers can all
raise such errors, and `ui.errors.describe` shows their text as it is instead of guessing.
"""

from __future__ import annotations


class UserFacingError(Exception):
    """An error whose `str()` is a complete sentence for the user and never holds a secret.

    Subclass it, and pass that sentence to the constructor; describe() adds nothing to it.
    """
