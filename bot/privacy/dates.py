"""Dates of birth: a date after "DOB", "born", "b.", "b day", "birthday" or "fecha de nac."
(also written together, "04MAR2012", with dashes, "4-Mar-2012", spaced, "3 / 4 / 12", "3/4
/12", "dob 4 2 13", with the day spelled out, "born april fourth 2013", with an apostrophe,
"March 4 '12", with a bare two-digit year after a birth cue, "dob 4 mar 12", as a month and
a year, "born in march 2012", "born 2013 april", or with the year first, "born 2013 april 2"),
the day of a birthday ("turned 12 on 3/4"), any date later on a line that speaks of birthdays
(a birthday list), or a full date with a year at least two years past (staff write those for
nothing else). "on 3/14 we have a drill" and "a kid born in 2015" stay. Months and cues are
also read in Spanish ("nació el 3 de marzo"), Polish ("urodzona 3 marca 2012r."), Haitian
Creole ("dat nesans: 3 avril 2012") and Tagalog ("ipinanganak noong 5 Hunyo 2012").
"""

from __future__ import annotations

import re
from datetime import date

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
    # Spanish, which families and staff write too: "5 de mayo de 2013", "del 2013".
    r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|se?ptiembre|octubre|noviembre"
    r"|diciembre"
    # Polish, as a date says it ("3 marca 2012") and as a month is named, with or without
    # its letters: "września", "wrzesnia".
    r"|stycz(?:e[nń]|nia)|lut(?:y|ego)|mar(?:zec|ca)|kwie(?:cie[nń]|tnia)|maja|czer(?:wiec|wca)"
    r"|lip(?:iec|ca)|sierp(?:ie[nń]|nia)|wrze(?:s|ś)(?:ie[nń]|nia)"
    r"|pa(?:z|ź)dziernik(?:a)?|listopad(?:a)?|grud(?:zie[nń]|nia)"
    # Haitian Creole ("me", "jen", "out" and "mas" are English or Spanish words too, so left
    # out) and Tagalog.
    r"|janvye|fevr?iye|avril|jiy[eè]|septanm|okt[oò]b|novanm|desanm"
    r"|pebrero|marso|hunyo|hulyo|setyembre|oktubre|nobyembre|disyembre)\.?"
)
_ORDINAL_WORDS = (
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|(?:thir|four|fif|six|seven|eigh|nine)teenth"
)
#: A day: "4", "4th", or spelled out as said aloud, "fourth", "twenty-first", "thirtieth".
_DAY = (
    # Spanish ordinals too: "1ro", "1er", "3ro", "2do", "4to".
    rf"(?:\d{{1,2}}(?:st|nd|rd|th|ero|er|ro|do|to|mo|vo|no|º|°)?"
    rf"|(?:twenty|thirty)[\s-]?(?:{_ORDINAL_WORDS})"
    rf"|twentieth|thirtieth|{_ORDINAL_WORDS})"
)
#: A day said in Spanish, only ever before "de" and a month: "tres de marzo", "primero de
#: mayo". ("once", eleven, is also English, and "de" is what makes it a date.)
_SPANISH_DAY = (
    r"(?:primero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece"
    r"|catorce|quince|dieci(?:s[eé]is|siete|ocho|nueve)|veinte"
    r"|veinti(?:uno|d[oó]s|tr[eé]s|cuatro|cinco|s[eé]is|siete|ocho|nueve)|treinta(?:\s+y\s+uno)?)"
)
NUMERIC_DATE = re.compile(
    # Not inside a longer number ("1-3/4"), but after a label's dot or dash ("DOB-3/4/12").
    # Slashes with spaces, all three parts, first: "3 / 4 / 12", "3/4/ 12", "3/4 /12".
    r"(?<!\d)(?<!\d[/.-])(?:(\d{1,2}) ?/ ?(\d{1,2}) ?/ ?(\d{4}|\d{2})"
    # A two-digit year may keep its apostrophe: "3/4/'12".
    r"|(\d{1,2})[/.-](\d{1,2})(?:[/.-]['’]?(\d{4}|\d{2}))?"
    r"|(\d{4})[/.-](\d{1,2})[/.-](\d{1,2}))"
    r"(?![\d/-]|\.\d)"
)
WORDED_DATE = re.compile(
    # A dash, slash or dot may join the parts, as on a form: "14-Mar-2012", "14/marzo/2012".
    rf"\b(?:{_MONTH}(?:\s+the)?(?:\s+|[-/.]){_DAY}"
    rf"(?:,?\s+(?:del?\s+)?(\d{{4}})|[-/.](\d{{4}}|\d{{2}})|,?\s+['’](\d{{2}}))?"
    rf"|{_DAY}(?:\s*|[-/.])(?:of\s+|de\s+)?{_MONTH}"
    # A Polish year may carry "r." (roku): "3 marca 2012r.", "3 marca 2012 r.".
    rf"(?:,?\s*(?:del?\s+)?(\d{{4}})(?:\s?r\b)?|[-/.](\d{{4}}|\d{{2}}))?"
    rf"|{_SPANISH_DAY}\s+de\s+{_MONTH}(?:,?\s+(?:del?\s+)?(\d{{4}}))?)\b"
    # A bare two-digit year after a space is a year only after "DOB": "dob 4 mar 12".
    r"(?P<short_year>,?\s+(?:del?\s+)?\d{2}(?![\d/:.-]))?",
    re.IGNORECASE,
)
#: A full date with a backslash, a bar or an underscore between its parts, as pasted from a
#: form or a table: "3\\4\\2012", "3|4|2012", "3_4_2012"; judged as a date with slashes is.
ODD_SEPARATOR_DATE = re.compile(r"(?<![\w\\|])(\d{1,2})([\\|_])(\d{1,2})\2(\d{4}|\d{2})(?![\w\\|])")
#: Day, month and year with spaces between, after a birth cue only: "dob 4 2 13".
SPACED_DATE = re.compile(r"(?<![\d/.-])(\d{1,2})[ \t]+(\d{1,2})[ \t]+(\d{4}|\d{2})(?![\d/:.-])")
#: A season or a holiday instead of a month: "born christmas day 2011", "dob spring of 2012".
_SEASON_OR_HOLIDAY = (
    r"(?:(?:the\s+day\s+(?:after|before)\s+)?"
    r"(?:spring|summer|fall|autumn|winter|primavera|verano|oto[ñn]o|invierno"
    r"|(?:christmas|xmas|new\s+year['’]?s|valentine['’]?s|thanksgiving|halloween|independence"
    r"|labor|memorial|mother['’]?s|father['’]?s)(?:\s+(?:day|eve))?"
    r"|(?:the\s+)?(?:4th|fourth)\s+of\s+july|navidad|a[ñn]o\s+nuevo))"
)
#: A month and a year after "born" or "DOB", in either order: "born in march 2012", "born 2013
#: april", "dob march '12", or a season or holiday and a year. A year alone says little ("a kid
#: born in 2015") and stays.
MONTH_AND_YEAR = re.compile(
    rf"\b(?:(?:{_SEASON_OR_HOLIDAY},?|{_MONTH})\s+(?:of\s+|del?\s+)?(?:\d{{4}}|['’]\d\d)"
    # "marzo del 12": two digits are a year after "de" or "del".
    rf"|{_MONTH}\s+del?\s+\d\d(?![\d/:.-])"
    rf"|\d{{4}},?\s+(?:de\s+)?{_MONTH})(?!\w)",
    re.IGNORECASE,
)
#: A year and a month in digits after a birth cue, or after another date of birth in a list:
#: "dob 2010-11", "DOB 2009/04", "dob 3/2012", "dobs 2009/07 and 2011/03". Without a cue it
#: is a month of a school year ("the 2024-09 report", "due 9/2025") and stays.
YEAR_AND_MONTH = re.compile(
    r"(?<![\d/.-])(?:(?:19|20)\d\d[/.-](?:0?[1-9]|1[0-2])|(?:0?[1-9]|1[0-2])[/.-](?:19|20)\d\d)"
    r"(?![\d/-]|\.\d)"
)
#: The end of a date of birth already removed, before the next item of a list.
_AFTER_A_DOB = re.compile(r"\[dob\](?:\s*,|\s*&|\s+and|\s+y)\s*$")
_PART_GAP = r"(?:\s*[/.,-]\s*|\s+)"
#: A year said aloud: "two thousand fifteen", "two thousand and nine", "twenty twelve".
_SPOKEN_YEAR = (
    r"(?:two\s+thousand(?:\s+and)?|twenty)[\s-]+(?:one|two|three|four|five|six|seven|eight"
    r"|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|twenty(?:[\s-]\w+)?)"
)
#: The year first: "born 2013 april 2", "DOB 13/4/2", "dob 2013 4 2", "2015.Jan.7th", "born two
#: thousand fifteen, may fifth" (a year said aloud or in two digits needs the cue). Staff who
#: write the year first write every order, so the month may be a word or a number.
YEAR_FIRST = re.compile(
    rf"(?<![\d/.-])(?P<year>\d{{4}}|\d{{2}}|{_SPOKEN_YEAR}){_PART_GAP}"
    rf"(?:(?P<month_word>{_MONTH})|(?P<month_number>\d{{1,2}}))"
    rf"{_PART_GAP}(?:the\s+)?(?:{_DAY})(?![\d/:-]|\.\d|\w)",
    re.IGNORECASE,
)
DOB_CUE = re.compile(
    r"(?:\bd\.?o\.?b(?:s\b|\b\.?)|\bbirth\s*(?:day|date)(?:['’]s)?|\bb[-\s]?days?(?:['’]s)?"
    r"|\bdate\s+of\s+birth|\bborn|\bb\.|\bfecha\s+de\s+nac\b\.?|\bnacimiento|\bnaci[óo]|\bnacid[oa]"
    # "F.N." and "FDN": a Spanish form's initials for "fecha de nacimiento".
    r"|\bf\.\s?d?\.?\s?n\.|\bfdn\b|\bcumplea[ñn]os|\bcumple(?:\s+a[ñn]os)?"
    # Polish, Haitian Creole and Tagalog: "urodzona", "ur.", "data urodzenia", "li fèt",
    # "dat nesans", "ipinanganak", "kaarawan".
    r"|\burodzon[aey]\b|\bur\.|\burodzenia|\burodzi(?:ł|l)(?:a)?\s+si(?:ę|e)|\burodziny"
    r"|\bf[eè]t\b|\bdat\s+n[eè]sans|\banniv[eè]s[eè]|\bipinanganak|\bkaarawan|\bkapanganakan"
    # The day of a birthday: "turned 12 on 3/4", "born in 2012 on march 4".
    r"|\bturn(?:s|ed|ing)?\s+\d{1,2}|\bborn\s+(?:in\s+)?\d{4}"
    # The same in Spanish: "cumple 10 años el 3 de marzo", "cumplió 9 el 3/4".
    r"|\bcumpl(?:e|i[óo]|ir[áa])\s+\d{1,2}(?:\s+a[ñn]os)?)"
    # Then up to three small words or a weekday: "su cumple es el", "nació el día", "was on
    # tuesday", "nació el martes".
    r"[\s:,=-]*(?:(?:is|was|on|in|el|en|es|fue|d[ií]a|the"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo),?(?:\s+|$)){0,3}$",
    re.IGNORECASE,
)


def _year(text: str | None) -> int | None:
    """A four-digit year from a date's year field; two digits are read as this century's
    when that is not in the future, else the last."""
    if not text:
        return None
    value = int(text)
    if len(text) == 2:
        this = date.today().year % 100
        value += 2000 if value <= this else 1900
    return value


#: A birthday list: "birthdays this month: Kofi 11/02, Ama 3/14" (earlier on the same line).
BIRTHDAY_LINE = re.compile(r"\b(?:birth\s*days?|b-?days?|cumplea[ñn]os)\b", re.IGNORECASE)


def _cued(text: str, start: int) -> bool:
    """Whether "DOB", "born" or the like stands just before ``start``."""
    return DOB_CUE.search(text[max(0, start - 40) : start]) is not None


#: A clock time just after a date: the moment an email was sent ("Date: Mon, Oct 14, 2024 at
#: 8:02 AM", "On Wed, 10/16/2024, 7:15 PM ... wrote:"), not a birth.
_CLOCK_AFTER = re.compile(r",?\s*(?:at\s+)?\d{1,2}:\d\d")


def _is_dob(text: str, match: re.Match[str], year: int | None) -> bool:
    start = match.start()
    if _cued(text, start):
        return True
    line = text[text.rfind("\n", 0, start) + 1 : start]
    if BIRTHDAY_LINE.search(line):
        return True
    if _CLOCK_AFTER.match(text, match.end()):
        return False
    return year is not None and year <= date.today().year - 2


def _numeric(text: str) -> str:
    def replace(match: re.Match[str]) -> str:
        if match.group(7):
            year: int | None = int(match.group(7))
            month, day = int(match.group(8)), int(match.group(9))
        elif match.group(1):
            month, day = int(match.group(1)), int(match.group(2))
            year = _year(match.group(3))
        else:
            month, day = int(match.group(4)), int(match.group(5))
            year = _year(match.group(6))
            if match.group(6) is None and "." in match.group(0):
                return match.group(0)  # "2.5" is a number, not a date
        if not ((1 <= month <= 12 and 1 <= day <= 31) or (1 <= day <= 12 and 1 <= month <= 31)):
            return match.group(0)
        return "[dob]" if _is_dob(text, match, year) else match.group(0)

    return NUMERIC_DATE.sub(replace, text)


def _odd_separators(text: str) -> str:
    def replace(match: re.Match[str]) -> str:
        first, second = int(match.group(1)), int(match.group(3))
        if not (1 <= min(first, second) <= 12 and max(first, second) <= 31):
            return match.group(0)
        # A two-digit year counts only after a cue: "grade 3_4_12" is not a date.
        year = int(match.group(4)) if len(match.group(4)) == 4 else None
        return "[dob]" if _is_dob(text, match, year) else match.group(0)

    return ODD_SEPARATOR_DATE.sub(replace, text)


def _worded(text: str) -> str:
    def replace(match: re.Match[str]) -> str:
        short_year = match.group("short_year") or ""
        if short_year and _cued(text, match.start()):
            return "[dob]"  # "dob 4 mar 12"
        date_text = match.group(0)[: len(match.group(0)) - len(short_year)]
        year = _year(next((g for g in match.groups()[:-1] if g), None))
        dob = _is_dob(text, match, year)
        return ("[dob]" if dob else date_text) + short_year

    return WORDED_DATE.sub(replace, text)


def _spaced(text: str) -> str:
    def replace(match: re.Match[str]) -> str:
        first, second = int(match.group(1)), int(match.group(2))
        valid = 1 <= first <= 31 and 1 <= second <= 31 and min(first, second) <= 12
        return "[dob]" if valid and _cued(text, match.start()) else match.group(0)

    return SPACED_DATE.sub(replace, text)


def _month_and_year(text: str) -> str:
    def replace(match: re.Match[str]) -> str:
        return "[dob]" if _cued(text, match.start()) else match.group(0)

    return MONTH_AND_YEAR.sub(replace, text)


def _year_and_month(text: str) -> str:
    """Each year and month after a birth cue, and each one after it in a list, in one pass
    left to right: a list's later items see the ``[dob]`` written before them."""
    pieces: list[str] = []
    written = ""  # the end of what is written so far, enough to see a "[dob], " before
    end = 0
    for found in YEAR_AND_MONTH.finditer(text):
        between = text[end : found.start()]
        pieces.append(between)
        written = (written + between)[-16:]
        end = found.start()
        if _cued(text, found.start()) or _AFTER_A_DOB.search(written):
            pieces.append("[dob]")
            written = (written + "[dob]")[-16:]
            end = found.end()
    pieces.append(text[end:])
    return "".join(pieces)


def _year_first(text: str) -> str:
    def replace(match: re.Match[str]) -> str:
        month = match.group("month_number")
        plausible = match.group("month_word") or (month and 1 <= int(month) <= 12)
        year = match.group("year")
        # A two-digit year first ("13/4/2"), or three numbers with spaces only ("in 2013 4 2
        # kids moved"), is a date only after a birth cue.
        spaced = month is not None and not re.search(r"[/.,-]", match.group(0))
        if year.isdigit() and len(year) == 4 and not spaced:
            dob = _is_dob(text, match, int(year))
        else:
            dob = _cued(text, match.start())
        return "[dob]" if plausible and dob else match.group(0)

    return YEAR_FIRST.sub(replace, text)


def redact_dates(text: str) -> str:
    """``text`` with each date of birth replaced by ``[dob]``."""
    found = _odd_separators(_numeric(_year_first(text)))
    return _year_and_month(_month_and_year(_worded(_spaced(found))))
