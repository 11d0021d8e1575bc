"""Places staff name in a question: where a family moved from or to, a suburb, a country.

Countries and their peoples, US states, Chicago's neighbourhoods and suburbs, and cities that
district families come from. They are spelled right, so the router never reads one as a typo
of a word the pages use: "family went to mexico for a funeral" is not about a "medico".
Many are also names ("jordan", "georgia"), so this list does not say a word is safe to
store: redaction keeps one only where a family moves to or from it ("moving to Indiana",
``bot.privacy.places.keep_destinations``); its own always-kept places are checked against
the name lists (``bot/privacy/vocabulary.py``). A word already in SCOWL's common
words (``knowledge.english_words``) is left out, and so is a word of two letters: the router
never respells one.
"""

_PLACES = """
ababa abidjan abuja acapulco accra addis addison aden afghan afghanistan africa aguascalientes
aires alabama alaska albania albanian albany aleppo alexandria algeria algerian algiers alsip
altgeld amhara amman amsterdam andersonville andorra angola angolan antigua archer arecibo
argentina argentine argentinian arizona arkansas armenia armenian ashburn asmara assyrian asuncion
athens atlanta aurora austin australia australian austria austrian avalon avondale azerbaijan
baghdad bahamas bahrain baltimore bamako bangalore bangkok bangladesh bangladeshi barbados
barcelona barranquilla basra bayamon beijing beirut belarus belarusian belgian belgium belgrade
belize belizean bellwood belmont benin beninese berlin berwyn beverly bhutan bhutanese bloomington
blue bogota bolingbrook bolivia bolivian bosnia bosniak bosnian boston botswana brazil brazilian
bridgeport bridgeview brighton bronzeville brookfield brunei brussels bucharest bucktown budapest
buenos bulgaria bulgarian burbank burkina burma burmese burnham burnside burundi burundian busan
cabrini caguas cairo cali california calumet cambodia cambodian cameroon cameroonian canada
canadian cancun cape caracas carbondale carolina cartagena casablanca cebu celaya center chad
chadian chaldean champaign chatham chennai chiapas chicago chihuahua chile chilean chin china
chinatown chinese chittagong cicero cincinnati cleveland coahuila colima colombia colombian
colorado columbus comoros conakry congo congolese connecticut costa cotonou cragin crestwood
croatia croatian cuba cuban cuenca cuernavaca cypriot cyprus czech czechia dakar dakota dallas
damascus danish darien davao decatur delaware delhi denmark denver detroit dhaka djibouti dnipro
doha dolton domingo dominica dominican douala douglas dubai dublin dunning durango dutch east
ecuador ecuadorian edgewater edison egypt egyptian elgin elmhurst englewood erbil eritrea eritrean
estonia estonian eswatini ethiopia ethiopian evanston faso fields fiji filipina filipino finland
finnish florida flossmoor forest france freetown french gabon gage galewood gambia gambian garfield
gary gaza gdansk georgia georgian german germany ghana ghanaian glenview gold greece greek
greenwood grenada grove guadalajara guanajuato guangzhou guatemala guatemalan guayaquil guerrero
guinean guyana guyanese haiti haitian haitien hammond hampshire hanoi harare hargeisa harvey havana
hawaii hazel hegewisch herat hermosa herzegovina hidalgo hills hinsdale hmong holland homewood homs
honduran honduras hong houston humboldt hungarian hungary hyderabad ibadan iceland idaho illinois
india indian indiana indianapolis indonesia indonesian iowa iran iranian irapuato iraq iraqi
ireland irish irving islamabad israel israeli italian italy ivorian jalisco jamaica jamaican
janeiro japan japanese jeddah jefferson jersey jerusalem johannesburg joliet jordan jordanian juan
juarez justice kabul kampala kandahar kankakee kano kansas karachi karen kathmandu kazakh
kazakhstan kentucky kenwood kenya kenyan kharkiv khartoum kigali kingston kinshasa kiribati kolkata
kong korean kosovar kosovo krakow kumasi kurdish kuwait kuwaiti kyiv kyrgyzstan lagos lahore
lakeview lanka lansing lao laos laotian latvia latvian lawndale lebanese lebanon leon leone lesotho
liberia liberian libya libyan liechtenstein lima lincoln lincolnwood lisbon lisle lithuania
lithuanian little lodz logan lombard lome london louis louisiana louisville luanda lublin
lubumbashi lusaka luxembourg lviv lynwood lyons macedonia macedonian madagascar madrid maine
malagasy malawi malawian malaysia malaysian maldives mali malian malta managua mandalay manila
maputo markham marquette maryland massachusetts matteson mauritania mauritanian mauritius mayaguez
maywood mckinley medellin melrose memphis merrionette mexican mexico miami michigan michoacan
micronesia midlothian milan milwaukee minneapolis minnesota minsk mississippi missouri mogadishu
moldova moldovan mombasa monaco mongolia mongolian monrovia montana montclare montenegrin
montenegro monterrey montevideo montreal morelia morgan moroccan morocco moscow mosul mount
mozambican mozambique mumbai munich myanmar nairobi namibia naperville naples nashville nauru
nayarit ndjamena nebraska nepal nepalese nepali netherlands nevada niamey nicaragua nicaraguan
niger nigeria nigerian nigerien niles north norway norwegian norwood nuevo oakbrook oakland oaxaca
odesa ohio oklahoma olympia oman omani oregon orland orlando oromo osaka oslo ottawa pakistan
pakistani palau palestine palestinian palos panama panamanian papua paraguay paraguayan paris park
paulo penh pennsylvania peoria peru peruvian peshawar philadelphia philippines phnom phoenix pilsen
pittsburgh plainfield poland ponce portage portugal portuguese posen poznan prague prince pristina
puebla puerto pullman pyongyang qatar qatari queretaro quezon quito rabat ravenswood rhode rica
rican ridge riga rio river riverdale riyadh robbins rockford rogers rohingya roma romania romanian
rome romeoville roseland rosemont russia russian rwanda rwandan rzeszow saigon salvador salvadoran
samoa sanaa santiago santo sao sarajevo saudi sauganash schaumburg seattle senegal senegalese seoul
serbia serbian seychelles shanghai shenzhen shore sierra sinaloa singapore skokie slovak slovakia
slovenia slovenian sofia somali somalia sonora south spain spanish springfield sri stickney
stockholm streeterville sudan sudanese summit suriname sweden swedish swiss switzerland syria
syrian tabasco taipei taiwan taiwanese tajik tajikistan tamaulipas tampa tanzania tanzanian
tegucigalpa tehran tennessee texas thai thailand thimphu thornton tigrayan tijuana tinley tirana
tlaxcala tobago togo togolese tokyo toluca tonga toronto trinidad tripoli tunis tunisia tunisian
turkish turkmenistan tuvalu tuzla uae uganda ugandan ukraine ukrainian urbana uruguay uruguayan usa
utah uzbek uzbekistan vancouver vanuatu venezuela venezuelan veracruz verde vermont vienna
vientiane vietnam vietnamese villa vilnius virginia warsaw washington waukegan west westmont
wheaton wicker wilmette wisconsin woodlawn woodridge worth wrigleyville wroclaw wyoming yangon
yaounde yemen yemeni york yucatan zacatecas zagreb zambia zambian zealand zimbabwe zimbabwean
"""

PLACE_WORDS = frozenset(_PLACES.split())

#: Places of two or more words whose words are also names ("St. Louis", "Fort Wayne", "San
#: Jose", "Des Plaines"): redaction keeps one where a word places it ("moved to St. Paul",
#: "from San Antonio", "44th and St. Louis"), not elsewhere ("Marie St. Louis called"),
#: ``bot.privacy.places``. Written in the words a message's tokens read as: "st" for "St.".
PLACE_PHRASES = tuple(
    line.strip()
    for line in """
    st paul
    saint paul
    st louis
    saint louis
    east st louis
    st charles
    st cloud
    st petersburg
    st lucia
    saint lucia
    st kitts
    st vincent
    st thomas
    st croix
    san antonio
    san diego
    san jose
    san francisco
    san juan
    san salvador
    san pedro sula
    san luis potosi
    san miguel
    san marcos
    san cristobal
    santa ana
    santa fe
    santa rosa
    santa cruz
    santo domingo
    los angeles
    las vegas
    las cruces
    el paso
    la paz
    la habana
    la crosse
    la grange
    fort wayne
    fort worth
    fort lauderdale
    fort myers
    grand rapids
    des moines
    des plaines
    baton rouge
    new orleans
    little rock
    salt lake city
    kansas city
    oklahoma city
    jefferson city
    sioux city
    sioux falls
    cedar rapids
    fond du lac
    eau claire
    terre haute
    south bend
    rock island
    benton harbor
    battle creek
    ann arbor
    michigan city
    lake forest
    lake zurich
    park ridge
    oak lawn
    orland park
    evergreen park
    blue island
    forest park
    river forest
    palos hills
    palos heights
    country club hills
    hoffman estates
    elk grove
    arlington heights
    mount prospect
    mt prospect
    downers grove
    western springs
    burr ridge
    highland park
    morton grove
    harwood heights
    franklin park
    elmwood park
    melrose park
    calumet park
    olympia fields
    glen ellyn
    carol stream
    mexico city
    guatemala city
    ciudad juarez
    nuevo laredo
    puerto vallarta
    cap haitien
    port au prince
    port-au-prince
    ho chi minh city
    kuala lumpur
    addis ababa
    dar es salaam
    abu dhabi
    new delhi
    hong kong
    rio de janeiro
    sao paulo
    buenos aires
    tel aviv
    cape verde
    burkina faso
    ivory coast
    """.strip().splitlines()
)
