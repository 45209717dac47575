"""Test setup shared by all tests: Qt renders offscreen, so GUI tests run without a display; every
error and warning a test makes is checked in Dutch and English (``both_languages``)."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from both_languages import every_message_in_both_languages  # noqa: E402,F401  (autouse: every test)
