"""Masking personal data in open answers: a corpus of realistic Dutch comments, each with the exact
masked text we expect. Hard cases: names that are ordinary words, numbers that are not phone
numbers (amounts, years, "3 keer", times, dates), addresses in running text."""

from __future__ import annotations

import pytest

from ceo_desk.openanswers.masking import eleven_test, iban_valid, mask, mask_kinds, mask_markers

# (what the client wrote, what may be shown)
CORPUS = [
    # names after titles and relations
    ("Mijn zoon Daan is goed geholpen door juf Roos.", "Mijn zoon [naam] is goed geholpen door juf [naam]."),
    ("Mevrouw Bakker was erg betrokken. Hoop dat zij blijft.", "Mevrouw [naam] was erg betrokken. Hoop dat zij blijft."),
    ("Dhr. J. de Vries en mw. A.B. Jansen-Smit hebben ons geholpen.", "Dhr. [naam] en mw. [naam] hebben ons geholpen."),
    ("Onze dochter, Emma, gaat weer met plezier naar school.", "Onze dochter, [naam], gaat weer met plezier naar school."),
    ("De begeleider Yolanda kwam altijd op tijd.", "De begeleider [naam] kwam altijd op tijd."),
    ("Mevrouw van der Zwan en juf van Dijk waren top.", "Mevrouw [naam] en juf [naam] waren top."),
    ("Ook de heer Van den Berg heeft goed meegedacht.", "Ook de heer [naam] heeft goed meegedacht."),
    ("bel mevrouw de groot even, zij weet ervan.", "bel mevrouw [naam] even, zij weet ervan."),
    ("JUF ANJA WAS SUPER. MIJN ZOON SEM OOK.", "JUF [naam] WAS SUPER. MIJN ZOON [naam] OOK."),
    ("Hallo, ik ben Ahmed en mijn vrouw heet Zeynep.", "Hallo, ik ben [naam] en mijn vrouw heet [naam]."),
    ("Dokter Visser luisterde goed.", "Dokter [naam] luisterde goed."),
    # names from the lists, and full names
    ("Kees Bakker en Lisa van der Zwan zijn top. Met Daan gaat het beter.",
     "[naam] en [naam] zijn top. Met [naam] gaat het beter."),
    ("we hadden contact met lisa en met sanne van het wijkteam.",
     "we hadden contact met [naam] en met [naam] van het wijkteam."),
    ("De Jong, De Vries en van Dijk waren er allemaal bij.", "[naam], [naam] en [naam] waren er allemaal bij."),
    ("Gesprek met Anne-Marie en Jan-Willem ging goed.", "Gesprek met [naam] en [naam] ging goed."),
    ("Roos heeft ons goed geholpen.", "[naam] heeft ons goed geholpen."),
    ("Iris was top, Max heeft het naar zijn zin.", "[naam] was top, [naam] heeft het naar zijn zin."),
    ("Ik sprak met Roos en met Bakker over de planning.", "Ik sprak met [naam] en met [naam] over de planning."),
    # names that are ordinary words: never masked as words
    ("Ik kreeg een roos van de bakker op de hoek.", "Ik kreeg een roos van de bakker op de hoek."),
    ("Wil graag vaker contact. Ik wil meer uitleg.", "Wil graag vaker contact. Ik wil meer uitleg."),
    ("Hoop dat het zo blijft, er is weer hoop.", "Hoop dat het zo blijft, er is weer hoop."),
    ("Mijn ervaring is goed. Mijn kind is blij.", "Mijn ervaring is goed. Mijn kind is blij."),
    ("Max 3 weken wachten is prima.", "Max 3 weken wachten is prima."),
    ("Ik had last van mijn iris en zag een merel in de tuin.", "Ik had last van mijn iris en zag een merel in de tuin."),
    ("De boer en de visser kwamen langs; de dokter ook.", "De boer en de visser kwamen langs; de dokter ook."),
    ("Ik woon in Oost en spreek Engels. Bij Veilig Thuis en de GGD.",
     "Ik woon in Oost en spreek Engels. Bij Veilig Thuis en de GGD."),
    ("Onze coach van Jeugdformaat was prima.", "Onze coach van Jeugdformaat was prima."),
    ("Mijn zoon van 12 en de juf van groep 8.", "Mijn zoon van 12 en de juf van groep 8."),
    ("De kennismaking was fijn, daarna ging het snel.", "De kennismaking was fijn, daarna ging het snel."),
    # phone numbers, all shapes
    ("Bel me op 06-12345678 of 0612345678.", "Bel me op [telefoon] of [telefoon]."),
    ("Mobiel +31 6 1234 5678, vast 040-1234567.", "Mobiel [telefoon], vast [telefoon]."),
    ("Of (040) 123 45 67 of 0031 40 123 4567 of +31(0)6-12345678.",
     "Of [telefoon] of [telefoon] of [telefoon]."),
    ("Mijn telefoon is kapot, bel 06 12 34 56 78 of 06-1234 5678.",
     "Mijn telefoon is kapot, bel [telefoon] of [telefoon]."),
    ("Ons nummer is 0299-123456.", "Ons nummer is [telefoon]."),
    # numbers that are not phone numbers
    ("We hebben 3 keer gebeld en betalen € 20,50 per maand.", "We hebben 3 keer gebeld en betalen € 20,50 per maand."),
    ("In 2023 en 2024 was het 1250 euro, nu € 1.234.567 voor de hele stad.",
     "In 2023 en 2024 was het 1250 euro, nu € 1.234.567 voor de hele stad."),
    ("Groep 8, 3x per week, 2e gesprek, score 7,5 en 15% eigen bijdrage.",
     "Groep 8, 3x per week, 2e gesprek, score 7,5 en 15% eigen bijdrage."),
    ("Bereikbaar tussen 09.00-17.00 uur, de gratis lijn is 0800-1234.",
     "Bereikbaar tussen 09.00-17.00 uur, de gratis lijn is 0800-1234."),
    ("Dossiernummer 2023-1234, postbus 1234.", "Dossiernummer 2023-1234, postbus 1234."),
    ("Het kostte 123456789 euro.", "Het kostte 123456789 euro."),
    # e-mail
    ("Mail naar jan.jansen@gmail.com of info@wijkteam-stad.nl.", "Mail naar [e-mail] of [e-mail]."),
    # addresses in running text
    ("Ons adres is Kerkstraat 12, 5611 AB Eindhoven.", "Ons adres is [adres] Eindhoven."),
    ("Mijn moeder woont aan de Jan van Galenstraat 5a.", "Mijn moeder woont aan de [adres]."),
    ("We wonen op de hoofdweg 12 en zij op de Stationsweg 3-2, 1234ab.",
     "We wonen op de [adres] en zij op de [adres]."),
    ("Van der Valkstraat 12 is ons huis, postcode 5612AB.", "[adres] is ons huis, postcode [adres]."),
    ("Onderweg 3 uur, op de snelweg 2 km file, 10 jaar loopbaan.",
     "Onderweg 3 uur, op de snelweg 2 km file, 10 jaar loopbaan."),
    ("In 2023 en 2024 ging het goed.", "In 2023 en 2024 ging het goed."),
    # BSN and IBAN
    ("Mijn BSN is 123456782, dat van mijn zoon 1112.22.333.", "Mijn BSN is [bsn], dat van mijn zoon [bsn]."),
    ("Het nummer 123456789 klopt niet.", "Het nummer 123456789 klopt niet."),
    ("Terugbetalen op NL91 ABNA 0417 1643 00 graag.", "Terugbetalen op [iban] graag."),
    ("Rekening nl91abna0417164300 of BE68 5390 0754 7034.", "Rekening [iban] of [iban]."),
    # dates of birth and other dates
    ("Hij is geboren op 3 maart 2012 en ik ben geboren in 1980.",
     "Hij is geboren op [datum] en ik ben geboren in [datum]."),
    ("Geboortedatum: 12-04-2011. Afspraak op 06-05-2023 om 09.00 uur.",
     "Geboortedatum: [datum]. Afspraak op [datum] om 09.00 uur."),
    ("Mijn verjaardag is 12 april. Het gesprek was op 3 maart.",
     "Mijn verjaardag is [datum]. Het gesprek was op 3 maart."),
]


@pytest.mark.parametrize("written, shown", CORPUS, ids=[c[0][:40] for c in CORPUS])
def test_corpus_is_masked_exactly(written, shown):
    assert mask(written) == shown


def test_masks_in_english():
    assert mask("Bel Daan op 06-12345678, Kerkstraat 12.", "en") == "Bel [name] op [phone], [address]."
    assert mask("Geboren op 3 maart 2012, BSN 123456782.", "en") == "Geboren op [date], BSN [citizen number]."


def test_mask_kinds_name_what_was_removed():
    marked = mask_markers("Juf Roos, 06-12345678, jan@x.nl, 5611 AB, 123456782, NL91ABNA0417164300, 3-4-2012")
    assert mask_kinds(marked) == ["naam", "telefoon", "e-mail", "adres", "bsn", "iban", "datum"]


def test_eleven_test_written_out():
    # 9·1 + 8·2 + 7·3 + 6·4 + 5·5 + 4·6 + 3·7 + 2·8 − 1·2 = 154 = 14·11
    assert eleven_test("123456782")
    assert not eleven_test("123456789")            # 161, not a multiple of 11
    assert not eleven_test("000000000")


def test_iban_check_written_out():
    # NL91ABNA0417164300: ABNA0417164300NL91 -> 10 11 23 10 0417164300 23 21 91; mod 97 = 1
    assert int("1011231004171643002321" + "91") % 97 == 1
    assert iban_valid("NL91ABNA0417164300")
    assert not iban_valid("NL92ABNA0417164300")


def test_mask_never_leaves_a_marker_character_or_the_data():
    for written, _ in CORPUS:
        out = mask(written)
        assert "\ue000" not in out and "\ue001" not in out
    assert mask("") == ""
    assert mask("Daan\ue000") == "[naam]"
