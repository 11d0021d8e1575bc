"""Hand-kept word lists: the words that signal a name, or that a name cannot be.

Titles, naming verbs, family roles, function words, verbs that follow a subject or take a
person, greetings, particles. Written for redaction alone and reviewed like code; the safe
school, Chicago and Spanish vocabulary is in bot.privacy.vocabulary.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.casefold().split())


#: Acronyms that spell a name in lower case: safe only in capitals ("ADA", not "Ada").
CAPS_ONLY = _words("ada ty sy osha ngo")

#: Words that put a name after them whatever it is: "Ms. Price", "Dr Kumar".
HONORIFICS = _words(
    "mr mrs ms miss mx dr mister madam madame prof rev sr sra srta mme mlle señor señora "
    "señorita don doña"
)

#: Titles that are only ever titles: "mr", "mrs", "mx", and "ms." with its period ("ms" alone
#: is also a middle school, "miss" a verb, "dr" a doctor's note). Whatever word follows one
#: is a name, however plain: "Mr. Do", "mrs. her called", "mr. lo in security".
PLAIN_TITLES = _words("mr mrs mx")
#: ...unless it joins or acts: "Mr. and Mrs. Ortiz", "ms. or mr.", "ms is".
NOT_AFTER_TITLES = _words("and or nor to is are was were has have had will can")
#: Determiners that are also short names (Vietnamese An, My), and what follows a name but
#: never a determiner: a verb, a preposition, "and" (not "in" or "on": "an in-school
#: suspension", "an on-site visit").
SURNAME_DETERMINERS = _words("an my")
AFTER_A_NAME_ONLY = _words(
    """
    is was are were has had said says got gets wants needs keeps and from at to with
    also just will can cant didnt doesnt wasnt isnt hasnt did does
    about that she he they who but both
    """
)
#: Words of Vietnamese names, many of them also English words ("an", "my", "do", "van"). Two
#: side by side are a name however plain each is: "an le", "my van do", "AN LE".
VIETNAMESE_NAME_WORDS = _words(
    """
    an my le do van thi vo ly ho ha vu ngo bui lam mai tran nguyen pham phan hoang huynh
    dang duong dinh truong trinh
    """
)
#: ...except where English puts them together ("do an assessment", "do my best", "my van",
#: "an NGO", "my my") or laughs ("ha ha").
VIETNAMESE_NOT_PAIRS = frozenset(
    {("do", "an"), ("do", "my"), ("my", "van"), ("an", "ngo")}
    | {(word, word) for word in ("ho", "ha", "my")}
)
#: Honorifics that are also verbs: no plain word after them is taken for a name.
VERB_TITLES = _words("miss don")
#: Function words that are also short surnames (Vietnamese Do and An, Hmong Her, Korean
#: An, Chinese He, My as a given name): a name after any honorific, even "ms do".
SURNAME_FUNCTION_WORDS = _words("do an her my he")
#: Two of them that also stand after a given name as the surname it leads to: "mai her",
#: "tuan do". Then what follows is what follows a name and never the pronoun or the verb
#: (``NEVER_AFTER_HER_OR_DO``): "mai her is going", "tuan do has the form".
SURNAMES_AFTER_A_NAME = _words("her do")
NEVER_AFTER_HER_OR_DO = _words(
    "is are was were has have had said says got gets wants needs keeps dob id"
)

#: Roles used as titles: the next word is a name when it could be one ("Coach Hunter",
#: "principal King"), not when it is plainly a word ("Principal wants", "coach asked").
ROLE_TITLES = _words(
    """
    coach principal dean officer ofc cadet sgt sergeant sarge det detective pastor reverend
    judge nurse counselor chief captain capt lt lieutenant commander cmdr professor supt
    superintendent father sister brother deacon imam rabbi
    """
)

#: Family and school roles before a name ("his brother Emeka", "student Grace").
KIN_WORDS = _words(
    """
    student cadet kid son daughter brother sister cousin nephew niece grandson granddaughter
    mom mother dad father aunt auntie uncle grandma grandpa grandmother grandfather abuela
    abuelo stepmom stepdad stepson stepdaughter guardian friend classmate teammate twin sibling
    husband wife fiance fiancee stepbrother stepsister stepmother stepfather godmother godfather
    boyfriend girlfriend freshman sophomore parent sub baby girl boy child lady para coworker
    colleague
    hijo hija hermano hermana niño niña mamá papá tía tío estudiante alumno alumna
    """
)

#: What a person has and a thing does not, after a possessive: "boo's mom", "smoke's dad",
#: "tank's real name", "saint's dob". A word before them is a name even if it is a word.
POSSESSED = KIN_WORDS | _words(
    """
    moms dads parents guardian guardians grandparents siblings brothers sisters cousins
    family real name nickname iep 504 dob birthday
    """
)

#: Words whose possessive is never a person's: "today's parent meeting", "everyone's mom".
NOT_POSSESSORS = _words(
    """
    today tomorrow yesterday tonight everyone everybody someone somebody anyone anybody nobody
    one other another each week weekend month year school district city state
    """
)

#: People named by their job, not a name: "custodian got hurt", "security is back from".
ROLE_NOUNS = _words(
    """
    teacher teachers staff security custodian custodians clerk clerks aide aides engineer
    driver drivers guard guards everyone everybody someone somebody anyone anybody nobody
    """
)

#: Jobs a person is introduced by: "our clerk, bishop, said", "rose the lunch lady saw".
_STAFF = """
    para paras paraprofessional aide assistant ap secretary librarian liaison coordinator sub
    substitute teacher clerk lady man guy woman worker manager director specialist tech
    technician custodian engineer counselor social case monitor cook mgr coord asst
"""
STAFF_NOUNS = ROLE_NOUNS | ROLE_TITLES | _words(_STAFF)

#: What a family is called besides its name: "the foster family", not "the woods family".
FAMILY_MODIFIERS = _words(
    "foster young host whole new same other military migrant little big small older younger"
    " oldest youngest"
)
#: Who a family's name goes before: "the woods family", "the Jefferson twins", "the king kids".
FAMILY_NOUNS = _words("family families twins household kid kids")

#: Words that introduce someone: "it's grant again", "that's hope from the front office".
INTRODUCING = _words("it's its that's thats")

#: What is said only of a person, after a bare word that starts a clause: "Tank got into it",
#: "Peanut is back from the hospital", "lincoln fell off".
_LINKS = ("is", "was", "got", "gets", "has been", "had been", "just got", "keeps getting")
_STATES = (
    "hit in the",
    "absent",
    "transferring",
    "withdrawing",
    "out for surgery",
    "suspended",
    "expelled",
    "back from the hospital",
    "back from suspension",
    "back in school",
    "in a fight",
    "into it",
    "into a fight",
    "sent to the office",
    "sent home",
    "picked up by",
    "jumped",
    "arrested",
    "caught with",
    "caught vaping",
    "caught stealing",
    "caught fighting",
    "hurt",
    "pushed",
    "bullied",
    "injured",
    "sick",
    "tardy",
    "failing",
    "pregnant",
    "homeless",
    "allergic",
    "crying",
    "locked out",
)
#: What a person is: "Red is a new 8th grader", "Prince is a transfer student".
PERSON_NOUNS = KIN_WORDS | _words("grader graders enrollee transfer")
#: Labels of a form's fields that hold a person: "Student: Gift", "Emergency contact: Hope".
PERSON_FIELDS = _words(
    "name names student students parent parents guardian guardians contact mom dad mother"
    " father child employee from cc"
)
#: Who two or more children are to each other: "(the Okafor sisters)".
SIBLINGS = _words("sisters brothers cousins siblings triplets")
PERSON_ACTS = _words("fell cried yelled punched kicked stole skipped fought threw cussed bit lied")
#: Irregular past tenses of what a person does: "penny found a vape", "sky ate nothing".
PAST_ACTS = PERSON_ACTS | _words(
    "found ate sat slept woke caught fought spoke drank wore hid forgot swore bought sold"
    " told heard felt kept left met paid put read said saw sent took wrote"
)

#: The one-word states of a person: "faith absent today", "hope sick".
PERSON_STATES = frozenset(state for state in _STATES if " " not in state) | _words(
    "out here present late home gone ok okay today tomorrow yesterday tonight now again too"
    " also still only asap pls please thx"
)


#: Said of a name word starting a clause, only a person (a department can be "out" of
#: something, but a name word that "is out today" is someone): "young is out", "wood is the
#: new clerk", "sky forgot her inhaler".
NAME_WORD_PREDICATES = (
    ("is", "out"),
    ("is", "in", "the"),
    ("is", "the", "new"),
    ("is", "waiting"),
    ("forgot",),
    ("hasnt", "been"),
    ("hasn't", "been"),
    ("both", "out"),
    ("is", "missing"),
)
#: Words after which a clause goes on as if it started there: "fyi will is out thurs".
CLAUSE_OPENERS = _words("fyi btw so ok okay and but also")
#: "Because" as staff write it: "bc hunter is out", "bc of royal".
BECAUSE = _words("because bc cuz")
#: ...and words after which a subject starts in mid-sentence: "report that jewel fell",
#: "said star needs a plan", "bc hunter is out".
SUBJECT_OPENERS = CLAUSE_OPENERS | BECAUSE | _words("that said says")
#: Words that ask for an act: "please mark her absent", "ball pls check".
ASKING = _words("please pls plz")
PERSON_PREDICATES = tuple(
    tuple(link.split() + state.split()) for link in _LINKS for state in _STATES
) + tuple((act,) for act in sorted(PERSON_ACTS))

#: Words that name what follows, whatever it is: "named X", "goes by Smoke", "aka X".
NAMING_CUES = (
    ("named",),
    ("nicknamed",),
    ("aka",),
    ("name", "is"),
    ("name", "was"),
    ("first", "name"),
    ("last", "name"),
    ("name's",),
    ("names", "are"),
    ("goes", "by"),
    ("go", "by"),
    ("going", "by"),
    ("went", "by"),
    ("known", "as"),
    ("se", "llama"),
    ("llamado",),
    ("llamada",),
    ("nombre", "es"),
)

#: Words that say an aside names the word before it: "peanut (everyone calls Aniyah that)".
NAMING_WORDS = _words("call calls called named aka name nickname")

#: Words that name what follows when it is written like a name: "they call him Tank", "a
#: girl they call Peaches", but not "call her back" or "they call Transportation".
CALLING_CUES = tuple(
    (verb, pronoun)
    for verb in ("call", "calls", "called", "calling")
    for pronoun in ("him", "her", "them", "me")
) + tuple(
    (people, verb)  # "a girl they call Peaches"
    for people in ("they", "we", "everyone", "everybody", "kids")
    for verb in ("call", "calls")
)

#: Closed-class words: never read as names from context alone ("An", "My" and "Will" are
#: names too, but only a title or a neighbouring name makes them one).
FUNCTION_WORDS = _words(
    """
    a an the and or but nor so yet if then than that this these those there here where when
    why how what which who whom whose whoever whatever i me my mine myself we us our ours you
    your yours he him his she her hers it its they them their theirs one some any no not none
    all both each every either neither few many much more most less least own same such other
    another to of in on at by for with without from into onto about above below under over
    after before since until till through during between among against around near off out up
    down per via upon within is am are was were be been being have has had do does did would
    shall should can could might must as also just only very too again still even ever never
    always often now yes hi hey hello please thanks thank almost already nearly barely hardly
    maybe perhaps anyway ago though although whether while
    """
)

#: Modal verbs that are also names: a neighbouring name alone does not make them one
#: ("Jayden will call"), a title or a capital mid-sentence does ("tell Will").
MODALS = _words("will may can must might shall")
#: Modals that are never names: the word after one is a verb ("would love to").
NAMELESS_MODALS = _words("would could should must might shall wouldnt couldnt shouldnt")

#: Finite verbs and adverbs that follow a subject: "hunter got jumped", "mark said".
SUBJECT_VERBS = _words(
    """
    is was are were has have had hasnt hasn't isnt isn't wasnt wasn't does did doesnt doesn't
    didnt didn't
    said says told tells got gets keeps kept wants wanted needs needed came comes went goes
    left leaves called calls asked asks missed misses brought brings took takes saw sees posted
    posts sent sends hit hits fell falls threatened threatens skipped skips ran runs lives
    lived stays stayed moved moves started starts stole punched pushed hurt cried yelled
    disclosed reported reports refuses refused showed shows made makes wrote writes threw broke
    seems seemed looks looked feels felt knows knew thinks thought likes liked plays played
    walked walks rides rode transferred enrolled arrived joined failed passed won lost been
    handles handled covers covered manages managed approves approved coordinates oversees
    will won't wont can't cant can could would should might must just also still never always
    really got's 's and
    """
)

#: Departments a person works in: "price from procurement", "king at transportation". With an
#: acronym ("banks in FACE", "washington in osss") they say the word before is a colleague.
DEPARTMENT_WORDS = _words(
    """
    procurement transportation legal accountability payroll facilities security safety network
    nutrition finance operations enrollment admissions counseling hr benefits budget
    compliance audit communications technology engineering maintenance custodial central
    downtown district region
    """
)

#: Words after which the next word is a verb or a complement, not a subject: "who do I call",
#: "they are new".
NOT_BEFORE_SUBJECTS = _words("i we you they he she it to is are was were be been being am")

#: Verbs whose "to" leads to a person: "talk to young at STLS", "send it to price".
TALKING_VERBS = _words(
    "talk talked talking speak spoke speaking reach reached send sent sending give gave giving"
    " forward forwarded forwarding refer referred referring go went listen listened reply"
    " replied replying hand handed handing pass passed passing"
)

#: Words that follow a name besides a verb: its id ("jayla knight id 5019..."), where the
#: person is from ("sgt. wood from security"), or "all" ("coach bishop all want").
NAME_FOLLOWERS = _words("id ids emp stu sid from all both born dob dobs not here")

#: Small words that follow a full name, though not any name word: "marcus brown at post 2",
#: "deshawn bell their dad passed".
AFTER_SURNAMES = _words("at from in with on of their his her")

#: A single letter that is a word in the district's home languages, and seldom an initial
#: written without its full stop: Spanish "o" (or), Polish "o" ("spotkanie 3 marca o
#: 17:00"). The learned pass never weighs it; a rule may still read it as an initial. Not
#: "y", "w" or "z": staff write "marcus w" and "jaylen y" for initials.
LETTER_WORDS_ABROAD = _words("o")

#: Single letters that stand for words ("u" for you, "r" for are, "q" for question, "x"
#: for times): not initials unless a full stop follows.
LETTER_WORDS = _words("u r n y k c q x")

#: Verbs of people who speak or want: "Dawn in the lunchroom says".
SAYING_VERBS = _words("says said wants wanted asks asked tells told needs called calls thinks")
#: Verbs that agree with one subject: "banks is" is a person, "banks are" are banks.
ONE_PERSON_VERBS = _words("is was has hasnt hasn't isnt isn't wasnt wasn't does doesnt doesn't")
#: What only a person does with words: "major asked me", wherever the name stands (the
#: SAYING_VERBS count only at a clause's start: "summer wants" may be a season's wants).
SPEAKING = _words("said says asked asks told tells texted emailed replied")

#: Verbs and prepositions that take a person: "tell hunter to come", "a pass for grace, she".
PERSON_VERBS = _words(
    """
    tell tells told ask asks asked saw see seen call calls called text texted email emailed
    remind reminded meet met let send sent suspend suspended found find bring brought take
    took hit punched pushed bullied threatened jumped grab grabbed thank cc for with from
    about against up on at per ping pinged
    """
)

#: Verbs whose object is a person even when the word is a surname: "tell page her badge is
#: ready", "ask price to sign".
ADDRESS_VERBS = _words(
    "tell tells told ask asks asked remind reminded text texted email emailed ping pinged per"
)

#: Verbs in their plain form, as after "can", "saw" or "let": "can rose go", "saw mason leave".
BASE_VERBS = _words(
    """
    get go have be come take ride use stay bring eat play do see need leave attend join
    transfer talk meet sign start stop walk run fight skip miss pick call text email wait
    """
)

#: What follows a person named as an object: "tell will i said hi", "ask summer about it".
OBJECT_FOLLOWERS = BASE_VERBS | _words(
    """
    to in about that if i you he she we they his her him and at on from with is was has had
    said says know knows still ok okay allowed supposed eligible going getting coming here
    there absent present out but because so when or rn pls plz asap today tmrw tomorrow now
    anywhere during home a whose missing abt
    """
)

#: Verbs and prepositions whose object is a person, in full or as texted, after which any
#: name word is a name when what follows a person follows: "talk to stone abt the camera",
#: "sit w/ will during lunch", "no bus for woods today", "kids like rose whose dad".
TAKES_A_PERSON = _words(
    """
    ask asked tell told text texted email emailed w abt like add sub cover covering find
    drive drop dropped dropping see saw give giving ping pinged remind mark marked marking
    """
)

#: What a plan is "for" when it is not a person: a season, a holiday, the weather, a grade.
OCCASIONS = _words(
    """
    summer summers spring fall autumn winter christmas xmas easter thanksgiving halloween
    passover ramadan eid hanukkah kwanzaa snow rain storm storms ice heat cold weather kinder
    kindergarten prek real now later today tomorrow season seasons semester
    """
)

#: Relatives a name goes before when the 's is left out: "grace mom called".
RELATIVES = _words(
    "mom mother dad father grandma grandpa grandmother grandfather aunt uncle auntie parents"
    " guardian sister brother cousin stepdad stepmom stepmother stepfather stepbrother"
    " stepsister twin"
)
#: Labels of a person's record: "sky dob [dob]", "justice id [id]".
RECORD_LABELS = _words("id dob dobs bday birthday emp stu sid cps student")

#: "and" as texted: "grace n hope r fighting".
AND_WORDS = _words("and n & or")
#: What follows two people as one subject: "bill and cash both asked", "grace n hope r".
PAIR_FOLLOWERS = _words("both all r are were is was have has want need")

#: Auxiliaries that put the subject after them in a question: "is grace on the list",
#: "can rose get a pass".
AUXILIARIES = _words(
    """
    is was does did has can could will would should isnt isn't wasnt wasn't doesnt doesn't
    didnt didn't hasnt hasn't cant can't wont won't
    """
)

#: Words that follow a verb, not a name standing alone: "mark him", "Mark your calendars".
#: Not "her", which also follows a name ("faith her mom called").
OBJECT_WORDS = _words("him them it me us your my our their his")

#: Verbs before "to" and another verb: "we need to page", not "talk to faith".
CATENATIVES = _words(
    "need needs needed want wants wanted have has had able try trying tried supposed"
    " used forgot remember plan planning"
)

#: Subjects before a verb: "he drew", "can you mark", "could we page".
SUBJECT_PRONOUNS = _words("i you u we they he she")


#: Languages that are also surnames, kept beside a word about language: "speak English".
LANGUAGE_NAMES = _words("english french german dutch irish welsh scottish")
LANGUAGE_CUES = _words(
    """
    speak speaks speaking spoke speaker speakers interpreter interpreters interpreting
    interpretation translation translator translators translate learner learners class
    classes teacher only fluent club
    """
)

#: Words that address someone: "Hi Grace", "thanks - Hope", "thx, will".
GREETINGS = _words("hi hey hello dear thanks thank thx ty morning yo regards best cheers ok okay")

#: Words in SUBJECT_VERBS that may follow a modal too, so do not make "Will" a name.
NOT_FINITE = _words(
    "and won't wont can't cant could would should just also still never always really"
)

#: Nouns that make a capitalised run before them an institution: "Kelly High School",
#: "Harold Washington College", "Roosevelt Red Line".
INSTITUTION_WORDS = _words(
    """
    college university library academy prep elementary hs high middle magnet hospital church
    mission institute charter campus center centre stadium fieldhouse station line council
    """
)

#: Nouns that end a title-case phrase of ordinary words: "Parent Advisory Council".
PHRASE_HEADS = INSTITUTION_WORDS | _words(
    "council committee board office department network program services team field month day"
)

#: Prefixes of nicknames ("Big Steve", "Lil Kev") and name suffixes ("Luis Hernandez Jr").
NICKNAME_PREFIXES = _words("big lil little baby")
NAME_SUFFIXES = _words("jr sr ii iii iv")

#: Name particles: "De La Cruz", "Van der Berg", "St. Clair", "Mohamed Ould Abdallah".
PARTICLES = _words("de la del della van von der den da di du le st bin ibn al el abu ould ben dela")

#: Months that are never given as names ("the December meeting"); April, May, June, July
#: and August are, and March is a surname and a verb: those are decided from context.
UNNAMED_MONTHS = _words("january february september october november december")
WEEKDAYS = _words(
    """
    monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays
    thursdays fridays saturdays sundays mon tue tues wed weds thur thurs fri sat
    """
)

#: The articles: "a kid born in", "the cadet majors" name no one.
ARTICLES = _words("a an the")
#: Words that make what follows a plain noun: "the mason came", "our major concern". Not
#: "so", which texting opens a clause with: "ok so hope's mom came in", "hey so young and
#: price are both saying".
DETERMINERS = _words(
    "the a an this that these those my our your his her their its no some any every each how"
    " too very as more most less bus many few several"
)

#: Words that say two names together: "Grace and Faith", "Boo & Pooh".
COORDINATORS = _words("and & or")

#: Abbreviations written with full stops that are not a person's initials: "D.O.B.", "a.k.a.",
#: "U.S.", "3 P.M.", and school words ("P.E. teacher", "I.D. badge", "A.P. exam", "H.R.").
#: Not two letters that are as often initials ("C.C.", "J.K.", "E.D.").
DOTTED_ABBREVIATIONS = _words(
    """
    dob fn fdn aka rsvp usa us eg ie am pm ps etc asap fyi faq eta ok
    pe id ap pt ot hr pd ta it iep ieps lsc cps cpd cta dcfs ged esl ell sat act pta pto rn
    """
)

#: Small words inside a title-case name: "Office of Student Support", "Back to School".
CONNECTORS = _words("of to the and for with &")

#: Words people repeat that are not names: "very very", unlike "man man".
REPEATABLE = _words("very so bye no yes ha knock really super")

#: CTA line colours: "the Roosevelt Red Line".
LINE_COLOURS = _words("red blue green brown orange pink purple yellow")
#: Colours, which stand with colours: "black and white", "red and brown".
COLOURS = LINE_COLOURS | _words("black white gray grey gold silver")

#: Words that close, cancel or put off a school day or an event: "closed tmrw for snow".
CLOSING_WORDS = _words(
    "closed close closes closing cancel cancels cancelled canceled cancelling delayed delay"
    " postponed"
)

#: Words that place a month: "in May", "late April", "by March".
MONTH_CUES = _words(
    """
    in by since until till til through thru before after during of late early mid next last
    this every each from starting end beginning around
    """
)
MONTHS = _words(
    "january february march april may june july august september october november december"
    " jan feb mar apr jun jul aug sep sept oct nov dec"
)

#: Words before a place: "at Garfield", "on Cicero".
LOCATIVES = _words("on at near off and & of to from in around by")

#: Verbs whose object is a person and never a street: "call e. jackson", "ask w. king".
ADDRESSING_VERBS = PERSON_VERBS - LOCATIVES - {"for", "with", "about", "up", "against"}
