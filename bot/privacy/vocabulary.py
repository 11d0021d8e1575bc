"""Words redaction keeps that no general word list has: school, Chicago and Spanish words.

Hand-kept and reviewed like code; nothing here comes from the router's knowledge base or
intents, so a curator adding an alias cannot open a hole. A word goes in SCHOOL_WORDS only
when it is not a first name or surname (checked against the SSA and Census lists that
scripts/build_privacy_words.py reads); place words that are also names go to
PLACE_NAME_WORDS, kept only in a place's context.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.casefold().split())


#: District offices and programs by their initials, however typed: "ask washington in osss".
OFFICE_ACRONYMS = _words(
    "cps osss osel stls occs ecce odlss oses olce osp ocss ocps lsc lscs jrotc cte"
    " dfom osec osrp odlps scs sns ccl ipc"
)

#: CPS offices and programs, school life, chat shorthand, brands, Chicago places and streets,
#: languages and nationalities staff mention. Only words that are not names.
SCHOOL_WORDS = OFFICE_ACRONYMS | _words(
    """
    voicemail voicemails epi epipen epipens kindergartner kindergartners concussed cohort cohorts
    distro homebound recert recerts tdap juneteenth inservice ib ap act sat pg pgs pp
    psat iep ieps 504 ell ells esl el sped mtss pbis sel bht sst sct fba bip rti gpa fafsa ged
    cta cpd cfd dcfs dfss isbe ferpa hipaa idea hr it ict pe rotc pta pto pac bac dlt ilt
    ssc aussl ausl cpi cpr aed poc asap faq fyi eta eod ooo hs es ms k-8 pre-k prek
    kindergartener kindergarteners kinders admin admins sped ssa ssas counselor counselors
    counseling enrollment enroll enrolled enrolling reenroll re-enrollment referral referrals
    chaperone chaperones chaperoning roadmap lockdown lockdowns wellness restorative truancy
    truant truants tardy tardies tardiness unexcused absences attendance postsecondary
    internship internships stipend stipends recertification certification certifications
    caseload caseloads demographic demographics busing bused bussing login logins signoff
    callback screenshot screenshots emoji emojis vape vapes vaping edibles cyberbullying
    outreach learners midyear mid-year reunification marksmanship clinician clinicians landline
    guardianship playoff playoffs homecoming stairwell stairwells laptops laptop chromebook
    chromebooks ids doable orgs org bot ppl pls plz thx idk lol lmao smh tbh imo btw omg
    hasnt doesnt dont isnt wasnt werent cant wont didnt shouldnt couldnt wouldnt arent aint
    thats whats whos hes shes theyre youre were ive im id ill itll theres heres lets yall
    y'all gonna wanna gotta kinda sorta dunno til thru tho bc b/c w/ w/o w/e u ur r ya yeah
    yep nope ok okay k q vm mtg mtgs appt appts dept depts govt info sec mins hrs wk wks yr
    yrs mo mos bday bdays b-day birthdate birthdates bdate bdates addy addys blk blks hq ssn abuela
    abuelo abuelita tio
    mami papi grandma grandpa grandmas grandpas mom moms mommy dad dads daddy stepmom stepdad
    stepmother stepfather bro sis sib sibs kiddo kiddos teen teens tween tweens preteen graders
    mckinney-vento
    fy ytd eoy fdn
    dob dobs sid stu emp cc pm am nw ne sw se m-f temp temps sub subs b c d e f g h j k l m n o p q
    r s t u v w x y z sgt ofc det capt lt cmdr supt prof prep anymore upload uploaded uploads
    wanded wand wands hijab hijabs taqueria unknown speaks speak speaking works daycare carpool
    headcount timesheet timesheets fieldtrip rideshare cyberbully cyberbullied paystub paystubs
    wanding gradebook gradebooks homeroom homerooms schoolwide districtwide walkout walkouts
    lunchroom para paras paraprofessional paraprofessionals e-learning elearning covid vax
    immunization immunizations physicals epipen epipens inhaler inhalers iready nwea mclass
    schoology powerschool kronos seesaw classdojo naviance co ex non pre re anti multi semi
    tmrw tmr tmw rn ngl fr hmu wyd idc ikr jk nvm np omw tysm yw cuz b4 msg msgs txt pic pics
    vid vids mgmt approx pt pts ela hw lmk ss sw bsw lcsw msw lpn rn cna pcp er icu fam aka
    mid online cancelled cancelling apps app wifi halal kosher toner postings rollout fundraiser
    fundraisers screenings schoolers slideshow trainings budgetary etc vs comp messaging
    attendee attendees timeline timelines tracker trackers waitlist waitlists waitlisted
    timecard timecards convo convos evaluator evaluators fw fwd texted texting med meds lvm
    reeval reevals recheck neuro
    instructional tiered providers wellbeing well-being connectedness shooter shooters
    tradespeople chem tech ed ccc pd hvac fmla cbo cbos gocps udl ac sso ssos oscpa cpl ctpf
    osa foia pslf ctu ciwp pel uic osse lgbtq aps dei swd ese esser onsite offsite junior
    juniors senior seniors alum alumni alumnus alumna learner learners phishing eval evals
    offline wraparound refresher competencies handwashing enrollee nonattendance timekeeping
    restock restocks strategist fwd rm laminator citywide cybersecurity eyewash placements
    grownups abt diff cert certs reservist overage reimbursable makerspace insta elem tues
    thurs weds mgr min bkgrnd chk ihsa tb bcba robocall robocalls smartboard smartboards
    onboarding walkthrough walkthroughs shutoff shutoffs reactivate reactivated meds bldg caf
    ops havent iss sept nov incl reengagement scrimmage scrimmages diwali jummah esy mlk walkie
    walkies fieldhouse rec sfc sgm col gen maj pvt nah haha hahaha hm hmm yessir dup wida ncaa
    flyer flyers windchill seca ssm scc isl alt summarising summarizing juvie autism sectional
    sectionals pdf kickball bandaid bandaids ret reassigned biliteracy bio signups shoutout
    unbuckling strep combo suv acct clearinghouse krispie talkies aac dvr cyber cdph cep
    exclusions calc semis resend signage placeholder fs womens themed screener screeners dv
    homeschool attn walkthru scabies bp diastat ibuprofen addr plc elpt lbs taser tourney
    depository frosh comms raptor wolverines
    springfield detroit lincolnwood
    gr intl prev qb bball jv asst prin kg coord bros hoodie hoodies acl hpv slp hotline febrile lil
    tiktok instagram ig snapchat snap facebook fb twitter youtube whatsapp wechat telegram
    discord gmail outlook yahoo google zoom teams ventra narcan walgreens cvs jewel-osco
    mcdonald's jordans nike nikes uber lyft amazon iphone ipad ipads airpods
    chicago chicagoland illinois il pilsen englewood bronzeville chinatown uptown bridgeport
    woodlawn kenwood hegewisch avondale edgewater lakeview humboldt bucktown
    streeterville ravenswood andersonville roseland pullman
    englewood lawndale belmont cragin hermosa portage montclare
    skokie evanston berwyn oak joliet naperville schaumburg waukegan
    ashland halsted kedzie pulaski cermak wabash kostner narragansett
    pershing diversey montrose touhy sacramento
    kilbourn central california
    canal michigan state stony cottage milwaukee division
    chicago halsted vincennes cottage
    exchange kimbark dorchester throop sangamon
    peoria aberdeen hoyne talman
    albany trumbull st ave blvd rd pkwy hwy dr
    spanish polish arabic vietnamese mandarin cantonese chinese ukrainian russian
    bosnian assyrian haitian creole portuguese korean japanese tagalog filipino hindi pular
    urdu gujarati somali swahili yoruba igbo amharic tigrinya pashto dari farsi persian
    rohingya burmese nepali bengali punjabi romanian albanian serbian croatian greek italian
    lithuanian hmong kurdish turkish hebrew yiddish asl
    mexico mexican guatemala guatemalan venezuela venezuelan colombia colombian ecuador
    ecuadorian honduras honduran el salvadoran nicaragua peru peruvian haiti cuba
    cuban puerto rican ukraine syria syrian afghanistan afghan iraq iraqi yemen
    yemeni somalia ethiopia ethiopian eritrea eritrean nigeria nigerian ghana ghanaian congo
    congolese sudan sudanese mauritania burma myanmar nepal bhutan pakistan pakistani
    bangladesh vietnam philippines korea japan mississippi alabama texas
    wisconsin minnesota iowa ohio arkansas louisiana
    dominican kyiv lviv kharkiv odesa warsaw krakow accra mogadishu kabul guadalajara monterrey
    michoacan jalisco oaxaca zacatecas caracas bogota quito tegucigalpa uganda cameroon senegal
    liberia bolivia panama russia belarus moldova romania bosnia albania serbia morocco algeria
    libya palestine lebanon thailand cambodia laos indonesia
    hyderabad busan ibadan queretaro mayaguez telugu bantu kreyol
    tet chuseok vaisakhi andrzejki quinceanera quinceañera gurdwara janazah muertos abuela abuelo
    sinigang bulgogi kimchi lumpia paczki borscht pierogi pierogis tamale tamales mofongo
    pasteles jollof suya dengue interp assoc polos tix
    costco takis cheetos gatorade venmo marshalls chick-fil-a caesars boathouse lakefront
    conservatory dusable rt
    bg wknd grd drs html playlist asvab midseason melatonin cosmetology reportable
    lollapalooza pho rx osco childrens humbug wuhan seoul minneapolis curie
    """
)

#: Common Spanish words, for questions written in Spanish. Words that are also names ("Rosa",
#: "Luz", "Cruz", "Ella", "Nina", "Domingo", "Refugio") are left out; "de" and "la" still join names
#: ("María de la Cruz") because particles beside a name are taken with it.
SPANISH_WORDS = _words(
    """
    cumplió cumplio cumplirá cumplira cumplir calefacción gritó solicitudes pases
    de del la el los las un una unos unas y o e u en con por para sin sobre entre que qué
    quien quién quienes cual cuál como cómo cuando cuándo donde dónde porque es son está están
    estar ser fue era hay tiene tienen tengo tenemos necesita necesitan necesito necesitamos
    quiere quieren quiero puede pueden puedo podemos hace hacer hago debe deben no sí si ya
    muy más menos mucho mucha muchos muchas poco todo todos toda todas otro otra otros otras
    este esta estos estas ese esa eso esto aquí allí hoy mañana ayer semana mes año días día
    hora horas lunes martes miércoles jueves viernes sábado mi mis tu tus su sus
    nuestro nuestra nuestros nuestras le les lo me se nos te yo él ellos usted
    nació nacio nacido nacida nacimiento nac cumpleaños cumple fecha
    queja quejas señora señor deja dejó esquina equivocada equivocado cel celular porfa favor
    beca becas varios varias interesados interesada preguntó pregunta preguntas supe sé
    decirle decir dijo llamó llamar llama escuela maestra maestro mamá papá hijo hija hijos
    autobús camión parada transporte ayuda gracias hola pasa pasó pasar
    ustedes hijo hija hijos hijas niño niña niños niñas alumno alumna alumnos
    alumnas estudiante estudiantes mamá papá padre madre padres familia familias abuela abuelo
    tía tío hermano hermana escuela escuelas escolar escolares clase clases maestro maestra
    maestros maestras consejera consejero directora oficina distrito programa programas ayuda
    apoyo información informacion pregunta preguntas problema problemas transporte autobús
    autobus pase tarjeta asistencia ausencia ausencias falta faltas tarde temprano salud
    enfermera seguridad pelea amenaza casa hogar vivienda dirección teléfono telefono
    número numero correo nombre formulario documentos registro inscripción inscripcion
    matrícula uniforme uniformes útiles comida almuerzo desayuno trabajo trabajar trabaja pago
    cheque dinero gratis costo llamar llamo llama hablar hablo habla español inglés ingles
    idioma intérprete interprete traducción gracias hola buenos buenas tardes favor ayudar
    ayudan maneja manejan encarga encargado contacto red redes sociales deportes entrenador
    equipo voluntario voluntarios voluntaria organización organizaciones comunitaria
    comunitarias comunidad datos recursos aprendizaje socioemocional apoya alianza llegó llego
    vive viven viviendo caminan califican calificar graduarse graduación universidad colegio
    secundaria primaria preparatoria último ultimo última vez siempre nunca también tambien
    pero sino aunque después antes durante hasta desde solo sólo mismo bien mal nuevo nueva
    nuevos grande pequeño sirve politica política estrategias verificación antecedentes
    vacaciones aviso seguros murió murio acoso maltrato abuso miedo triste enfermo enferma
    estan están estamos estaban trabajadora trabajadores organiza organizar simulacro incendio
    reunión reunion fecha ni urgente dia implementación implementar junto contactar ofrece
    orientación instrucción alta calidad grados contrato contratos reducción ausentismo llegado
    llegar lleguen tres dos uno carro aclara políticas forma consistente prepararse chequeo
    depósito plataforma carga perdió ahora adultos cuidan camino esposo esposa cambiar horario
    incompleto alianzas mantiene sistema sistemas bienestar inscribo inscribir pregunto
    funciona marcar paso viene albergue estatus ir despues después nada queremos servicios
    contra manana recoger quincena objetos perdidos cubrir mejorar reporte reportes prepara
    crónicos justificadas preocupación tratando dirige sacar certificación grado ruta segura
    pido pagaron cambio médico medico impresora imprime opción opcion limpio anoche copiadora
    rota invierno firma permiso museo estrategia agencia postsecundaria postsecundarios
    consejería consejeria asesoría asesoria utiles verificacion enlace organizacion primarias
    dm dms ot ots po pos ix slps tryna deadass bestie adhd ptsd ocd asd ext ph tel
    preguntando desconectado participa afectados universitarios sostenible sostenibles
       """
)

#: Place words that are also names: kept only after "on", "at", "near", "and" (a street
#: corner) or before a street type, as in "at Garfield", "on Cicero and Madison". Aspen, the
#: district's student information system, is one too: "the wrong grade in Aspen".
PLACE_NAME_WORDS = _words(
    """
    garfield madison washington jackson jefferson lincoln kennedy roosevelt austin morgan
    green king wells adams monroe harrison taylor polk franklin lake grand north irving
    lawrence foster howard western kedvale laramie cicero hyde marquette addison
    archer armitage ashburn auburn broadway campbell chatham clark cortland damen dearborn
    devon drexel dunning elgin ellis elston ewing fairfield fullerton gresham grove harlem
    homan jeffery keeler kinzie lasalle leavitt logan loomis oakley ogden racine randolph
    rockwell sheridan spaulding torrence wacker wentworth whipple wicker wolcott yates
    aspen
    """
)

#: Places that are also common first names: kept only in a street's context ("Madison Ave",
#: "Cicero and Madison", "in Austin"), not after "on" or "at" ("check on Archer").
PLACE_FIRST_NAMES = _words(
    "madison austin jackson taylor morgan logan archer foster king devon addison sheridan"
    " irving lawrence randolph ellis harrison monroe franklin grant"
)

#: Chicago streets, for addresses written without a street type ("5210 Kedzie").
CHICAGO_STREETS = _words(
    """
    ashland halsted kedzie pulaski racine cermak wabash damen kostner laramie narragansett
    harlem ogden archer pershing fullerton diversey addison montrose devon touhy sacramento
    keeler kilbourn homan sheridan clark dearborn lasalle wacker milwaukee armitage cortland
    randolph kinzie roosevelt wentworth vincennes jeffery yates torrence ewing kimbark
    dorchester ellis drexel cicero loomis throop sangamon peoria aberdeen wolcott hoyne leavitt
    oakley rockwell talman campbell fairfield whipple albany christiana spaulding trumbull
    elston belmont lawrence foster irving madison jackson adams monroe harrison polk garfield
    marquette lawndale kenwood cornell lowe parnell wallace morgan michigan california
    kildare karlov kedvale kolin kolmar lamon lavergne leclaire laporte lawler menard
    nagle washtenaw maplewood seeley marshfield laflin larrabee sedgwick southport ravenswood
    hamlin avers ridgeway keystone monticello kilpatrick cregier chappel crandon
    saginaw ingleside woodlawn blackstone stony calumet grenshaw fillmore ainslie argyle
    winnemac balmoral catalpa granville lunt berteau sunnyside waveland altgeld
    wrightwood schubert belden
    """
)

#: Multi-word places, events and district terms that contain name words, kept whole wherever
#: they occur.
SAFE_PHRASES = (
    "little village",
    "back of the yards",
    "lake shore drive",
    "green bay",
    "six flags",
    "great america",
    "oak park",
    "white sox",
    "daley center",
    "puerto rico",
    "costa rica",
    "el salvador",
    "sierra leone",
    "blue cross",
    "blue shield",
    "martin luther king",
    "king drive",
    "king dr",
    "mckinney vento",
    # Holidays, greetings and landmarks of the district's families and city.
    "eid al-fitr",
    "eid al-adha",
    "eid al fitr",
    "eid al adha",
    "eid mubarak",
    "dia de muertos",
    "dia de los muertos",
    "día de muertos",
    "día de los muertos",
    "simbang gabi",
    "lunar new year",
    "sto lat",
    "buen provecho",
    "wesolych swiat",
    "dzien dobry",
    "na zdrowie",
    "rain or shine",
    "scarlet fever",
    "poison ivy",
    "egg hunt",
    "olive garden",
    "little caesars",
    "chase bank",
    "hot cheetos",
    "lane tech",
    "payton prep",
    "king college prep",
    "jones college prep",
    "brooks college prep",
    "brookfield zoo",
    "midway airport",
    "o'hare airport",
    # Greetings: "Good" is also a surname.
    "good morning",
    "good afternoon",
    "good evening",
    "good night",
    # Colours of a school's uniform or gowns.
    "royal blue",
    "sky blue",
    # Chicago's hospitals, churches, stores and landmarks named for a person.
    "mount sinai",
    "mt sinai",
    "lurie children",
    "lurie childrens",
    "comer children",
    "comer childrens",
    "stroger hospital",
    "rush hospital",
    "rush medical",
    "illinois masonic",
    "swedish covenant",
    "holy cross",
    "holy family",
    "st sabina",
    "saint sabina",
    "jewel osco",
    "dunkin donuts",
    "harold chicken",
    "lou malnati",
    "navy pier",
    "soldier field",
    "wrigley field",
    # Grants a school applies for: not a person named Grant.
    "grant money",
    "grant funds",
    "grant funding",
    "grant application",
    "grant applications",
    # Bills a family pays (a utility bill is proof of residency): not a man named Bill.
    "phone bill",
    "phone bills",
    "gas bill",
    "gas bills",
    "light bill",
    "light bills",
    "water bill",
    "water bills",
    "electric bill",
    "electric bills",
    "utility bill",
    "utility bills",
    "cable bill",
    "internet bill",
    "medical bill",
    "medical bills",
    "lunch bill",
    "lunch bills",
    # What something costs: not a person named Price.
    "stock price",
    "stock prices",
    "ticket price",
    "ticket prices",
    "full price",
    "half price",
    "sale price",
    "lunch price",
    "lunch prices",
    "price list",
    "price range",
    "price tag",
    # The teachers' pay schedule: a step for each year served, a lane for each degree.
    "step and lane",
    "steps and lanes",
)

#: Schools, roads and days named after a person: "Whitney Young" and "Dan Ryan" may be
#: people too, so these are kept like the parks below, only where a word places them ("at
#: Whitney Young", "on the Dan Ryan") or before a place noun or "day" ("Casimir Pulaski
#: Day", "Dan Ryan traffic").
NAMED_FOR_PEOPLE = (
    "whitney young",
    "walter payton",
    "marie curie",
    "roberto clemente",
    "benito juarez",
    "dan ryan",
    "casimir pulaski",
    "jose rizal",
    "taras shevchenko",
    "harold washington",
    "kennedy king",
    "bishop ford",
)

#: The district's systems that share a given name: Aspen, where student records are kept. Kept
#: only where a word places them or before what a system holds (``places.keep_systems``), so
#: "Aspen Brooks" and "aspen said" are still a student.
SYSTEM_NAMES = frozenset({"aspen"})
#: What a system holds or gives: "aspen id", "Aspen attendance access", "her aspen password".
SYSTEM_NOUNS = frozenset(
    {"id", "ids", "number", "password", "login", "account", "access", "record", "records"}
    | {"profile", "health", "attendance", "gradebook", "screen", "report", "entry", "system"}
)

#: Places named "<name> Park": "June Park" is a person, so these are kept only after a word
#: that places them ("at Washington Park", "in Lincoln Park") or before a place noun.
PARK_PHRASES = (
    "washington park",
    "lincoln park",
    "hyde park",
    "humboldt park",
    "garfield park",
    "jefferson park",
    "marquette park",
    "morgan park",
    "irving park",
    "norwood park",
    "albany park",
    "portage park",
    "gage park",
    "brighton park",
    "mckinley park",
    "oriole park",
    "avalon park",
    "edison park",
    "grant park",
    "millennium park",
    "jackson park",
    "douglass park",
    "douglas park",
    "sherman park",
    "ogden park",
    "columbus park",
    "kosciuszko park",
    "riis park",
    "calumet park",
    "tuley park",
    "rainey park",
    "ellis park",
    "foster park",
    "harrison park",
    "dunbar park",
    "mather park",
    "kelly park",
    "hale park",
    "wentworth park",
    "piotrowski park",
    "gompers park",
    "warren park",
    "shabbona park",
    "palmer park",
    "pasteur park",
    "welles park",
    "wicker park",
    "chopin park",
    "horner park",
    "hamlin park",
    "kennedy park",
    "lindblom park",
    "bessemer park",
)
