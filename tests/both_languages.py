"""Every error and warning any test makes is rendered in Dutch and in English, and the English holds no
Dutch: the whole bad-input corpus of the tests (``test_bad_input``, ``test_hostile*``, ``test_import*``,
``test_reference*``, the readers, the project files, the window) runs through this check, because
``conftest`` makes the fixture apply to every test.

Quoted names ('Vraag', ‘Altijd’) and the values a message carries (file names, columns, what the file
held) are taken out first: they are the user's own words.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ceo_desk.model.errors import InputError, Notice

# Words that mark a Dutch sentence and are not English words.
DUTCH = {"het", "de", "een", "niet", "geen", "bestand", "bestanden", "kolom", "kies", "controleer", "dit", "deze",
         "jaar", "jaartal", "vraag", "rijen", "waarden", "bevat", "naam", "opnieuw", "sla", "gebruik", "zijn",
         "wordt", "van", "voor", "op", "naar", "en", "ontbreekt", "fout", "let", "kan", "bij", "heeft", "staat",
         "gewogen", "gewicht", "referentie", "antwoorden", "tabel", "regel", "waarde", "leeg"}


def dutch_words(text: str, values=()) -> set[str]:
    for value in sorted((str(v) for v in values if v not in (None, "")), key=len, reverse=True):
        text = text.replace(value, " ")
    text = re.sub(r"'[^']*'|‘[^’]*’|\"[^\"]*\"", " ", text)
    return set(re.findall(r"[a-zà-ÿ]+", text.lower())) & DUTCH


def _values(message) -> list:
    values = [message.file and Path(message.file).name, message.column]
    for value in message.params.values():
        values += list(value) if isinstance(value, (list, tuple, set)) else [value]
    return values


def check_both_languages(message) -> None:
    """``message`` (an InputError or a Notice) has a text key, reads Dutch in Dutch and has no Dutch in English."""
    english, dutch = message.render("en"), message.render("nl")
    assert message.key, f"a message without a text key: {dutch}"
    values = _values(message)
    assert not dutch_words(english, values), f"Dutch in the English message: {english}"
    assert english != dutch and dutch_words(dutch, values), f"the Dutch message is not Dutch: {dutch}"


@pytest.fixture(autouse=True)
def every_message_in_both_languages(monkeypatch):
    made = []
    error_init = InputError.__post_init__
    notice_init = Notice.__init__

    def record_error(self):
        error_init(self)
        made.append(self)

    def record_notice(self, *args, **kwargs):
        notice_init(self, *args, **kwargs)
        made.append(self)

    monkeypatch.setattr(InputError, "__post_init__", record_error)
    monkeypatch.setattr(Notice, "__init__", record_notice)
    yield made
    monkeypatch.undo()
    for message in made:
        check_both_languages(message)
