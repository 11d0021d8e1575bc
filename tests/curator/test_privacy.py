"""Redaction: nothing personal is stored, ordinary questions stay readable, and nothing the
router knows can change what is removed."""

from __future__ import annotations

import ast
import inspect
import itertools
import re
from pathlib import Path

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from benchmarks import redaction as report
from bot.conversation import Conversation
from bot.privacy import redact
from bot.privacy.familiar import STAFF_WORDS
from bot.privacy.lexicon import ALL_NAME_WORDS, Kind, classify
from bot.runtime import StoreSettings, feedback_sink
from bot.service import Assistant, load_brain
from bot.stores.sql_feedback import SQLFeedbackStore

TUNE = Path(__file__).resolve().parent.parent / "privacy" / "redaction_tune.yaml"
PROBE = TUNE.with_name("redaction_probe.yaml")
HARD = TUNE.with_name("redaction_tune_c.yaml")
#: A fourth author's set, tuned on after one reading (99.03% of name words, 1.92% over).
FOURTH = TUNE.with_name("redaction_tune_d.yaml")
#: A sixth author's set, tuned on after one reading (99.54% of name words, 1 phone, 1.34%).
SIXTH = TUNE.with_name("redaction_tune_f.yaml")
PRIVACY_PACKAGE = Path(inspect.getfile(redact)).parent


def assert_gone(message: str, *secrets: str) -> str:
    cleaned = redact(message)
    for secret in secrets:
        assert re.search(rf"(?<!\w){re.escape(secret)}(?!\w)", cleaned) is None, cleaned
    return cleaned


# -- the examples ----------------------------------------------------------------------


def test_faith_johnson_loses_both_words() -> None:
    cleaned = assert_gone("Faith Johnson got into it again at lunch", "Faith", "Johnson")
    assert cleaned == "[name] [name] got into it again at lunch"


def test_washington_is_removed_as_a_surname() -> None:
    assert_gone("Jamal Washington moved, is he still in our boundary?", "Jamal", "Washington")
    assert_gone("Ms. Washington wants to know who to call", "Washington")


def test_lowercase_names_are_removed() -> None:
    cleaned = assert_gone("who handles bus passes for marisol vega", "marisol", "vega")
    assert cleaned == "who handles bus passes for [name] [name]"


@pytest.mark.parametrize(
    ("message", "name"),
    [
        ("la mamá de José llamó", "José"),
        ("Ms. Colón called about the bus", "Colón"),
        # Vietnamese marks are not read away: without them these are "le" and "dung".
        ("Lê is new to 3rd grade", "Lê"),
        ("who handles a bus for dũng", "dũng"),
    ],
)
def test_an_accented_name_goes_even_where_its_plain_spelling_is_a_word(
    message: str, name: str
) -> None:
    assert_gone(message, name)


@pytest.mark.parametrize(
    ("message", "stored"),
    [
        ("can you call mrs. van dyke back", "can you call mrs. [name] [name] back"),
        (
            "el sr. de la rosa pregunta por el bus",
            "el sr. [name] [name] [name] pregunta por el bus",
        ),
        ("Coach Al said the bus is late", "Coach [name] said the bus is late"),
    ],
)
def test_a_surname_led_by_particles_goes_whole_and_stops_at_a_plain_word(
    message: str, stored: str
) -> None:
    assert redact(message) == stored


@pytest.mark.parametrize(
    ("message", "names"),
    [
        ("can somebody tell Will his JROTC form is missing", ["Will"]),
        ("will jones got his bus pass stolen", ["will", "jones"]),
        ("Grace Kim's mom is asking about grief counseling", ["Grace", "Kim"]),
        ("hunter got jumped at the bus stop after school", ["hunter"]),
        ("Coach Hunter needs the concussion forms", ["Hunter"]),
        (
            "Tyrell Brown and Marcus Young both got suspended",
            ["Tyrell", "Brown", "Marcus", "Young"],
        ),
        ("Principal King asked who handles the safety audit", ["King"]),
        ("april has a black eye and says she fell", ["april"]),
        ("June Park transferring in from Skokie", ["June", "Park"]),
        ("Jordan Mitchell posted a gun emoji", ["Jordan", "Mitchell"]),
        ("rose in 2nd grade has nowhere to sleep tonight", ["rose"]),
        ("faith's mom came in yelling", ["faith"]),
        ("ms grace (the lunch lady) saw the fight", ["grace"]),
        ("need the threat form, kids name is brandon", ["brandon"]),
        ("kid goes by 'Smoke' on IG, real name Tavion Price", ["Smoke", "Tavion", "Price"]),
        ("Big Steve from the crew says kids are fighting", ["Big", "Steve"]),
        ("Sean O'Brien's dad wants to volunteer", ["Sean", "O'Brien"]),
        ("María José Hernández-López just arrived", ["María", "José", "Hernández-López"]),
        ("Mrs. De La Cruz says the vests never came", ["De", "La", "Cruz"]),
        ("JAYDEN BROOKS STILL NEEDS A VENTRA CARD", ["JAYDEN", "BROOKS"]),
        ("Long, Tyrone - chronic absence", ["Long", "Tyrone"]),
        ("Jayden B from 8th got in a fight", ["Jayden", "B"]),
        ("i saw mason in the hall during 3rd period", ["mason"]),
        ("can you tell hunter to come to the office", ["hunter"]),
        ("a bus pass for grace, she is STLS", ["grace"]),
        ("Faith, can you call me back about the form", ["Faith"]),
        ("who handles fee waivers? thx, will", ["will"]),
        ("T.J. got in a fight at lunch", ["T", "J"]),
        ("hunter 3rd grade needs a pass", ["hunter"]),
        ("ms. young says mason brown is missing his card", ["young", "mason", "brown"]),
        ("april and june are twins in 3rd grade", ["april", "june"]),
        ("the kids call him Peanut", ["Peanut"]),
        ("tay and man man been posting threats", ["tay", "man"]),
        ("the student Nguyen Van An was absent", ["Nguyen", "Van", "An"]),
        ("this is Coach D, can I get the physicals list", ["D"]),
        ("bubba's grandma picks him up on fridays", ["bubba"]),
        ("ice's real name is on the roster", ["ice"]),
        ("honor's iep meeting moved to monday", ["honor"]),
        ("Lil Dre and Big Kev were at the bus stop", ["Lil", "Dre", "Big", "Kev"]),
        ("ok mike, I'll check with the office", ["mike"]),
        ("Sterling, who signs the field trip forms?", ["Sterling"]),
        ("summer - who has the yearbook keys?", ["summer"]),
        ("per april, the lab is closed", ["april"]),
        ("i told rose but she forgot", ["rose"]),
        ("can you tell bell his laptop is fixed", ["bell"]),
        ("mr. john hill said he would help", ["john", "hill"]),
        ("Kwame banks, id 5012 3345, needs a locker", ["Kwame", "banks"]),
        ("ms. mary stone emp 204551 is out", ["mary", "stone"]),
        ("sgt. wood from security called", ["wood"]),
        ("coach price and coach bishop all want the gym", ["price", "bishop"]),
        ("Marcus, rose, heather are out with the flu", ["rose", "heather"]),
        ("KEVIN, PEARL, IVY AND JADE NEED PASSES", ["PEARL", "IVY", "JADE"]),
        ("dion, unique and destiny were late", ["unique", "destiny"]),
        ("send it to SHAY WILL [name] before noon", ["WILL"]),
        ("Biscuit got sent to the office again", ["Biscuit"]),
        ("cookie was in a fight by the gym", ["cookie"]),
        ("SNOW GOT PICKED UP BY HER UNCLE", ["SNOW"]),
        ("Brick is a new 6th grader from Gary", ["Brick"]),
        ("sugar fell on the stairs", ["sugar"]),
        ("rose brown, id 50112233, lost her card", ["rose", "brown"]),
        ("JUNE KING, 3RD GRADE, NEEDS A PASS", ["JUNE", "KING"]),
        ("Joy in the front office says the copier is jammed", ["Joy"]),
        ("MARK FROM THE BOYS TEAM WANTS A BUS", ["MARK"]),
        ("MADISON NEEDS A NEW LOCKER", ["MADISON"]),
        ("hope: 50112233, born 3/4/2012", ["hope"]),
        ("bean (his cousins call Dario Ruiz that) is absent", ["bean"]),
        # Placed in a department or a grade, where only a person stands.
        ("price from Procurement said the contract is renewed", ["price"]),
        ("pls ask washington in osss about the cameras", ["washington"]),
        ("banks OSSS and brooks OSEL both want to come out", ["banks", "brooks"]),
        ("ask Banks OSSS about it", ["Banks"]),
        ("grant in ITS or summer in procurement, which one?", ["grant", "summer"]),
        ("Howard at Safe Passage says the vests are in", ["Howard"]),
        ("bishop stone in 10th wants to switch pathways", ["bishop", "stone"]),
        ("a girl they call Peaches started it", ["Peaches"]),
        ("talk to young at STLS, or send it to price at Procurement", ["young", "price"]),
        ("TYRELL MCKINNEY HAS MISSED THE BUS", ["MCKINNEY"]),
        ("la señora Rosa dijo que el niño se llama Angel", ["Rosa", "Angel"]),
        # Introduced in passing: a speaker, a job beside the name, "it's", a list, a family.
        ("Sky: can you find out who handles JROTC uniforms?", ["Sky"]),
        ("who handles lost chromebooks? Angel: ITS i think", ["Angel"]),
        ("our clerk, bishop, said the STLS form goes to the network", ["bishop"]),
        ("rose the lunch lady saw a man taking pictures", ["rose"]),
        ("joy, the bus aide, said the kid bit her", ["joy"]),
        ("it's grant again lol. who handles a bus that didn't show?", ["grant"]),
        ("that's hope from the front office, she's asking", ["hope"]),
        ("missing physicals: lane, grant, woods, king", ["lane", "grant", "woods", "king"]),
        ("bishop / stone / grant — the three subs", ["bishop", "stone", "grant"]),
        ("seniors missing plans: h. price / k. young", ["price", "young"]),
        ("amber, sterling and ivory all came from the same charter", ["amber", "ivory"]),
        ("stone said to ask here about charter buses", ["stone"]),
        ("the cameras are off, hunter thinks they're broken", ["hunter"]),
        ("sorry wrong chat, meant to send to bill", ["bill"]),
        ("who handles the safe passage vests? - bishop", ["bishop"]),
        ("Legal wants the incident report for the woods family", ["woods"]),
        ("mom wants to know if clark can get a bus", ["clark"]),
        ("Victory is transferring to Simeon for the CTE program", ["Victory"]),
        ("this is for my para joy: who handles her badge", ["joy"]),
        ("ask hope price about it", ["hope", "price"]),
        # Texted in a hurry: no 's, "n" for "and", "w/", "its" for "it's".
        ("grace mom called again pls lmk who handles stls", ["grace"]),
        ("bill and cash both asked for the wifi password", ["bill", "cash"]),
        ("omg pls someone help grace n hope r fighting", ["grace", "hope"]),
        ("the stls binder is w/ rose", ["rose"]),
        ("talk to stone abt the camera pls", ["stone"]),
        ("pls send the stls form to mark", ["mark"]),
        ("young is out, who covers the front desk", ["young"]),
        ("fyi will is out thurs", ["will"]),
        ("sky forgot her inhaler again", ["sky"]),
        ("i think its brooks", ["brooks"]),
        ("sky dob [dob] shes in 8th", ["sky"]),
        ("bday is [dob] for ash", ["ash"]),
        ("its hunter p not hunter m", ["hunter", "p", "m"]),
        ("summer jackson born 3/4/2012, her dad has custody", ["summer", "jackson"]),
        ("grace reed is the new lsc rep", ["grace", "reed"]),
        ("the king kids r back from mexico", ["king"]),
        ("price family moved, need to update the address", ["price"]),
        ("can hill come get the keys from the main office", ["hill"]),
        # A job or a relation before a name word, when what follows is what follows a name.
        ("officer reed here, the side door alarm is off again", ["reed"]),
        ("his brother art are both on the safe passage route", ["art"]),
        ("bishop reed is the new lsc rep", ["bishop", "reed"]),
        # Name words staff never write as plain words, with nothing to decide them.
        ("penny got caught with a vape in the girls bathroom", ["penny"]),
        ("two girls, jade and amber, were fighting on the bus", ["jade", "amber"]),
        # "lil" and a plain word: a nickname.
        ("lil man in 2nd grade keeps running out the building", ["lil", "man"]),
        ("ocean keeps leaving class w/o a pass", ["ocean"]),
        # A surname's initial, in lower case too, and the name word before one.
        ("tamika w. was in the fight too", ["tamika", "w"]),
        ("student tamika b has a g tube, who covers", ["tamika", "b"]),
        ("Ms. A. Okafor is out today", ["A", "Okafor"]),
        ("summer r. and autumn r. are cousins", ["summer", "autumn", "r"]),
        # A common name word joined to a name by "and" or closing a full name.
        ("brown and tamika from security need radios", ["brown", "tamika"]),
        ("send the sel survey to tamika and banks", ["tamika", "banks"]),
        ("parent marcus brown at post 2 wants to pick up his son", ["marcus", "brown"]),
        ("need a social worker for deshawn bell their dad passed", ["deshawn", "bell"]),
        # A name word opening a full name at the start of a clause.
        ("stone jenkins dob [dob] is she on the stls list", ["stone", "jenkins"]),
        ("storm jenkins got sent to my post again", ["storm", "jenkins"]),
        ("kid named tavion keeps getting sent out, dad is king sr", ["tavion", "king"]),
        # "so" opens a clause in texting; it is not "so many".
        ("ok so hope's mom came in this morning", ["hope"]),
        ("hey so young and price are both saying the wifi is down", ["young", "price"]),
        # A first name before what only a person does with words, wherever it stands.
        ("still missing the permission slips major asked me twice", ["major"]),
        # A surname that looks plural before a verb for one person.
        ("banks is w/ him now in the office", ["banks"]),
        # "Mr." before a lone particle: the particle is the surname.
        ("Mr. Le wants the bus route changed", ["Le"]),
        ("make sure faith gets her inhaler", ["faith"]),
        # A pair that an aside describes as people.
        ("hope and faith (the Okafor sisters) need bus passes", ["hope", "faith", "Okafor"]),
        # Lists of people, with a serial comma, a colour among names, or a name that only
        # how staff write decides.
        ("5 day letters going out to cash, tavion, deshawn, and lane.", ["cash", "lane"]),
        ("plans missing for: miles, rain, destiny, and brown.", ["miles", "rain", "brown"]),
        ("i have price, stone, and love to enter before friday", ["price", "stone", "love"]),
        # Family words before a name, in brackets, or before "will" with nothing after it.
        ("staff contact: my husband grant, 773-555-0101", ["grant"]),
        ("i need STLS for her brother will. they're in a shelter", ["will"]),
        ("safety plan done. mom (autumn) notified", ["autumn"]),
        # Doing something to his or her own, or being given something.
        ("concussion protocol: stone hit his head in PE", ["stone"]),
        ("gave love her insulin at lunch", ["love"]),
        ("gave justice an ice pack at recess", ["justice"]),
        # A word capitalised as a name after a family word: a nickname.
        ("Tavion and his cousin Boo are both STLS now", ["Boo"]),
        # A name word paired with a name nobody could take for a word.
        ("the kids are star and tavion", ["star"]),
        # ...or with a name word that how staff write has made a name.
        ("the fight at lunch was between star and amber", ["star", "amber"]),
        # The same word where the message names it elsewhere.
        ("took storm home at 10. storm's dad is on his way, storm is resting", ["storm"]),
        ("iep at a glance for Rain is done. rain gets extended time", ["Rain", "rain"]),
        # After "for", ending its clause, or before a day.
        ("who has the 504 plan for stone?", ["stone"]),
        ("dropping the signed form off for young", ["young"]),
        ("iep due dates: for joy 12/9, then the rest", ["joy"]),
        ("the two bus passes are for grant and lane.", ["grant", "lane"]),
        # Who someone is, in brackets after the name.
        ("need coverage, the nurse and june (clerk) are both out", ["june"]),
        # Placed in a room of the school.
        ("star in room 204 hasnt been picked up", ["star"]),
        ("the principal wants storm in the office now", ["storm"]),
        # Straight before an id: whose it is.
        ("please pull the schedule for rose [id]", ["rose"]),
        # Beside a role between commas, before a grade, after a family word and "of".
        ("we have a new student, faith, with no lunch number", ["faith"]),
        ("threat posted on IG against page, 10th grade", ["page"]),
        ("the family of king said the pickup time changed", ["king"]),
        ("dad has custody of love on weekends", ["love"]),
        # Opening a clause after "that" or "so", before what is said only of a person.
        ("i need to report that jewel fell on the steps", ["jewel"]),
        ("the aide said that rose got hit in the face", ["rose"]),
        ("driver skipped the stop so cash and his sister walked", ["cash"]),
        # Introduced by "it was"; given or brought something; sent something.
        ("a kid ran out the east doors. it was star, she", ["star"]),
        ("uncle dre brings chase his insulin", ["chase"]),
        ("got the camera info, sending it to page", ["page"]),
        # "will" with a surname, where the name ends.
        ("her stepdad (will okafor) signs the forms", ["will", "okafor"]),
        ("will okafor emp id [id] needs a new badge", ["will", "okafor"]),
        ("its honor williams, 9th grade, she lost her housing", ["honor", "williams"]),
        ("i marked brown absent but she was at the nurse", ["brown"]),
        # A job, then a common first name or surname in lower case, where a name ends.
        ("ask clerk faith about the late slips", ["faith"]),
        ("our case manager will has the file", ["will"]),
        ("the roster is with coach gray for now", ["gray"]),
        ("i left the forms for nurse joy at the desk", ["joy"]),
        # A bare name word opening a clause before a verb: a thing would take "the".
        ("star got hit by a car at the corner, she's ok", ["star"]),
        ("fyi amber has 3 tardies this week", ["amber"]),
        ("the sub said star needs a safety plan", ["star"]),
        ("we're short at the annex bc hunter is on leave", ["hunter"]),
        # Two people as one subject with "+", someone given something, causing verbs.
        ("love + april want the 10-day lists", ["love", "april"]),
        ("can we get legend a mentor this semester", ["legend"]),
        ("pls have hope call the grandma back", ["hope"]),
        # The name a message opens on, before "pls" or "hey", or "here".
        ("grant hey can u approve the OT for saturday", ["grant"]),
        ("ball pls check the attendance for 12/2", ["ball"]),
        ("faith here 👋 who handles the aspen outage?", ["faith"]),
        # In Spanish, after a family word and "de".
        ("la mamá de melody preguntó por el bus", ["melody"]),
        ("summer, june, and autumn need bus passes", ["summer", "june", "autumn"]),
        # A tally of people, and the owner of an address.
        ("absences this month: joy 12, rain 7, chase 5", ["joy", "rain", "chase"]),
        ("new addy for miles [address]", ["miles"]),
    ],
)
def test_names_that_are_also_words_go_when_used_as_names(message: str, names: list[str]) -> None:
    assert_gone(message, *names)


@pytest.mark.parametrize(
    ("message", "names"),
    [
        ("drew is having a crisis in the 2nd floor bathroom", ["drew"]),
        ("joy from lunchroom needs her badge", ["joy"]),
        ("hunt radioed that theres a man in the lot", ["hunt"]),
        ("officer stone found a kid sleeping in the stairwell", ["stone"]),
        ("bright says she disclosed something, who do we call", ["bright"]),
        ("can ivy sit in on the eval?", ["ivy"]),
        ("asking bc of royal, who do we ask", ["royal"]),
        ("please, faith, call me back", ["faith"]),
        ("repeat offenders are chase, grant, and a kid named legend", ["chase", "grant"]),
        ("can someone tell miles the camera is black again", ["miles"]),
    ],
)
def test_a_name_word_staff_never_write_as_a_word_is_a_name_when_nothing_says_otherwise(
    message: str, names: list[str]
) -> None:
    """Everyday English words ("drew", "stone", "bright") that staff were never seen to write as
    plain words are names when the message does not decide: general word frequency says
    nothing about how staff write."""
    assert_gone(message, *names)


@pytest.mark.parametrize(
    ("message", "stored"),
    [
        ('can someone tell me who "big mike" is?', 'can someone tell me who "[name] [name]" is?'),
        (
            "yo big rich u got the keys to the boiler room?",
            "yo [name] [name] u got the keys to the boiler room?",
        ),
        # Not the nickname's own prefix before a word staff write: "a big grant".
        ("we got a big grant for the garden", "we got a big grant for the garden"),
    ],
)
def test_a_nickname_prefix_and_the_name_word_after_it_go_together(
    message: str, stored: str
) -> None:
    assert redact(message) == stored


@pytest.mark.parametrize(
    ("message", "stored"),
    [
        (
            "Sunday Adebayo, emp 204471, is our new officer",
            "[name] [name], emp [id], is our new officer",
        ),
        (
            "gift adeyemi dob 2013-01-22 needs an inhaler plan",
            "[name] [name] dob [dob] needs an inhaler plan",
        ),
        (
            "Blessing Okafor (id 62004419) needs a bus aide",
            "[name] [name] (id [id]) needs a bus aide",
        ),
        # A role or a school word opening the line is not a first name.
        (
            "Student Ramirez, id 62004419, needs a bus aide",
            "Student [name], id [id], needs a bus aide",
        ),
        ("Nurse Kowalczyk, emp 204471, is out today", "Nurse [name], emp [id], is out today"),
    ],
)
def test_the_word_opening_a_record_line_before_a_surname_is_the_first_name(
    message: str, stored: str
) -> None:
    assert redact(message) == stored


@pytest.mark.parametrize(
    "message",
    [
        "please mark her absent for the field trip",
        "he drew on the desk again",
        "we can mark them present",
        "we need to page the nurse",
        "it was a leap of faith",
        "do you want to stone the path or pave it",
        "the stone and brick walls need repair",
    ],
)
def test_a_name_word_where_a_verb_or_a_plain_word_stands_stays(message: str) -> None:
    assert redact(message) == message


@pytest.mark.parametrize(
    "message",
    [
        "power outage in the east wing",
        "spell check is broken on the laptops",
        "peace circle today for 6th grade",
        "garden club meets friday",
        "chance of snow tomorrow, is recess inside?",
        "mix up with the buses again",
    ],
)
def test_a_message_opening_on_a_compound_keeps_its_first_word(message: str) -> None:
    assert redact(message) == message


@pytest.mark.parametrize(
    ("message", "names"),
    [
        ("penny found a vape in the bathroom", ["penny"]),
        ("sky ate nothing today", ["sky"]),
        ("faith absent today", ["faith"]),
        ("precious c/o headache", ["precious"]),
        ("river tardy again", ["river"]),
        ("stone says she is out", ["stone"]),
    ],
)
def test_a_message_opening_on_a_person_and_what_they_did_loses_the_name(
    message: str, names: list[str]
) -> None:
    assert_gone(message, *names)


# -- every other kind ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "secret", "placeholder"),
    [
        ("parent number is (773) 555-0142", "555-0142", "[phone]"),
        ("aunt cell 773.555.0187", "773.555.0187", "[phone]"),
        ("call the dad at 7735550163", "7735550163", "[phone]"),
        ("mom +1 773 555 0119 whatsapp only", "555 0119", "[phone]"),
        ("called from 1-773-555-0178", "1-773-555-0178", "[phone]"),
        ("left a vm at 555-0134", "555-0134", "[phone]"),
        ("Denise 773 555 0156 ext 4", "0156 ext 4", "[phone]"),
        ("work 312.555.0177 x213", "x213", "[phone]"),
        ("changed to 773/555-0114", "773/555-0114", "[phone]"),
        ("student id 50234781 needs a waiver", "50234781", "[id]"),
        ("Mason ID# 50811234 left campus", "50811234", "[id]"),
        ("emp #118934 needs a login", "118934", "[id]"),
        ("my employee ID is 0045821", "0045821", "[id]"),
        ("email jbrooks22@gmail.com about it", "jbrooks22@gmail.com", "[email]"),
        ("MOM'S EMAIL IS KINGQUEEN773@AOL.COM", "KINGQUEEN773@AOL.COM", "[email]"),
        (
            "moved to 4521 S. Ashland Ave Apt 3, still ours?",
            "4521 S. Ashland Ave Apt 3",
            "[address]",
        ),
        ("staying at 1234 w 63rd st apt 2", "63rd st apt 2", "[address]"),
        ("new address 5800 N Sheridan Rd #1204", "Sheridan Rd #1204", "[address]"),
        ("they live at 2230 West Cermak now", "2230 West Cermak", "[address]"),
        ("dad's at 2048 n. california, 3rd floor", "2048 n. california, 3rd floor", "[address]"),
        ("enroll request DOB 04/12/2014, STLS", "04/12/2014", "[dob]"),
        ("born March 3, 2013, came last month", "March 3, 2013", "[dob]"),
        ("Oluwaseun b. 11/30/2010 wants JROTC", "11/30/2010", "[dob]"),
        ("dob 4-12-14, doubled up with an aunt", "4-12-14", "[dob]"),
        ("d.o.b. 2013-07-19, grade 5", "2013-07-19", "[dob]"),
        ("born on 12 Jan 2012, needs placement", "12 Jan 2012", "[dob]"),
        ("his birthday is Sept 9 2011 and he turns 14", "Sept 9 2011", "[dob]"),
        ("birthdate 2012/04/05 per the records", "2012/04/05", "[dob]"),
        ("call (773)5550142 after 5", "5550142", "[phone]"),
        # One bracket of the two typed.
        ("call her at 773) 555-0101 after 3", "773)", "[phone]"),
        ("call her at (773 555-0101 after 3", "(773", "[phone]"),
        ("call security at x2231 right away", "x2231", "[phone]"),
        ("the front desk is ext. 4412", "4412", "[phone]"),
        ("fecha de nacimiento 5 de mayo de 2013", "5 de mayo de 2013", "[dob]"),
        ("SSN 123-45-6789 on the form", "123-45-6789", "[id]"),
        ("they moved to 5210 Kedzie last week", "5210 Kedzie", "[address]"),
        ("the 4500 block of S Wabash after dark", "4500 block of S Wabash", "[address]"),
        ("staying at 123 main street with an aunt", "123 main street", "[address]"),
        ("lives at 1234 Drake with grandma", "1234 Drake", "[address]"),
        ("address is 3315 Lamon Apt 2", "3315 Lamon", "[address]"),
    ],
)
def test_each_kind_is_replaced_by_its_placeholder(
    message: str, secret: str, placeholder: str
) -> None:
    cleaned = assert_gone(message, secret)
    assert placeholder in cleaned


def test_a_range_of_house_numbers_goes_with_its_street() -> None:
    assert redact("the family is at 1234-36 N Clark now") == "the family is at [address] now"


@pytest.mark.parametrize(
    ("message", "stored"),
    [
        ("send mail to 221B Baker St", "send mail to [address]"),
        ("they stay at 3400 w fullerton ave, garden unit", "they stay at [address]"),
        ("lives at 1234 Drake, rear", "lives at [address]"),
        ("5010 W. Chicago Av. is the new one", "[address] is the new one"),
        # Slang for an address and a block is no name.
        ("new addy is 3 blks from the school", "new addy is 3 blks from the school"),
        ("room 204B is open", "room 204B is open"),
    ],
)
def test_house_numbers_with_a_letter_named_units_and_short_street_types_go_whole(
    message: str, stored: str
) -> None:
    assert redact(message) == stored


@given(
    digits=st.text(alphabet="0123456789", min_size=7, max_size=12),
    before=st.sampled_from(["student ", "id ", "call ", "", "kid #", "number: "]),
    after=st.sampled_from([" needs a pass", ".", "", " asap", ", thanks"]),
)
def test_a_run_of_seven_or_more_digits_never_survives(digits: str, before: str, after: str) -> None:
    assert digits not in redact(f"{before}{digits}{after}")


@pytest.mark.parametrize(
    ("message", "stored"),
    [
        ("his id is 50-123-456, who handles it", "his id is [id], who handles it"),
        ("Aaliyah (5021 8830) left her inhaler", "[name] ([id]) left her inhaler"),
        ("HIS ID IS 50 123 478", "HIS ID IS [id]"),
        ("id# 60 7788 12 per her report card", "id# [id] per her report card"),
        ("id 6012 3345, needs credit recovery", "id [id], needs credit recovery"),
        ("stu id: 6001.2345 per the office", "stu id: [id] per the office"),
    ],
)
def test_an_id_written_in_groups_is_removed_whole(message: str, stored: str) -> None:
    assert redact(message) == stored


@pytest.mark.parametrize(
    ("message", "stored"),
    [
        ("student 61234 is that enough", "student [id] is that enough"),
        ("need to look up a kid 50987 something", "need to look up a kid [id] something"),
        ("(50987) left early", "([id]) left early"),
        ("kid #48213 is out again", "kid #[id] is out again"),
        ("48213: needs a bus pass", "[id]: needs a bus pass"),
        ("id-48213 and ID_48214", "id-[id] and ID_[id]"),
    ],
)
def test_five_digits_alone_are_an_id(message: str, stored: str) -> None:
    assert redact(message) == stored


@pytest.mark.parametrize(
    ("message", "stored"),
    [
        ("ids are AB-50123 and CD-60234", "ids are [id] and [id]"),
        ("A50123 needs a bus pass", "[id] needs a bus pass"),
        ("her record CPS_5012345 is wrong", "her record [id] is wrong"),
        ("mail it to Chicago, IL-60602", "mail it to Chicago, IL-60602"),
        ("we use form W-2 and room B-12", "we use form W-2 and room B-12"),
        ("her aspen is AS-5066-0412 ok", "her aspen is [id] ok"),
        ("emp ids are E-2240-118 and E-2240-131", "emp ids are [id] and [id]"),
        # Eight digits shaped like a date whose year no one was born in.
        ("cps 5032-88-17 needs a bus", "cps [id] needs a bus"),
    ],
)
def test_letters_before_five_or_more_digits_are_an_id_whole(message: str, stored: str) -> None:
    """No digit of a lettered id survives, whatever word comes before it."""
    assert redact(message) == stored


def test_a_school_year_after_letters_keeps_its_digits() -> None:
    assert "2024-25" in redact("the SY-2024-25 calendar is out")


@pytest.mark.parametrize(
    "message",
    [
        "families in 60623 need the food pantry list",
        "the office is at Chicago, IL 60602",
        "zip 46324 families, who handles out of state",
        "we spent $12500 on buses",
        "12,500 students ride",
        "the 12500% figure",
    ],
)
def test_zip_codes_money_and_counts_of_five_digits_stay(message: str) -> None:
    assert redact(message) == message


def test_a_word_after_a_name_and_a_comma_is_not_listed_unless_it_ends_the_item() -> None:
    stored = redact("Ms. Ortiz, summer school starts soon. Kennedy Gray, born 3/4/2012, needs it")
    assert stored == "Ms. [name], summer school starts soon. [name] [name], born [dob], needs it"


@pytest.mark.parametrize(
    "message",
    [
        "who plans the 2023-2024 school year calendar",
        "the 2023 2024 handbook is out",
        "rooms 101-102 share a wall",
        "grades 3 4 5 and 6 eat together",
        "rooms 101, 102, 103 and 104 need fans",
        "the 2023 / 2024 budget and the 2024-2025 one",
        "the drill on 9/8/2025 starts at 2:45",
        "the $1,250,000 grant ends in June",
    ],
)
def test_years_rooms_and_small_numbers_in_groups_stay(message: str) -> None:
    assert redact(message) == message


@pytest.mark.parametrize(
    "phone",
    ["2 00 000 0000", "7 73 555 0142", "773 555 014 2", "1 - 7735550142", "1-7-7-3-5-5-5-0-1-4-2"],
)
def test_no_part_of_an_oddly_split_phone_survives(phone: str) -> None:
    """A pattern for a usual phone must not take the middle of a longer, oddly split
    number and leave its first or last digits behind."""
    cleaned = redact(f"mom's cell is {phone} if you need her")
    assert not re.search(r"\d", cleaned), cleaned


@pytest.mark.parametrize(
    ("message", "stored"),
    [
        ("born 04MAR2012, new enrollee", "born [dob], new enrollee"),
        ("she was born in march 2012", "she was born in [dob]"),
        ("DOB 4 Mar 2012", "DOB [dob]"),
        ("DOB-3/4/12 per the form", "DOB-[dob] per the form"),
        ("dob.3/4/12", "dob.[dob]"),
        ("dob 3 / 4 / 12", "dob [dob]"),
        ("DOB 4-Mar-2012", "DOB [dob]"),
        ("born Mar-4-2012", "born [dob]"),
        ("born March 4 '12, new to us", "born [dob], new to us"),
        ("dob 3/4/'12", "dob [dob]"),
        ("DOB 3/4/ 12 per the form", "DOB [dob] per the form"),
        ("she turned 12 on 3/4 and wants a party", "she turned 12 on [dob] and wants a party"),
        ("born in 2012 on march 4", "born in 2012 on [dob]"),
        # A bare two-digit year after a space, only after a birth cue.
        ("dob 4 mar 12, 3rd grade", "dob [dob], 3rd grade"),
        ("DOB Mar 4 12", "DOB [dob]"),
        ("on mar 4 12 kids came to the drill", "on mar 4 12 kids came to the drill"),
        ("b day 3/4 for the party list", "b day [dob] for the party list"),
        ("dob 3/4 /12", "dob [dob]"),
        ("born march the 4th 2012", "born [dob]"),
        ("fecha de nac. 4/3/2012", "fecha de nac. [dob]"),
        ("cumple 4 de marzo", "cumple [dob]"),
        ("nacido el 2 de abril del 2013", "nacido el [dob]"),
        ("nació en marzo del 2012", "nació en [dob]"),
        ("su fecha de nacimiento es 4/2/13", "su fecha de nacimiento es [dob]"),
        ("nació en 2012, llegó en 2023", "nació en 2012, llegó en 2023"),
        ("we turned 2 rooms over on 3/4", "we turned 2 rooms over on 3/4"),
        ("the 3 / 4 split of the class", "the 3 / 4 split of the class"),
        ("1-3/4 inch pipe", "1-3/4 inch pipe"),
        ("the March 2012 policy still holds", "the March 2012 policy still holds"),
        ("the 2023\u20132024 school year", "the 2023\u20132024 school year"),
        ("the 2023\u20112024 school year", "the 2023\u20112024 school year"),
        # Spaced digits after a birth cue, and a day spelled out as it is said.
        ("dob 4 2 13, new to us", "dob [dob], new to us"),
        ("born april fourth 2013", "born [dob]"),
        ("born on the twenty-first of march 2012", "born on the [dob]"),
        ("grades 4 5 and 6 are out", "grades 4 5 and 6 are out"),
        # The year first, in any of the ways staff write the rest.
        ("born 2013 april 2, new to us", "born [dob], new to us"),
        ("DOB 13/4/2", "DOB [dob]"),
        ("dob 2013 4 2 per the form", "dob [dob] per the form"),
        ("DOB: 2013, April 2nd", "DOB: [dob]"),
        ("in 2013 4 2 kids moved", "in 2013 4 2 kids moved"),
        ("her form says 2015.Jan.7th, mom wrote it", "her form says [dob], mom wrote it"),
        ("in 13 4 2 kids moved", "in 13 4 2 kids moved"),
        ("she was born two thousand fifteen, may fifth.", "she was born [dob]."),
        ("in twenty twelve may 3 kids came", "in twenty twelve may 3 kids came"),
        ("may first is a holiday", "may first is a holiday"),
        # A month and a year, the year first.
        ("born 2013 april, new to us", "born [dob], new to us"),
        ("dob 2012, march", "dob [dob]"),
        ("the 2013 april meeting moved", "the 2013 april meeting moved"),
        # A year and a month in digits after a cue, and the rest of a list after it.
        ("dob 2010-11 has an IEP", "dob [dob] has an IEP"),
        ("dobs 2009/07 and 2011/03, moving", "dobs [dob] and [dob], moving"),
        ("DOB 2008/04, 2009/05, 2010.06, same mom", "DOB [dob], [dob], [dob], same mom"),
        ("the 2024-09 report and the 2023-24 one", "the 2024-09 report and the 2023-24 one"),
        ("dob 3/2012, new to us", "dob [dob], new to us"),
        ("born march '12 per mom", "born [dob] per mom"),
        ("the grant is due 9/2025", "the grant is due 9/2025"),
        # A backslash, a bar or an underscore between the parts, as pasted from a form.
        ("DOB 3\\4\\2012 per the form", "DOB [dob] per the form"),
        ("row: Jaylen | 3|4|2012 | bus 14", "row: [name] | [dob] | bus 14"),
        ("dob 3_4_12", "dob [dob]"),
        ("grade 3_4_12 split", "grade 3_4_12 split"),
    ],
)
def test_dates_of_birth_in_less_common_shapes_go(message: str, stored: str) -> None:
    assert redact(message) == stored


@pytest.mark.parametrize(
    ("message", "stored"),
    [
        # A month's name between slashes or dots, as on a form.
        ("dob: 14/marzo/2012", "dob: [dob]"),
        ("dob 14.mar.2012, new", "dob [dob], new"),
        ("DOB 14/Mar/12", "DOB [dob]"),
        # The day said in Spanish, or as a Spanish ordinal.
        ("nacido el tres de marzo del 2012", "nacido el [dob]"),
        ("nació el primero de marzo de 2012", "nació el [dob]"),
        ("dob 1ro de marzo de 2012", "dob [dob]"),
        ("nacio el 1ero de marzo", "nacio el [dob]"),
        # A cue a few small words or a weekday before the date.
        ("su cumple es el 3 de marzo", "su cumple es el [dob]"),
        ("nació el día 3 de marzo", "nació el día [dob]"),
        ("fecha de nacimiento es el 3 de marzo", "fecha de nacimiento es el [dob]"),
        ("nacimiento: 4 de marzo", "nacimiento: [dob]"),
        ("born on tuesday, march 4 2012", "born on tuesday, [dob]"),
        ("nació el martes 4 de marzo", "nació el martes [dob]"),
        ("her bday's on halloween 2013", "her bday's on [dob]"),
        # A birthday by the age turned, in Spanish too.
        ("cumple 10 años el 3 de marzo", "cumple 10 años el [dob]"),
        ("cumplió 9 años el 3/4", "cumplió 9 años el [dob]"),
        ("cumple años el 5 de mayo y", "cumple años el [dob] y"),
        # A two-digit year after "del", and the Spanish form's initials.
        ("nació el 03 de marzo del 12", "nació el [dob]"),
        ("nació en marzo del 12", "nació en [dob]"),
        ("F.N. 3 de marzo 2012", "F.N. [dob]"),
        ("FDN: 03-marzo-2012", "FDN: [dob]"),
        # A season or a holiday and a year, after a cue only.
        ("dob spring of 2012", "dob [dob]"),
        ("born christmas day 2011", "born [dob]"),
        ("he was born the day after thanksgiving 2012 lol", "he was born [dob] lol"),
        ("born in march of 2013, needs", "born in [dob], needs"),
        ("born 2012 on the 4th of july so", "born 2012 on the [dob] so"),
        ("we start spring 2025 testing", "we start spring 2025 testing"),
        ("the day after thanksgiving 2012 we closed", "the day after thanksgiving 2012 we closed"),
        ("el cinco de mayo festival is friday", "el cinco de mayo festival is friday"),
        ("may once again", "may once again"),
        ("the 2do piso door", "the 2do piso door"),
        # A date with a clock time after it is when an email was sent.
        ("Date: Mon, Oct 14, 2024 at 8:02 AM", "Date: Mon, Oct 14, 2024 at 8:02 AM"),
        ("Sent: Friday, October 18, 2024 3:12 PM", "Sent: Friday, October 18, 2024 3:12 PM"),
        ("born 3/4/2012 at 5:02 am", "born [dob] at 5:02 am"),
    ],
)
def test_dates_of_birth_in_words_spanish_and_around_the_year_go(message: str, stored: str) -> None:
    assert redact(message) == stored


def test_a_phone_wrapped_after_a_hyphen_still_goes() -> None:
    assert redact("call me back at 773-555-\n0150 about it") == "call me back at [phone] about it"


@pytest.mark.parametrize(
    ("message", "stored"),
    [
        ("D.O.B.: 3/4/2012", "D.O.B.: [dob]"),
        ("my student born 3.4.12 needs a bus", "my student born [dob] needs a bus"),
        ("born: 3/4/12", "born: [dob]"),
        ("dob=3/4/12 in the export", "dob=[dob] in the export"),
        ("birthdate: 2012/03/04, kid needs an IEP", "birthdate: [dob], kid needs an IEP"),
        ("b-day 03/04/12, family in a shelter", "b-day [dob], family in a shelter"),
        ("T.J. Brown, D.O.B. 3/4/12", "[name].[name]. [name], D.O.B. [dob]"),
        ("Jaylen a.k.a. JJ is out", "[name] a.k.a. [name] is out"),
        ("a note signed k.w. was in my box", "a note signed [name].[name]. was in my box"),
    ],
)
def test_labels_and_dotted_abbreviations_are_not_names(message: str, stored: str) -> None:
    """Only the date or the name goes: the word that labels a date of birth stays, and an
    abbreviation with full stops is not initials ("D.O.B.", "a.k.a."), so the stored
    question still says what was there."""
    assert redact(message) == stored


def test_a_phone_before_a_list_of_numbers_goes_and_the_list_stays() -> None:
    assert redact("rooms 101-102, call 555-0142, 3 kids") == "rooms 101-102, call [phone], 3 kids"


@pytest.mark.parametrize(
    ("message", "stored"),
    [
        ("cell 773-555-0142x if no answer", "cell [phone]x if no answer"),
        ("mom:773-555-0142dad:312-555-0101", "mom:[phone]dad:[phone]"),
        ("(773) 555-0142mom", "[phone]mom"),
        # A school year or a range run into a word is still not a phone.
        ("the 2023-2024yr calendar", "the 2023-2024yr calendar"),
    ],
)
def test_a_full_phone_run_into_a_word_still_goes(message: str, stored: str) -> None:
    """Fast typing leaves no space after a number: its area code and separators make it a
    phone all the same."""
    assert redact(message) == stored


@given(
    area=st.integers(200, 999),
    exchange=st.integers(200, 999),
    line=st.integers(0, 9999),
    style=st.sampled_from(
        [
            "({a}) {e}-{l}",
            "{a}-{e}-{l}",
            "{a}.{e}.{l}",
            "{a} {e} {l}",
            "+1 {a} {e} {l}",
            "{a}\u2013{e}\u2013{l}",  # the en dash a phone keyboard or a word processor types
            "{a}\u2014{e}\u2014{l}",
            # The non-breaking hyphen and the minus sign of a number pasted from a web page.
            "{a}\u2011{e}\u2011{l}",
            "{a}\u2212{e}\u2212{l}",
            "[{a}] {e}-{l}",
        ]
    ),
)
def test_phones_in_any_common_format_never_survive(
    area: int, exchange: int, line: int, style: str
) -> None:
    phone = style.format(a=area, e=exchange, l=f"{line:04d}")
    cleaned = redact(f"mom's cell is {phone} if you need her")
    assert f"{line:04d}" not in cleaned and "[phone]" in cleaned


@given(
    digits=st.from_regex(r"[2-9]\d{9}", fullmatch=True),
    gap=st.sampled_from([" ", "-", " - ", "--", ".", ". ", "_", "/", "*", ","]),
    splits=st.sets(st.integers(1, 9), min_size=1),
)
def test_a_phone_split_any_way_never_survives(digits: str, gap: str, splits: set[int]) -> None:
    """However the ten digits are split, with whatever one separator ("773 5 5 5 0 1 1 9",
    "773_555_0142", "7735550 1 3 9"), no digit survives."""
    cuts = [0, *sorted(splits), len(digits)]
    phone = gap.join(digits[a:b] for a, b in itertools.pairwise(cuts))
    cleaned = redact(f"mom's cell is {phone} if you need her")
    assert not re.search(r"\d", cleaned), cleaned


@pytest.mark.parametrize(
    ("message", "stored"),
    [
        ("seven seven three five five five zero one four two", "[phone]"),
        # Part read aloud, part in digits, as dictation or a hurried note leaves it.
        ("call 773 five five five 0142 after 3", "call [phone] after 3"),
        ("her cell is 773-555-oh one four two", "her cell is [phone]"),
        ("seven seven three 555 0142", "[phone]"),
        ("on 3 4 2012 one kid fell", "on 3 4 2012 one kid fell"),
        # Ten digits from an area code on, only one or two of them read aloud.
        ("her phone is 773 555 0 one 4 four, call her", "her phone is [phone], call her"),
        ("we had 120 300 one more", "we had 120 300 one more"),
        ("her cell is seven seven three, five five five, oh one four two", "her cell is [phone]"),
        ("id is six two zero zero four four one nine", "id is [id]"),
        ("call 773-555-O101 after 3", "call [phone] after 3"),
        ("(773) 555-O1O1", "[phone]"),
        ("student id: 5O123456", "student id: [id]"),
        # A few number words, or a room with an O, are not a number of anyone's.
        ("one two three kids and four five", "one two three kids and four five"),
        ("room 1O1 is open", "room 1O1 is open"),
    ],
)
def test_a_number_read_aloud_or_typed_with_the_letter_o_goes(message: str, stored: str) -> None:
    assert redact(message) == stored


@pytest.mark.parametrize(
    ("message", "stored"),
    [
        ("<mailto:jsmith@cps.edu|jsmith@cps.edu>", "<[email]|[email]>"),
        ("mom is mlopez23 at gmail", "mom is [email]"),
        ("maria_lopez@hotmail, no reply yet", "[email], no reply yet"),
        ("send to mlopez@cps", "send to [email]"),
        # A room or a time "at cps" is no address.
        ("room 204 at cps hq", "room 204 at cps hq"),
        ("the meeting at 3 at cps", "the meeting at 3 at cps"),
    ],
)
def test_an_email_without_its_domain_ending_or_in_a_slack_link_goes(
    message: str, stored: str
) -> None:
    assert redact(message) == stored


@pytest.mark.parametrize(
    ("message", "stored"),
    [
        ("ssn 123-45-6789 on the form", "ssn [id] on the form"),
        ("last 4 of ssn 6789", "last 4 of ssn [id]"),
        # A case or a route has a number of its own; a person's name before an id is theirs.
        ("dcfs case 1234567 is open", "dcfs case [id] is open"),
        ("pull the schedule for bill 50123456", "pull the schedule for [name] [id]"),
        # The end of an id, and an id with a letter before a dash.
        ("his id ends in 4821, the rest is smudged", "his id ends in [id], the rest is smudged"),
        ("student id A-12345 needs a bus", "student id [id] needs a bus"),
    ],
)
def test_a_numbered_record_keeps_its_label_and_loses_its_number(message: str, stored: str) -> None:
    assert redact(message) == stored


@pytest.mark.parametrize(
    ("message", "gone", "kept"),
    [
        ("call e. jackson about it", ["jackson"], []),
        ("pls text s. washington asap", ["washington"], []),
        # After "on" or "at" the same shape is a street.
        ("meet at s halsted and 63rd", [], ["halsted"]),
    ],
)
def test_a_compass_initial_and_a_street_name_after_a_verb_for_people_are_a_person(
    message: str, gone: list[str], kept: list[str]
) -> None:
    cleaned = assert_gone(message, *gone)
    assert all(word in cleaned for word in kept), cleaned


@pytest.mark.parametrize(
    ("message", "stored"),
    [
        ("call e. jackson about it", "call [name]. [name] about it"),
        ("see j. for the form", "see [name]. for the form"),
        ("please call j. at the office", "please call [name]. at the office"),
        # A name word before an initial is still a first name: "hunter p", "summer r.".
        ("its hunter p not hunter m", "its [name] [name] not [name] [name]"),
        ("summer r. and autumn r. were out", "[name] [name]. and [name] [name]. were out"),
    ],
)
def test_a_verb_for_people_before_an_initial_stays_a_verb(message: str, stored: str) -> None:
    assert redact(message) == stored


@pytest.mark.parametrize(
    ("message", "stored"),
    [
        # A lone initial after a verb for people that is no name word ("tell", "ask").
        ("tell j. to come down", "tell [name]. to come down"),
        ("you can ask m. in the office", "you can ask [name]. in the office"),
        ("pls text r. when the bus comes", "pls text [name]. when the bus comes"),
        ("ask k. or j. for the key", "ask [name]. or [name]. for the key"),
        ("call k. and r. about the bus", "call [name]. and [name]. about the bus"),
        # A page, an abbreviation and the word "a" are no initials.
        ("pls see p. 4", "pls see p. 4"),
        ("per p. 12 of the policy, ask a.s.a.p.", "per p. 12 of the policy, ask a.s.a.p."),
        ("see pg. 4 of the handbook", "see pg. 4 of the handbook"),
        ("I saw a. lot of kids", "I saw a. lot of kids"),
    ],
)
def test_a_lone_initial_after_a_verb_for_people_goes_and_a_page_stays(
    message: str, stored: str
) -> None:
    assert redact(message) == stored


@pytest.mark.parametrize(
    "message",
    [
        "mom is jsmith(at)cps.edu",
        "mom is jsmith @ gmail . com",
        "mom is jsmith [at] cps [dot] edu",
    ],
)
def test_an_email_written_to_dodge_spam_filters_goes_whole(message: str) -> None:
    assert redact(message) == "mom is [email]"


@given(
    user=st.from_regex(r"[a-z][a-z0-9._]{1,12}[a-z0-9]", fullmatch=True),
    domain=st.sampled_from(["gmail.com", "cps.edu", "yahoo.com", "ukr.net"]),
)
def test_emails_never_survive(user: str, domain: str) -> None:
    # The whole message, not "user not in ...": a handle such as "ead" is inside "thread".
    assert redact(f"please cc {user}@{domain} on the thread") == "please cc [email] on the thread"


@given(
    name=st.from_regex(
        r"[A-Z][bcdfghjklmnpqrstvwxz]{2}[aeiou][bcdfgklmnprstvz]{2,5}", fullmatch=True
    ),
    lower=st.booleans(),
    template=st.sampled_from(
        [
            "{n} got jumped after school",
            "who handles bus passes for {n}",
            "can someone check on {n}, she seems sad",
            "tell {n} to come see me",
            "Ms. {n} wants to know who handles this",
            "the {n} kids are in a shelter",
        ]
    ),
)
def test_a_word_nobody_listed_never_survives(name: str, lower: bool, template: str) -> None:
    assume(classify(name) is Kind.UNKNOWN)  # "Strand" is a word, "Brupklt" is not
    written = name.lower() if lower else name
    assert not re.search(rf"\b{re.escape(written)}\b", redact(template.format(n=written)))


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=120))
@example("ïD`ßS{d")  # "ßS" casefolds to a stretched "sss": once looped forever
@example("hope ) tavion")  # the second pass took "hope" for a sign-off before "[name]"
def test_redacting_twice_changes_nothing(text: str) -> None:
    once = redact(text)
    assert redact(once) == once


# -- ordinary questions -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Who handles JROTC scholarships on Monday?",
        "I have faith the brown line will be on time, will you check?",
        "We hope to get Safe Passage extended to the Red Line stop on 63rd",
        "Will the background check cover LSC members or do they go thru a different office?",
        "we got complaints about the Brown Line stop, kids harassing ppl after dismissal",
        "on 3/14 we have a drill, does the Safety Operations Team need to be told",
        "we're planning the spring dance for late April, do we need OSSS approval",
        "kids posting fight videos on TikTok again, who handles social media threats",
        "Young kids at our Pre-K keep getting dropped off at 7am",
        "Mark your calendars: the OSSS safety summit is on Wednesday 2/19",
        "who handles hunter safety classes? our JROTC wants to do a marksmanship thing",
        "the mason came to fix the wall by the gym but left a hole",
        "Our Story Time with Dads event needs 12 volunteers cleared by Friday",
        "King College Prep is hosting the game Friday, who handles security staffing",
        "our major concern is the crowd at Washington Park after games",
        "HOW DO I GET A VOLUNTEER CLEARED FOR THE FIELD TRIP ON 5/2",
        "does a kid have to be 5 by September 1 to start kindergarten? parent asking",
        "we walked 2 blocks down the street to the Green Line stop",
        "20 kids on the way home got stuck, who handles bus delays",
        "her parents dont speak English, is there a Spanish speaker at FACE",
        "the Black Student Union wants to host a walkout, who handles that",
        "Safe Passage at 63rd and Halsted had nobody, same on Cicero and Madison",
        "I lost hope in this process, thanks for your help",
        "today's parent meeting moved, the bishop's hat is in the lost and found",
        "how many miles can the bus go, and why is his grade wrong in Aspen?",
        "the French club needs an IHSA form and a TB test before the walkthrough",
        "Lunch is a new problem, the custodian got hurt and security is back from break",
        "the hunter green shirts came, and in june young kids start camp",
        "Payroll is back from the vendor and Bus got caught in traffic",
        "the bus stop on Cicero and Madison is where the fights happen",
        # Not "Summer in the city is hot": a common first name opening a message before
        # "in" is a person far more often in staff messages ("grant in ITS or summer in
        # procurement"), and the learned pass (bot.privacy.learned) now stores it as
        # "[name] in the city is hot". A word in brackets costs less than a stored name.
        "the attendance (call the office) form is late",
        "Nurse said the epipen expired, Assistant Principal wants the threat form",
        # A department or a grade after a word that is not in a person's place.
        "who do I call at Transportation about the late bus",
        "we need to page at Transportation when the bus is late",
        "they are new from the suburbs, who handles placement tests",
        "the grant in FACE ran out, who handles newcomer STLS kids",
        "Lincoln Park HS asked if our JROTC can join the drill meet",
        "they call Transportation every day and nobody answers",
        "the McKinney Vento liaison and the McKinney-Vento rules",
        "la escuela dijo que el autobús no pasa por la esquina, gracias",
        # The same frames holding plain words.
        "Transportation: who handles the late buses?",
        "Summary: the bus never came, who handles it",
        "our clerk, please call the office back",
        "it's summer school again, who runs the buses?",
        "math, science and reading scores are posted",
        "the foster family needs a bus, and the whole family moved",
        "in gym today, nurse wants to know who gets the incident form",
        "The little kids get out at 2:45, the big kids at 3:15",
        "if transportation can get a bus here by 3",
        "it's a page on the site, talk to transportation",
        "street light is out on the block where our kids walk",
        "the bus stop on Cicero and Madison is where the fights are",
        "the black and white is the dress code, red and brown are not",
        "the bus mom and the foster mom both came in",
        "every day id checks at the door",
        "quick q: who handles the bus list b4 3",
        "need iep mtg w/ the team friday who schedules",
        "Transportation forgot to send the bus, who handles that",
        "School is out today for the holiday",
        "family is doubled up with cousins, no lease",
        "is school closed tmrw for snow",
        "how do I apply for a school nurse position",
        "student has a g tube, sub nurse didnt show, who covers",
        "can someone call her grandma back",
        "JROTC promotion ceremony for the cadet majors, who handles it?",
        "need a bus pass for a kid born in 2015",
        "caf is out of meds forms, asst prin wants the bball and jv schedule",
        "the storm knocked out the cameras on the west side",
        "my star player needs a physical",
        "will someone call me back about the grant",
        "who runs the OSSS safety summit this year",
        "the training is in December, sign up by late November",
        "i have a lil question about the bus, my lil man is sick",
        "the d.o.b. on the form is wrong, who fixes that",
        "mckinney vento q - does a kid couch surfing qualify",
        "sec officer at post 1 says the door alarm is off",
        "lmaooo the printer jammed again, heyyy who fixes it",
        "who handles title ix training for our deans",
        "who runs the Marine JROTC program this year",
        # Speaking verbs after a rank or a thing's name, and "is" after a plural or a count.
        "the major asked if the drill is still on",
        "the Safe Passage crew says the corner is clear",
        "the crossing guard at 47th and king said the light is out",
        "the banks is closed on monday so the checks are late",
        "40 miles is far for a field trip bus",
        "Lunch and recess (grades 1-3) need more adults",
        # Not a list of people, a family word before a verb, nothing done to one's own.
        "we need radios, cones, and grant money for the walk",
        "mom will call back after lunch",
        "parent (grant funded) program starts monday",
        "major changes to his schedule need a meeting",
        "the grant covers his salary",
        "gave hope to families after the fire",
        "nurse said to call grandpa about the rash",
        "the kid I'm talking about missed the bus",
        "our student council wants a bus for the trip",
        # What a plan is for when it is not a person: a season, the weather, a grade.
        "who decides whether schools close for snow?",
        "is recess inside for rain and snow?",
        "who do i ask for grant money?",
        "is there a tornado drill schedule for spring?",
        "stranger danger lesson for kinder, any resources?",
        "who certifies students for free/reduced meals",
        # Not a room, not a record, not a person's family.
        "the rain in the spring ruined the field",
        "his temp rose to 101 so he went home",
        "the mother of all meetings is at 3",
        "can you mark the brown folders as received",
        "its summer break, who runs the camps",
        # Seasons listed are seasons, even when one is also a name.
        "the summer, fall, and spring sessions are full",
        "see page 3, page 4 of the form",
        "who runs the social justice club?",
        "the nurse will call you back",
        "where can staff park at the central office",
        "text me, i'm the security guy at the front desk",
        "roof is leaking onto the gym floor again",
        "the coach was hired and season starts friday",
        "nurse here, who fixes the health absences report",
        "hope u r well! who handles STLS buses?",
        "snow here, are we closing early?",
        "la mamá de un niño de kinder llamó",
        "the lady at 47th and king said the light is out",
        "the summer 2024, fall 2024 rosters are posted",
        # A month written short is a month where a month stands.
        "the new IEP tool comes in jan, true?",
        "will the deans get training before jan or after",
        "the 5 mar meeting moved",
        "we ship to our home [address] now",
        "who handles the fee waiver for the SAT? id required",
        "meeting at 3 P.M. today, who handles it",
        "U.S. citizen needed? who handles the form",
        "R.S.V.P. to the office by friday",
        "the P.E. teacher needs an I.D. badge, who handles it",
        "H.R. says the A.P. exam fee goes thru the network",
        "ok so o.k. who handles it in the a.m.",
        "grades 9-12 west side schools need this",
        "we moved to 1200 students this year",
        # A place the lists spell without its accent.
        "the family just moved from México, who handles enrollment",
        "her records are from Perú",
        # The teachers' pay schedule, not two people.
        "athletic director here, i want to ask about my salary step and lane",
        # School-year and fiscal-year shorthand, places and brands with a name in them.
        "is the SY-2024-25 calendar out, and the FY26 budget",
        "the Jackson Park field house is locked",
        "practice at Douglass Park today",
        "family left for Puerto Rico without telling us",
        "which providers take blue cross",
        "they came from Kyiv and Oaxaca last month",
        "check lost and found at the Daley Center",
        # Staff's shorthand and chat words.
        "our ISL says the ESY sign up is open, see the flyer",
        "the AAC device broke and the cameras havent recorded",
        "haha nah the scrimmage moved",
    ],
)
def test_ordinary_questions_stay_as_they_were(message: str) -> None:
    assert redact(message) == message


@pytest.mark.parametrize(
    ("message", "stored"),
    [
        # A verb or an adjective before a name is not its first name.
        ("can someone call jaylen's grandma back", "can someone call [name]'s grandma back"),
        ("new registrant has no shot records", "new [name] has no shot records"),
        # A line of a form ends at the line break: the next label is not part of the name.
        ("Parent/Guardian: Ebony Okafor\nPhone: 773", "Parent/Guardian: [name] [name]\nPhone: 773"),
        ("From: Maria R.\nSubject: my son", "From: [name] [name].\nSubject: my son"),
        ("her name is ana maria de la cruz", "her name is [name] [name] [name] [name] [name]"),
        ("austin k. in 4th grade says", "[name] [name]. in 4th grade says"),
        # A form's field for a person names what follows; a line goes on the sentence
        # before it unless that sentence ended.
        ("Student: Hope\nGrade: 3", "Student: [name]\nGrade: 3"),
        ("student: summer, needs a bus", "student: [name], needs a bus"),
        ("Student: will need a bus", "Student: will need a bus"),
        # An extension said in words goes; the words that say it stay.
        ("ask her instead, her ext is 3302.", "ask her instead, her ext is [phone]."),
        ("ph: 773-555-0102", "ph: [phone]"),
        ("call the office, ext 4", "call the office, [phone]"),
        ("the extension is 12 pages", "the extension is 12 pages"),
        ("please call\nHope about the bus", "please call\n[name] about the bus"),
        # A title before a name stays; the name goes.
        ("ask Sr. de la Rosa about it", "ask Sr. [name] [name] [name] about it"),
        # A date after a birthday word on its line is a date of birth; one before it is not.
        (
            "birthdays this month: Kofi 11/02, Ama 3/14",
            "birthdays this month: [name] [dob], [name] [dob]",
        ),
        (
            "drill on 3/14, then birthdays: Kofi 11/02",
            "drill on 3/14, then birthdays: [name] [dob]",
        ),
        # A sign-off on its own line is not a surname written first; "Long, Tyrone" is.
        ("Best,\nDana", "Best,\n[name]"),
        ("the star and tavion", "the star and [name]"),
        # A word the message names in one place stays a word where it is one.
        (
            "Summer's mom asked about summer school, she needs the summer bus",
            "[name]'s mom asked about summer school, she needs the summer bus",
        ),
        ("Mark asks, can you mark him tardy?", "[name] asks, can you mark him tardy?"),
        # A lone initial before a word that can be a surname is a name, whatever the case;
        # a list's letter is not.
        ("who: me, t. brooks, mr. jones", "who: me, [name]. [name], mr. [name]"),
        ("per r. king the room is locked", "per [name]. [name] the room is locked"),
        ("a. grant applications\nb. field trips", "a. grant applications\nb. field trips"),
    ],
)
def test_only_the_name_goes(message: str, stored: str) -> None:
    assert redact(message) == stored


def test_staff_words_lists_only_name_words() -> None:
    """The generated list says which name words staff write as words; anything else in it
    would be a word redaction never sees as a name anyway."""
    assert STAFF_WORDS <= ALL_NAME_WORDS
    assert {"will", "grant", "summer"} <= STAFF_WORDS
    assert not {"penny", "amber", "ocean"} & STAFF_WORDS


# -- independence from the router ----------------------------------------------------------------


def test_redact_takes_only_the_text() -> None:
    assert list(inspect.signature(redact).parameters) == ["text"]


def test_the_privacy_package_imports_nothing_from_the_router() -> None:
    # The generated English word lists and the hand-kept places are shared with the router;
    # no curator edits them.
    shared = {"knowledge.english_words", "knowledge.place_words"}
    for module in PRIVACY_PACKAGE.glob("*.py"):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        imported = [
            f"{node.module}.{alias.name}"
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom)
            for alias in node.names
        ] + [
            alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.Import)
            for alias in node.names
        ]
        routing = {m for m in imported if m.split(".")[0] in {"intents", "knowledge"}}
        assert routing <= shared, module


def test_curator_vocabulary_cannot_change_redaction(knowledge_copy: Path) -> None:
    messages = [
        "Faith Johnson and Marisol Vega need bus passes, ask Ms. Washington",
        "will jones got his pass stolen, grace period is over",
    ]
    before = [redact(m) for m in messages]
    offices = knowledge_copy / "offices" / "attendance.yaml"
    text = offices.read_text(encoding="utf-8")
    aliases = "aliases: [Faith Johnson, Marisol Vega, Washington, Jones, Network Office,"
    offices.write_text(text.replace("aliases: [Network Office,", aliases, 1), encoding="utf-8")
    brain = load_brain(knowledge_copy)
    assert {"faith", "johnson", "washington"} <= set(brain.index.idf)
    assert [redact(m) for m in messages] == before
    assert "Faith" not in before[0] and "Vega" not in before[0] and "jones" not in before[1]


def test_feedback_sink_stores_redacted_questions(tmp_path: Path, assistant: Assistant) -> None:
    path = tmp_path / "feedback.sqlite3"
    sink = feedback_sink(StoreSettings(db_path=str(path)))
    Conversation(assistant, sink=sink).ask(
        "marisol vega (773) 555-0142 lost her pass", platform="slack"
    )
    assert isinstance(sink, SQLFeedbackStore)
    sink.flush()
    stored = [event.question for event in sink.events(days=1)]
    sink.close()
    assert stored == ["[name] [name] [phone] lost her pass"]


# -- the tuning set ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("labelled", "over"),
    # tune_d's schools and places named after people ("Curie", "Kelly High School") are
    # removed as names: over-redaction, kept on the safe side.
    [(TUNE, 0.01), (HARD, 0.01), (PROBE, 0.01), (FOURTH, 0.02), (SIXTH, 0.015)],
    ids=["tune", "tune_c", "probe", "tune_d", "tune_f"],
)
def test_the_labelled_sets_meet_the_goals(labelled: Path, over: float) -> None:
    score = report.score_set(report.load_set(labelled), redact)
    assert score.failures() == []
    for kind in report.STRICT_KINDS:
        assert score.survived[kind] == 0, kind
    assert score.full_names_survived == 0
    assert score.name_word_share >= 0.99
    assert score.over_redaction < over


def test_the_report_refuses_to_show_misses_of_a_holdout_set(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert report.main(["tests/privacy/redaction_holdout.yaml", "--show-misses"]) == 2
    assert "refused" in capsys.readouterr().err


def test_the_report_prints_rates_per_file_and_combined(capsys: pytest.CaptureFixture[str]) -> None:
    assert report.main([str(TUNE)]) == 0
    out = capsys.readouterr().out
    assert out.count("over-redaction:") == 2 and "== combined" in out and "goals: met" in out


def test_a_name_labelled_once_counts_wherever_it_stands() -> None:
    """The brief tells authors that one item is enough for a name written twice, so each
    whole-word occurrence is a name word: keeping the second is a miss, removing it is not
    over-redaction. A shorter item inside a longer one ("April" in "April Thompson") counts
    only where it stands alone, and never inside another word ("Pat" in "Patricia")."""
    message = {
        "text": "star's mom called. star is out, Patricia too",
        "personal": [{"text": "star", "kind": "name"}, {"text": "Patricia", "kind": "name"}],
    }
    first_only = report.score_message(message, lambda t: t.replace("star's", "[name]'s"))
    assert (first_only.name_words, first_only.name_words_removed) == (3, 1)
    assert first_only.other_words_removed == 0
    everything = report.score_message(message, redact)
    assert (everything.name_words_removed, everything.other_words_removed) == (3, 0)

    nested = {
        "text": "April Thompson's mom called, April has a cold. Pat in Patricia",
        "personal": [
            {"text": "April Thompson", "kind": "name"},
            {"text": "April", "kind": "name"},
            {"text": "Pat", "kind": "name"},
        ],
    }
    kept = report.score_message(nested, lambda t: t)
    assert kept.name_words == 4  # April Thompson, the second April, Pat
    assert kept.full_names == 1

    twice = {"text": "star and star", "personal": [{"text": "star", "kind": "name"}] * 2}
    assert report.score_message(twice, lambda t: t).name_words == 2


def test_the_report_times_redaction_on_request(capsys: pytest.CaptureFixture[str]) -> None:
    report.main([str(TUNE), "--time"])
    line = capsys.readouterr().out.strip().splitlines()[-1]
    assert re.fullmatch(r"redaction time over \d+ messages: median [\d.]+ ms, p99 [\d.]+ ms", line)


def test_the_report_times_long_messages_on_request(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(report, "LONG_SHAPES", {"dotted letters": "a." * 50, "words": "hi " * 9})
    report.main([str(TUNE), "--long"])
    lines = capsys.readouterr().out.strip().splitlines()[-3:]
    assert lines[0] == "redaction time, one 20,000-character message:"
    assert [re.fullmatch(r"  (.+): [\d.]+ s", line)[1] for line in lines[1:]] == [  # type: ignore[index]
        "dotted letters",
        "words",
    ]


def test_initials_in_a_long_dotted_run_are_still_initials_and_abbreviations_still_words() -> None:
    # Each letter's run is found once per message now; the answers must be what they were.
    assert redact("D.O.B. is on file, ask k.w. or j. smith") == (
        "D.O.B. is on file, ask [name].[name]. or [name]. [name]"
    )
    assert redact("b." * 3000) == "[name]." * 3000


def test_an_email_pattern_starts_only_where_a_word_does() -> None:
    # The part before "at" is no longer tried from inside a longer run; addresses still go,
    # an apostrophe and all (O'Neil).
    assert redact("o'neil23 at gmail, j.smith(at)cps.edu") == "[email], [email]"
    assert redact("x" * 5000 + "@gmail.com") == "[email]"


@pytest.mark.parametrize(
    ("message", "stored"),
    [
        ("dean here, need somebody from crisis", "dean here, need somebody from crisis"),
        ("dean's office called about him", "dean's office called about him"),
        ("pastor here, our church has a pantry", "pastor here, our church has a pantry"),
        ("ms. dean wants the list", "ms. [name] wants the list"),
    ],
)
def test_a_role_used_as_a_title_is_a_role_unless_a_title_names_it(
    message: str, stored: str
) -> None:
    """ "Dean" and "Pastor" are first names too, but staff write them as roles far more often;
    a title before one still makes it a name."""
    assert redact(message) == stored


@pytest.mark.parametrize(
    ("message", "stored"),
    [
        (
            "la cita es mañana y va a salir temprano por el asma",
            "la cita es mañana y va a salir temprano por el asma",
        ),
        ("MI SEGURO MEDICO COMO LO CAMBIO", "MI SEGURO MEDICO COMO LO CAMBIO"),
        ("José va a salir temprano", "[name] va a salir temprano"),
        ("soy la mamá de Itzel", "soy la mamá de [name]"),
    ],
)
def test_common_spanish_words_stay_and_spanish_names_go(message: str, stored: str) -> None:
    assert redact(message) == stored


@pytest.mark.parametrize(
    ("message", "stored"),
    [
        (
            "Austin Church keeps missing first period",
            "[name] [name] keeps missing first period",
        ),
        (
            "bus pass for Ivy Field, who approves it?",
            "bus pass for [name] [name], who approves it?",
        ),
        ("we walk to Lincoln Park after lunch", "we walk to Lincoln Park after lunch"),
        ("Field Day is friday", "Field Day is friday"),
    ],
)
def test_a_first_name_before_a_word_for_a_place_is_read_from_what_the_message_says(
    message: str, stored: str
) -> None:
    """ "Austin Church" may be a church or a student: the pair is left for the rest of the
    message to decide, where "Lincoln Park" after "walk to" stays a place."""
    assert redact(message) == stored


@pytest.mark.parametrize(
    ("message", "stored"),
    [
        # A day is closed for a reason, not for a person; a cue still names her.
        ("practice cancelled for rain", "practice cancelled for rain"),
        ("we are closed for summer", "we are closed for summer"),
        ("game postponed due to rain", "game postponed due to rain"),
        ("closed for Summer's party", "closed for [name]'s party"),
        ("a pass for summer", "a pass for [name]"),
        # A month with its day, and a time of day, are not Jan, Mar or Mr. Noon.
        ("jan/2 meeting", "jan/2 meeting"),
        ("mar-3 appt at noon", "mar-3 appt at noon"),
        ("jan said the meeting is at noon", "[name] said the meeting is at noon"),
        # "F.N." is a Spanish form's "fecha de nacimiento", not someone's initials.
        ("F.N. 3/4/2012", "F.N. [dob]"),
    ],
)
def test_words_that_say_when_stay_and_a_person_they_name_goes(message: str, stored: str) -> None:
    assert redact(message) == stored


@pytest.mark.parametrize(
    ("message", "stored"),
    [
        # A bill a family pays is proof of residency, not a man named Bill.
        ("dad only has a cell phone bill", "dad only has a cell phone bill"),
        ("electric bill is in the landlord's name", "electric bill is in the landlord's name"),
        ("bill's mom paid the lunch bill", "[name]'s mom paid the lunch bill"),
        # What something costs is not a person named Price.
        ("ticket prices for prom went up", "ticket prices for prom went up"),
        ("ms. price wants the price list", "ms. [name] wants the price list"),
        # Holidays and landmarks of the district's families and city.
        ("eid al-fitr falls on a school day", "eid al-fitr falls on a school day"),
        ("dia de los muertos altar night", "dia de los muertos altar night"),
        # A school, road or day named after a person is kept only where a word places it.
        ("tours at whitney young and lane tech", "tours at whitney young and lane tech"),
        ("whitney young got a detention", "[name] [name] got a detention"),
        ("dan ryan traffic made every bus late", "dan ryan traffic made every bus late"),
        ("the humboldt park boathouse trip", "the humboldt park boathouse trip"),
        ("bus lane on king dr is blocked", "bus lane on king dr is blocked"),
        (
            "kids bringing takis and hot cheetos to lunch",
            "kids bringing takis and hot cheetos to lunch",
        ),
        # A colour before what it describes, months and the weather beside their like, and a
        # thing "a big" describes are words; a person with those names still goes.
        ("kids in gray hoodies cutting class", "kids in gray hoodies cutting class"),
        ("mr. gray wants gray sweatpants", "mr. [name] wants gray sweatpants"),
        ("who runs the sites in july and august", "who runs the sites in july and august"),
        ("the willow dropped a big branch", "the willow dropped a big branch"),
        ("big mike got jumped", "[name] [name] got jumped"),
    ],
)
def test_things_named_after_people_or_words_stay_and_people_go(message: str, stored: str) -> None:
    assert redact(message) == stored


@pytest.mark.parametrize(
    ("message", "stored"),
    [
        # Aspen, where the district keeps student records, where a word puts something in it
        # or what it holds follows.
        ("who updates addresses in aspen", "who updates addresses in aspen"),
        (
            "report pulled from Aspen shows her withdrawn",
            "report pulled from Aspen shows her withdrawn",
        ),
        (
            "need Aspen attendance access for the clerk",
            "need Aspen attendance access for the clerk",
        ),
        ("aspen id 60720018 for Gabriel", "aspen id [id] for [name]"),
        ("river jones aspen RJ-5077-3004", "[name] [name] aspen [id]"),
        # A student called Aspen is still a student.
        ("Aspen Brooks is not showing up in aspen", "[name] [name] is not showing up in aspen"),
        ("aspen said her mom is picking up", "[name] said her mom is picking up"),
        ("tell aspen to come to the office", "tell [name] to come to the office"),
        ("Aspen's mom called", "[name]'s mom called"),
        # A bus route, not someone's initials.
        ("the aide on rt 14 is out", "the aide on rt 14 is out"),
    ],
)
def test_the_record_system_stays_and_a_student_of_that_name_goes(message: str, stored: str) -> None:
    assert redact(message) == stored


@pytest.mark.parametrize(
    ("message", "stored"),
    [
        # Common words of the district's other home languages stay; the names beside them go.
        (
            "Dzień dobry, Kasia jest chora i nie przyjdzie dzisiaj do szkoły",
            "Dzień dobry, [name] jest chora i nie przyjdzie dzisiaj do szkoły",
        ),
        ("salamat po, si Jomar ay may sakit ngayon", "salamat po, si [name] ay may sakit ngayon"),
        ("inshallah Ahmed will be back bukra", "inshallah [name] will be back bukra"),
        ("bonjou, pitit mwen malad, mesi anpil", "bonjou, pitit mwen malad, mesi anpil"),
        # A date of birth in those languages goes, after a cue or with a year long past.
        ("urodzona 3 marca 2012", "urodzona [dob]"),
        ("Kasia urodziła się 3 marca 2012 r.", "[name] urodziła się [dob]."),
        ("data urodzenia: 14 września 2011", "data urodzenia: [dob]"),
        ("ur. 5 lutego 2013r.", "ur. [dob]."),
        ("dat nesans: 3 avril 2012", "dat nesans: [dob]"),
        ("li fèt 12 janvye 2014", "[name] fèt [dob]"),
        ("ipinanganak noong 5 Hunyo 2012", "ipinanganak noong [dob]"),
        # A day and month with no year and no cue is no date of birth (the month itself is
        # not a kept word: see home_language_words).
        ("spotkanie 3 marca o 17:00", "spotkanie 3 [name] o 17:00"),
    ],
)
def test_common_words_of_other_home_languages_stay_and_names_go(message: str, stored: str) -> None:
    assert redact(message) == stored


@pytest.mark.parametrize(
    ("message", "stored"),
    [
        # After "mr", "mrs" or "ms." any plain word is a surname; short surnames are often
        # function words (Vietnamese Do and An, Hmong Her) or Spanish words (Lo).
        ("pls call mr. do back re the schedule", "pls call mr. [name] back re the schedule"),
        ("mrs. her called about the bus", "mrs. [name] called about the bus"),
        (
            "mr. lo in security says the camera is broken",
            "mr. [name] in security says the camera is broken",
        ),
        ("can ms. an cover lunch duty fri", "can ms. [name] cover lunch duty fri"),
        ("so ms an said to ask here", "so ms [name] said to ask here"),
        # "ms" alone is also a middle school and "miss" a verb; titles still join.
        ("ms students need lockers", "ms students need lockers"),
        ("he will miss my class and miss her bus", "he will miss my class and miss her bus"),
        ("Mr. and Mrs. Ortiz called", "Mr. and Mrs. [name] called"),
    ],
)
def test_a_title_names_a_short_surname_that_is_also_a_word(message: str, stored: str) -> None:
    assert redact(message) == stored


@pytest.mark.parametrize(
    ("message", "stored"),
    [
        # A place a family moves to or from, though it is also a name.
        (
            "family is moving to Indiana next week, who handles the withdrawal",
            "family is moving to Indiana next week, who handles the withdrawal",
        ),
        ("transferred in from gary, needs records", "transferred in from gary, needs records"),
        ("he moved back to india with his dad", "he moved back to india with his dad"),
        # The same word for a person: no move, or a possessive.
        ("he went to jordan for help", "he went to [name] for help"),
        ("moved to Jordan's class", "moved to [name]'s class"),
        ("india is absent again", "[name] is absent again"),
        # Chicago's hospitals, churches and stores named for a person.
        (
            "took him to Lurie Children's after the fall",
            "took him to Lurie Children's after the fall",
        ),
        ("mom works at jewel-osco nights", "mom works at jewel-osco nights"),
        ("the St. Sabina food pantry", "the St. Sabina food pantry"),
        ("sabina is at mount sinai", "[name] is at mount sinai"),
        # Staff shorthand: a background check, the weekend.
        ("do volunteers need a bg check", "do volunteers need a bg check"),
    ],
)
def test_places_families_move_to_and_city_landmarks_stay(message: str, stored: str) -> None:
    assert redact(message) == stored


@pytest.mark.parametrize(
    ("message", "stored"),
    [
        # "an" or "my" before a verb, "and" or punctuation is no article: the name An or My.
        ("Thuy my said her mom works nights", "[name] [name] said her mom works nights"),
        ("tuan an from 7B is outside again", "[name] [name] from 7B is outside again"),
        ("Binh, Tran AN - 14 days missing", "[name], [name] [name] - 14 days missing"),
        # As words they stay.
        ("oh my! the bus is late", "oh my! the bus is late"),
        ("two of my 5th year seniors", "two of my 5th year seniors"),
        ("we need an in school suspension form", "we need an in school suspension form"),
    ],
)
def test_an_article_where_none_can_stand_is_a_name(message: str, stored: str) -> None:
    assert redact(message) == stored


@pytest.mark.parametrize(
    ("message", "stored"),
    [
        # A modal before a base verb is the modal, though Will and May are names.
        ("we will have 40 kids going", "we will have 40 kids going"),
        ("i will have to ask", "i will have to ask"),
        ("will has 3 absences", "[name] has 3 absences"),
        ("may have a fever, who do i call", "may have a fever, who do i call"),
        ("May has 3 absences", "[name] has 3 absences"),
        # Colours and places named for people, in their place.
        ("we need royal blue and gold balloons", "we need royal blue and gold balloons"),
        (
            "full scholarship to harold washington college",
            "full scholarship to harold washington college",
        ),
        ("harold washington got a detention", "[name] [name] got a detention"),
        (
            "new enroll from indiana, who handles records",
            "new enroll from indiana, who handles records",
        ),
    ],
)
def test_modals_colours_and_colleges_stay_and_people_go(message: str, stored: str) -> None:
    assert redact(message) == stored


@pytest.mark.parametrize(
    ("message", "stored"),
    [
        # A verb after a modal that is no name, or after "we'd" or "i'll", is a verb.
        ("we'd love to run a parent workshop", "we'd love to run a parent workshop"),
        ("i would love to help", "i would love to help"),
        # A greeting, though Good is a surname.
        (
            "Good afternoon team, who handles fee waivers?",
            "Good afternoon team, who handles fee waivers?",
        ),
        ("ms. good wants the list", "ms. [name] wants the list"),
    ],
)
def test_verbs_after_modals_and_greetings_stay(message: str, stored: str) -> None:
    assert redact(message) == stored


@pytest.mark.parametrize(
    ("message", "stored"),
    [
        # Two words of a Vietnamese name side by side, however plain each is.
        ("an le and an do are cousins", "[name] [name] and [name] [name] are cousins"),
        ("my van do in 2nd grade missed 6 days", "[name] [name] [name] in 2nd grade missed 6 days"),
        ("AN LE out again 8 days now", "[name] [name] out again 8 days now"),
        # ...not where English puts them together.
        ("can you do an assessment", "can you do an assessment"),
        ("my van broke down", "my van broke down"),
        ("ha ha ok thanks", "ha ha ok thanks"),
        ("we partner with an NGO for tutoring", "we partner with an NGO for tutoring"),
        # "an" or "my" where no article can stand.
        ("ask my about it, she knows", "ask [name] about it, she knows"),
    ],
)
def test_short_vietnamese_names_go_and_the_same_words_stay(message: str, stored: str) -> None:
    assert redact(message) == stored


@pytest.mark.parametrize(
    ("message", "stored"),
    [
        # Hmong Her and Vietnamese Do after a given name, where English could not go on.
        ("mai her is going on home instruction", "[name] [name] is going on home instruction"),
        (
            "kia her and dao vang both need 504 plans",
            "[name] [name] and [name] [name] both need 504 plans",
        ),
        (
            "tuan do is here, his son missed the bus",
            "[name] [name] is here, his son missed the bus",
        ),
        ("mom is lan do 773-555-0142", "mom is [name] [name] [phone]"),
        ("kia her and mai her are cousins", "[name] [name] and [name] [name] are cousins"),
        (
            "lunch aide mai her (emp 4412345) wants a transfer",
            "lunch aide [name] [name] (emp [id]) wants a transfer",
        ),
        # ...and the pronoun or the verb where English goes on with it.
        ("ask mai her name", "ask [name] her name"),
        ("tell mai her bus is late", "tell [name] her bus is late"),
        ("what did tuan do and why", "what did [name] do and why"),
        ("what did tuan do?", "what did [name] do?"),
    ],
)
def test_short_surnames_that_are_pronouns_or_verbs(message: str, stored: str) -> None:
    assert redact(message) == stored


@pytest.mark.parametrize(
    ("message", "stored"),
    [
        # A possessive typed without its apostrophe, before a relative.
        ("hopes mom is on the way", "[name] mom is on the way"),
        ("she hopes mom comes today", "she hopes mom comes today"),
        (
            "chases little brother is at the elementary",
            "[name] little brother is at the elementary",
        ),
        ("legends stepdad is the emergency contact", "[name] stepdad is the emergency contact"),
        ("she chases little kids at recess", "she chases little kids at recess"),
        # "and" between two names does not make both the name of a thing because one of
        # them ends in a word like "Day".
        (
            "new LSC members are Sierra Day and Jon Smith",
            "new LSC members are [name] [name] and [name] [name]",
        ),
        (
            "we have Royal Ford and Royal Day in 8th",
            "we have [name] [name] and [name] [name] in 8th",
        ),
        ("who runs Safety and Security", "who runs Safety and Security"),
        (
            "our school sits between Marquette Park and Chicago Lawn",
            "our school sits between Marquette Park and Chicago Lawn",
        ),
        ("the Grant and Scholarship Office", "the Grant and Scholarship Office"),
    ],
)
def test_possessives_without_apostrophes_and_pairs_of_names(message: str, stored: str) -> None:
    assert redact(message) == stored


@pytest.mark.parametrize(
    ("message", "stored"),
    [
        # A place of two words that are also names, where a word places it.
        ("family moved to st paul last month", "family moved to st paul last month"),
        ("transferring from St. Louis, who requests records", None),
        ("bus stop moved to 44th and st. louis", None),
        ("they came from Fort Wayne in march", None),
        ("dad still lives in Port-au-Prince", None),
        # ...and the same words as a person's name.
        ("Marie St. Louis called about her son", "[name] [name]. [name] called about her son"),
        ("talk to Ms. St. Louis first", "talk to Ms. [name]. [name] first"),
    ],
)
def test_a_city_named_like_a_person_stays_where_a_word_places_it(
    message: str, stored: str | None
) -> None:
    assert redact(message) == (stored or message)
