"""Common words of the district's other home languages: families and staff write to schools in
Polish, Haitian Creole, Arabic, Tagalog and Urdu, and a word the lists do not hold is removed
as if it were a name ("dziekuje", "lekol", "inshallah", "salamat", "bimar").

Written for this project by helpers from general knowledge, without the labelled sets: the
most common words of everyday messages between families and schools, with and without their
accents, leaving out every word the helpers knew as a given name, a nickname or a surname in
any language ("maja", "nowak", "amal", "ligaya"). Then filtered: only words of three letters
or more that the English, Spanish and school lists do not already hold; none that a tuning
set labels as part of a name; none that the 1990 US Census lists as a first name, or as a
surname ranked 30,000 or better ("musial", "wnuk", "bouton"); and no month ("marca",
"septanm", "hunyo"): `dates.py` knows these months, but a date of birth in a shape it misses
should still lose its month rather than survive whole. A word that is also a name in the name
lists stays ambiguous whatever this list says (`lexicon._lists`).
"""

from __future__ import annotations

#: Polish: 3793 words.
POLISH_WORDS = """
    aby adres adresu albo alergie alergii alergię angielski angielskiego angielskim angielsku
    antybiotyk aplikacja aplikacje aplikacji aplikację aptece apteka apteki astma astmy asystent
    asystentka autem autobusem autobusie autobusu autobusy babci babcia babcie babcią babcię
    badan badania badanie badań badz bardzo basen basenie bawi bawia bawic bawil bawila bawią
    bawić bawił bawiła bała bede bedzie bedziemy bedziesz bez bezpieczenstwo bezpieczeństwo
    bezpieczna bezpieczne bezpiecznie bezpieczny bezplatna bezplatne bezplatny bezpłatna
    bezpłatne bezpłatny bibliotece biblioteka biblioteki biega biegunka biegunke biegunkę bierze
    bierzemy biezacego biezacy bieżącego bieżący bije bil bilet bilety biologia biologii biora
    biore biorą biorę biura biurko biuro biurze bił blad blisko boi boisko boisku boja boje boją
    boję bol bola bolal bolala bolalo bolaly bolał bolała bolało bolały bolec boleć boli bolu
    bolą boże brac braci bracia bral brala bramy brata bratem bratu brać brał brała brudne
    brudny brzuch brzucha brzuchu budynek budynku burza burze burzy butow buty butów byc byl
    byla bylaby bylabym bylam bylby bylbym bylem byli bylismy byliśmy bylo byloby byly być był
    była byłaby byłabym byłam byłby byłbym byłem było byłoby były ból bóle bólu bądź będzie
    będziemy będziesz będą będę błąd cala calego calej caly calym cała całe całego całej cały
    całym całą chca chce chcemy chcesz chcial chciala chcialaby chcialabym chcialam chcialby
    chcialbym chcialem chcialy chciał chciała chciałaby chciałabym chciałam chciałby chciałbym
    chciałem chciały chciec chcieli chcielismy chcieliśmy chcieć chcą chcę chemia chemii chleb
    chlopak chlopca chlopcow chlopcy chlopiec choc chociaz chociaż chodz chodza chodze chodzi
    chodzic chodzil chodzila chodzili chodzimy chodzić chodził chodziła chodzą chodzę chodź
    chora chorego chorej choroba chorobe chorobie choroby chorobę chorowal chorowala chorował
    chorowała choruje chory chorzy choć chwila chwile chwili chwilę chyba chłopak chłopca
    chłopcy chłopców chłopiec ciastka ciasto cicho ciekawa ciekawe ciekawy ciepla cieple cieplo
    cieply ciepła ciepłe ciepło ciepły ciesze cieszy cieszymy cieszę cioci ciocia ciocie ciocią
    ciocię codziennie corce coreczka corka corke corki cos coś cukierki cwiczenia cwiczenie
    cwiczy czapka czapke czapkę czas czasami czasem czasu czego czegos czegoś czek czeka czekac
    czekaj czekal czekala czekam czekamy czekać czekał czekała czeku czemu czesc czesto cześć
    czterdziesci czterdzieści czterech czternascie czternastego czternaście cztery czuc czuja
    czuje czują czuję czul czula czuć czuł czuła czwarta czwartego czwartej czwartek czwartki
    czwartku czwarty czy czyj czyja czyje czyli czym czyms czymś czyste czysty czyta czytac
    czytal czytala czytam czytać czytał czytała często córce córeczka córka córki córką córkę
    dac daj dajcie daje dalej daleko darmowe darmowy daty datę dawno dać dał dała decyzja
    decyzje decyzji decyzję denerwuje dentysta dentysty deszcz deszczu dieta dla dlaczego
    dlatego dluga dlugi dlugie dlugo dlugopis dni dnia dniach dniu dobra dobranoc dobre dobrego
    dobrej dobrowolne dobry dobrym dobrze dojade dojadę dojazd dojechac dojechać dojedzie dokad
    dokladna dokladnie dokladny doktor doktora dokucza dokuczaja dokuczają dokuczal dokuczala
    dokuczał dokuczała dokument dokumentow dokumenty dokumentów dokąd dokładna dokładnie
    dokładny dolara dolarow dolary dolarów domowa domowe domowego domowym dopiero dopoki dopóki
    dostac dostaje dostala dostalam dostalem dostali dostalismy dostaliśmy dostane dostanie
    dostanę dostać dostał dostała dostałam dostałem dotarl dotarla dotarł dotarła dotrze dotrzec
    dotrzeć dowiedzial dowiedziala dowiedzialam dowiedzialem dowiedział dowiedziała dowiedziałam
    dowiedziałem dowiedziec dowiedzielismy dowiedzieliśmy dowiedzieć dozwolone drodze droga
    drogi druga drugi drugie drugiego drugiej drugim druzyna druzyny drużyna drużyny drzwi duza
    duze duzego duzej duzo duzy duża duże dużego dużej dużo duży dwa dwadziescia dwadzieścia
    dwanascie dwanaście dwie dwiescie dwieście dwoch dwoje dwojka dwojke dwoma dwudziestego
    dwunasta dwunastego dwunastej dwunasty dwóch dwójka dwójkę dyplom dyplomu dyrektor dyrektora
    dyrektorem dyrektorka dyrektorki dyzur dyżur dziadek dziadka dziadkiem dziadkow dziadkowie
    dziadków dzieci dzieciach dzieciaki dzieciom dziecka dzieckiem dziecko dziecku dziecmi
    dzieki dziekowac dziekuje dziekujemy dzien dzienniczek dziennik dzienniku dziesiata
    dziesiatego dziesiatej dziesiaty dziesiec dziesieciu dziesiąta dziesiątego dziesiątej
    dziesiąty dziesięciu dziesięć dziewczyna dziewczynek dziewczynka dziewczynki dziewczynką
    dziewczyny dziewiata dziewiatego dziewiatej dziewiaty dziewiec dziewieciu dziewietnascie
    dziewietnastego dziewiąta dziewiątego dziewiątej dziewiąty dziewięciu dziewiętnastego
    dziewiętnaście dziewięć dziećmi dzień dzis dzisiaj dzięki dziękować dziękuje dziękujemy
    dziękuję dziś dzwoni dzwonic dzwonie dzwonil dzwonila dzwonilam dzwonilem dzwonić dzwonię
    dzwonił dzwoniła dzwoniłam dzwoniłem długa długi długie długo długopis egzamin egzaminu
    egzaminy emaila fajna fajne fajnie fajny ferie ferii fizyka fizyki formularz formularza
    formularze gabinecie gabinet gardla gardlo gardła gardło gdy gdyby gdzie gdzies gdzieś
    geografia geografii gier gimnastyka gimnastyki gips glodna glodny glosno glosny glowe glowy
    godzin godzina godzinach godzine godzinie godziny godzinę goraco goracy goraczka goraczke
    goraczki goraczkuje gorzej gorąco gorący gorączka gorączki gorączkuje gorączkę gosc goscie
    gotowa gotowe gotowka gotowy gotówka gotówką goście gość gra grac graja grają gral grala
    gratulacje gratuluje gratuluję grać grał grała gry grypa grype grypy grypę grzeczna grzeczny
    głodna głodny głowy głowę głośno głośny hasla haslo hasła hasło hej historii hiszpansku
    hiszpańsku ich idz idzcie idzie idziemy idziesz idą idę idź idźcie ile ilu imie imienia
    imieniny imię impreza imprezy infekcja infekcje infekcję informacja informacje informacji
    informację informatyka informatyki informowac informować informuje informujemy informuję
    inna inne innego innej inny innych innym internetu isc izolacja iść jadl jadla jadą jadę
    jadł jadła jak jaka jakas jakaś jaki jakich jakie jakiego jakiegos jakiegoś jakiej jakiejs
    jakiejś jakies jakieś jakim jakis jakiś jako jakos jakoś jasne jechac jechal jechala jechać
    jechał jechała jeden jedenascie jedenasta jedenastego jedenastej jedenasty jedenaście jedna
    jednak jednego jednej jedno jednym jedza jedzenia jedzenie jedzie jedziemy jedzą jego jej
    jem jemu jesc jesien jesieni jesienia jesienią jesień jesli jestem jestes jestesmy jesteś
    jesteśmy jeszcze jezeli jezyk jezyka jezyku jeśli jeść jeżeli jutra jutro juz już język
    języka języku kalendarz kanapka kanapki karta kartce kartka kartke kartki kartkowka
    kartkowke kartkowki kartkówka kartkówki kartkówkę kartkę karty kartą kaszel kaszle kaszlu
    katar kataru kazda kazde kazdego kazdej kazdy kazdym każda każde każdego każdej każdy każdym
    kicha kiedy kiedys kiedyś kierowca kierowcy kierowcą kilka kilkanascie kilkanaście kilku
    kino klas klasa klase klasie klasy klasą klasę klej klopot klopotu klopoty klub klubu klucz
    klucze kluczyki kocha kocham kochamy kogo kogos kogoś kolacja kolacji koledzy kolega kolegi
    kolegow kolegów kolegą kolezanka kolezanki koleżanka koleżanki koleżanką komputer komputera
    komu komunia komunii komus komuś koncza konczy konczyc konieczna konieczne koniecznie
    konkurs konkursu konsultacje konsultacji kontakt kontaktowac kontaktować kontaktowe
    kontaktowy kontaktu kontuzja koperta korkach korki korku korytarz korytarzu kosciele kosciol
    koszt kosztow kosztuje kosztów koło kończy kończyć kończą kościele kościół kredki krotka
    krotki krotkie krotko krzeslo krzesło krzyczal krzyczał krzyczy krótka krótki krótkie krótko
    ksiazek ksiazka ksiazke ksiazki książek książka książki książkę kto ktora ktore ktorego
    ktorej ktory ktorych ktorym ktos ktoś która które którego której który których którym którą
    kupi kupic kupie kupil kupila kupilam kupilem kupimy kupić kupię kupił kupiła kupiłam
    kupiłem kupowac kupować kurtka kurtke kurtki kurtkę kuzyn kuzyna kuzynka kwarantanna kłopot
    kłopotu kłopoty lacze ladna ladnie ladny lat lata latach latem latwa latwe latwo latwy lawka
    lazienka lazienki lecie lecz legitymacja legitymacje legitymację lekarskie lekarskiego
    lekarstwa lekarstwo lekarz lekarza lekarze lekarzem lekarzu lekcja lekcjach lekcje lekcji
    lekcję leki lekow leków lepiej lezal lezala lezy leżał leżała leży liczy liczyc liczyć
    liscie listu listy liście lod lodu logopeda logopedy lub lubi lubia lubie lubil lubila
    lubimy lubią lubię lubił lubiła lunchu lód maila mailem mają malego malej maluje malym mam
    mamo mamusia mamy mamą martwi martwic martwie martwilam martwilem martwimy martwić martwię
    martwiłam martwiłem masz matematyce matematyka matematyki matka matki matką maz małe małego
    małej mało małym mecz meczu metrem mezem mgla mgly mgła mgły mial miala mialaby mialam
    mialby mialem mialo mialy miał miała miałaby miałam miałby miałem miało miały miec miedzy
    miej miejsca miejsce miejscu mieli mielismy mieliśmy miesiac miesiaca miesiace miesiacu
    miesiecy miesiąc miesiąca miesiące miesiącu miesięcy mieszka mieszkac mieszkaja mieszkają
    mieszkal mieszkam mieszkamy mieszkać mieszkał mieć milego milej milych mimo minut minuta
    minuty minutę między miłego miłej miłych mleka mleko mna mnie mniej mną moc moge mogl mogla
    moglaby moglabym moglam moglby moglbym moglem mogli moglismy mogliśmy moglo mogly mogą mogę
    mogła mogłaby mogłabym mogłam mogłem mogło mogły moich moim moimi moj moja moje mojego mojej
    mojemu moją mokre mokry mowi mowia mowic mowie mowil mowila mowimy moze mozemy mozesz
    mozliwe mozliwosc mozliwosci mozliwy mozna może możemy możesz możliwe możliwości możliwość
    możliwy można mrozu msza mundurek mundurka musi musiala musialam musialby musialem musialy
    musiał musiała musiałam musiałby musiałem musiały musiec musieli musielismy musieliśmy
    musieć musimy musisz musza musze muszą muszę muzeum muzyka muzyki myslal myslala myslalam
    myslalem mysle myslec mysli myślał myślała myślałam myślałem myśleć myśli myślę móc mógł
    mógłby mógłbym mój mówi mówimy mówią mówić mówię mówił mówiła mąż męża mężem nad nagroda
    nagrody najlepszego najpierw nalezy należy napisac napisal napisala napisalam napisalem
    napisać napisał napisała napisałam napisałem napisz napiszcie napisze napiszemy napiszę
    naprawde naprawdę naraz narodzenia narodzenie narzeka narzekal narzekala narzekał narzekała
    nas nastepna nastepne nastepnego nastepnej nastepnie nastepny nastepnym następna następne
    następnego następnej następnie następny następnym nasz nasza nasze naszego naszej naszemu
    naszych naszym naszymi naszą natychmiast nauczyc nauczyciel nauczyciela nauczycielce
    nauczyciele nauczycielem nauczycieli nauczycielka nauczycielki nauczycielką nauczycielowi
    nauczyl nauczyla nauczyć nauczył nauczyła nawet nazwisko negatywny niani niania nianią nic
    nich niczego nie niebezpieczne niedawno niedogodnosci niedogodności niedziele niedzieli
    niedzielę niego niegrzeczna niegrzeczny niej niemozliwe niemożliwe niemu nieobecna nieobecni
    nieobecnosc nieobecnosci nieobecności nieobecność nieobecny niestety nigdy nigdzie nikogo
    nikomu nikt nimi niski niz nią niż noc noca nocy nocą noge nogi nogę notatka notatke notatkę
    nowa nowe nowego nowej nowy nozyczki nożyczki numer numerem numeru obaj obecna obecni
    obecnie obecnosc obecność obecny obiad obiadem obiadu obie obok obowiazkowe obowiazkowy
    obowiązkowe obowiązkowy obu obudzic obudzil obudzila obudzić obudził obudziła ocen ocena
    ocene oceny ocenę oczy oczywiscie oczywiście odbiera odbierac odbieraja odbierają odbieram
    odbieramy odbierać odbierz odbierzcie odbierze odbierzemy odbior odbiora odbiore odbioru
    odbiorą odbiorę odbiór odda oddac oddajcie oddal oddala oddam oddać oddał oddała oddzwoni
    oddzwonic oddzwonie oddzwonil oddzwonila oddzwonić oddzwonię oddzwonił oddzwoniła odebrac
    odebral odebrala odebralam odebralem odebrali odebrać odebrał odebrała odebrałam odebrałem
    odezwac odezwać odezwe odezwie odezwę odmawia odmowil odmowila odmówił odmówiła odpisac
    odpisal odpisala odpisać odpisał odpisała odpisz odpowiadac odpowiadać odpowie odpowiedz
    odpowiedzi odpowiedzial odpowiedziala odpowiedział odpowiedziała odpowiedziec odpowiedzieć
    odpowiedź odpowiem odrobic odrobil odrobila odrobić odrobił odrobiła odwolac odwolal
    odwolala odwolana odwolane odwolany odwołana odwołane odwołany odwołać odwołał odwołała
    oglada ogladac ogląda oglądać ojca ojcem ojciec ojcu oka okej okno oko okolo około okularow
    okulary okularów olowek olowki oni operacja operacje operację opiekun opiekuna opiekunem
    opiekunka opiekunki opiekunowie oplata oplate oplaty opowiadal opowiadala opowiadał
    opowiadała oprocz oprócz opłata opłaty opłatę oraz orzechy orzeszki osiem osiemnascie
    osiemnastego osiemnaście osma osmego osmej osmiu osmy osobno ospa ospe ospę ostatni ostatnia
    ostatnie ostatniego ostatniej ostatnim ostatnio ostrzezenie ostrzeżenie otrzyma otrzymac
    otrzymal otrzymala otrzymalam otrzymalem otrzymalismy otrzymaliśmy otrzymać otrzymał
    otrzymała otrzymałam otrzymałem otrzymujemy owoc owoce ołówek ołówki ośmiu pada padal padalo
    padał padało palec pamieta pamietac pamietaj pamietajcie pamietam pamięta pamiętaj
    pamiętajcie pamiętam pamiętać pana panem pani pania panie panią panstwa panstwo panstwu panu
    papier parkingu parę patrzy państwa państwo państwu pedagog pedagoga pediatra pewien pewna
    pewnie pewny piata piatego piatej piatki piatku piaty picie piec piecdziesiat piechota
    piechotą pieciu pielegniarce pielegniarka pielegniarki pielęgniarce pielęgniarka
    pielęgniarki pieniadze pieniedzy pieniądze pieniędzy pierwsza pierwsze pierwszego pierwszej
    pierwszy pierwszym pieszo pietnascie pietnastego pije piknik pilna pilne pilnie pilny
    piornik pisac pisal pisala pisalam pisalem pisać pisał pisała pisałam pisałem pisze piszemy
    piszę piórnik piąta piątego piątej piątki piątku piąty pić pięciu piętnastego piętnaście
    pięć pięćdziesiąt pił piła plac placi placic placimy placze plakac plakal plakala planie
    plastyka plastyki platne plecak plecaku plecy pobil pobili pobił pochmurno pochwala pochwała
    pociag pociagiem pociąg pociągiem poczeka poczekac poczekaj poczekajcie poczekam poczekać
    podczas podjechac podjechać podjedzie podpis podpisac podpisal podpisala podpisana podpisane
    podpisany podpisać podpisał podpisała podpisem podpisz podpiszcie podpisze podpiszę
    podrecznik podrecznika podreczniki podręcznik podręcznika podręczniki podwozka podwózka
    podziekowac podziekowania podziekowanie podziękowania podziękowanie podziękować pogoda
    pogode pogody pogodę pogotowia pogotowie poinformowac poinformowal poinformowala
    poinformować poinformował poinformowała poinformuje poinformujemy poinformuję pojade pojadę
    pojda pojde pojdzie pojdziemy pojechac pojechal pojechala pojechali pojechać pojechał
    pojechała pojedzie pojedziemy pojsc pojutrze pokoj pokoju pokój polska polski polskie
    polskiego polskiej polskim polsku poltora poludnie poludniu pomaga pomagac pomagaja pomagają
    pomagać pomoc pomoca pomocy pomocą pomoge pomogl pomogla pomogę pomogła pomoz pomozcie
    pomoze pomozemy pomoże pomożemy pomylka pomysl pomysł pomyłka pomóc pomógł pomóż pomóżcie
    poniedzialek poniedzialki poniedzialku poniedziałek poniedziałki poniedziałku poniewaz
    ponieważ ponownie popoludnie popoludniu popołudnie popołudniu poprosic poprosil poprosila
    poprosić poprosił poprosiła poprosze poproszę poprzedni poprzednia poprzednie poprzedniego
    porozmawia porozmawiac porozmawiam porozmawiać posilek posilki posiłek posiłki postep
    postepy postęp postępy poszedl poszedlem poszedł poszedłem poszla poszlam poszli poszukac
    poszukać poszła poszłam potem potrafi potrafie potrafię potrzebna potrzebne potrzebny
    potrzebnych potrzebowac potrzebowal potrzebowala potrzebować potrzebował potrzebowała
    potrzebuja potrzebuje potrzebujemy potrzebują potrzebuję potwierdza potwierdzam
    potwierdzenie potwierdzic potwierdzil potwierdzila potwierdzić potwierdził potwierdziła
    powazaniem poważaniem powie powiedz powiedzcie powiedzial powiedziala powiedział powiedziała
    powiedziec powiedzieli powiedzieć powiem powiemy powinien powinna powinni powinnismy
    powinniśmy powinno powod powodow powodu powodzenia powodów powoli powód poza pozdrawiam
    pozdrawiamy pozdrowienia pozniej pozno pozwolenia pozwolenie pozytywny południe południu
    prac praca prace pracowac pracowal pracowala pracowalam pracowalem pracować pracował
    pracowała pracowałam pracowałem pracuja pracuje pracujemy pracują pracuję pracy pracę prawda
    prawdopodobnie prawdziwy prawie prezent prezentacja prezentacje prezentację prezenty proba
    problemem problemu problemy proby projekt projektu projekty prosba prosbe prosi prosic
    prosil prosila prosilabym prosilbym prosimy prosić prosił prosiła prosiłabym prosiłbym
    prosze proszę prośba prośbą prośbę przeciez przecież przeciwko przeczyta przeczytac
    przeczytal przeczytala przeczytalam przeczytalem przeczytam przeczytać przeczytał
    przeczytała przeczytałam przeczytałem przed przedstawienie przedstawieniu przedszkola
    przedszkole przedszkolu przekaska przekaski przekazac przekazal przekazala przekazać
    przekazał przekazała przekaze przekaże przekażę przekąska przekąski przelozone przelozyc
    przepraszac przepraszam przepraszamy przepraszać przerwa przerwie przerwy przeslac przeslal
    przeslala przesle przeslij przestraszona przestraszony przesylam przesyłam przeszkadza
    przesłać przesłał przesłała przetlumaczyc przetłumaczyć przewrocil przewrocila przewrócił
    przewróciła przez przeziebienie przeziebiona przeziebiony przeziębienie przeziębiona
    przeziębiony przełożone przełożyć prześle prześlij prześlę przy przybory przychodza
    przychodze przychodzi przychodzic przychodzić przychodzą przychodzę przyczyna przyjac
    przyjaciel przyjaciela przyjaciele przyjaciolka przyjaciolki przyjaciółka przyjaciółki
    przyjade przyjadę przyjal przyjalem przyjazd przyjda przyjde przyjdz przyjdzcie przyjdzie
    przyjdziemy przyjdziesz przyjdą przyjdę przyjdź przyjdźcie przyjechac przyjechal przyjechala
    przyjechali przyjechać przyjechał przyjechała przyjecie przyjedzie przyjela przyjelam
    przyjmuje przyjsc przyjąć przyjął przyjąłem przyjęcie przyjęła przyjęłam przyjść przykro
    przynies przyniesc przyniesie przynieś przynieść przyniose przyniosl przyniosla przyniosę
    przyniosła przyniósł przynosi przynosic przynosić przypadkiem przyprowadze przyprowadzi
    przyprowadzic przyprowadzil przyprowadzila przyprowadzimy przyprowadzić przyprowadził
    przyprowadziła przyprowadzę przyroda przyrody przystanek przystanku przyszedl przyszedlem
    przyszedł przyszedłem przyszla przyszlam przyszle przyszlego przyszlej przyszli przyszly
    przyszlym przyszła przyszłam przyszłe przyszłego przyszłej przyszły przyszłym przywiezc
    przywiezie przywieźć przywioze przywiozę przywozi próba próby psycholog psychologa
    punktualnie pyta pytac pytal pytala pytam pytan pytania pytanie pytać pytał pytała pytań
    pójdzie pójdziemy pójdą pójdę pójść półtora później późno płaci płacimy płacić płacze płakać
    płakał płakała płatne racja raczej rano razem razie razy rece recepta recepty rekawiczki
    reke reki religia religii rezygnuje rezygnujemy rezygnuję robi robia robic robil robila
    robili robimy robisz robią robić robię robił robiła rodzenstwa rodzenstwo rodzeństwa
    rodzeństwo rodzic rodzica rodzicami rodzice rodzicom rodzicow rodziców rodzina rodzine
    rodzinie rodzinne rodzinny rodziny rodzinę rok roku rower rowerem rowniez rozmawia rozmawiac
    rozmawial rozmawiala rozmawialam rozmawialem rozmawiam rozmawiać rozmawiał rozmawiała
    rozmawiałam rozmawiałem rozmowa rozmowe rozmowie rozmowy rozmowę rozpoczecia rozpoczecie
    rozpoczęcia rozpoczęcie rozumie rozumiec rozumiem rozumiemy rozumieć rysuje rzadko rzecz
    rzeczy rób również ręce ręka rękawiczki ręki rękę salę samochod samochodem samochodu
    samochodzie samochód samopoczucie sasiad sasiadka sekretariacie sekretariat sekretariatu
    sekretarka sekretarki semestr semestru serdeczne serdecznie sie siebie siedem siedemnascie
    siedemnastego siedemnaście siedmiu siedzi siodma siodmego siodmej siodmy siostra siostre
    siostry siostrze siostrą siostrę siódma siódmego siódmej siódmy się skad skaleczyl
    skaleczyla skaleczył skaleczyła skarzy skarzyl skarzyla skarży skarżył skarżyła skladka
    skladki skoncza skonczy skonczyc skonczyl skonczyla skontaktowac skontaktować skontaktuje
    skontaktuję skończy skończyć skończył skończyła skończą skrzyzowanie skrzyżowanie skąd
    składka składki slabo slisko slodycze slonca slonce slonecznie slucha sluchac sluchaj
    slyszal slyszy smacznego smiac smial smieje sms smsa smutna smutne smutny sniadania
    sniadanie snieg sniegu sniezy soba sobie sobotach sobote soboty sobotę sobą soku spac spal
    spala spali spać spał spała specjalnie spi spiaca spiacy spie spiewa spokojna spokojnie
    spokojny sportu spotka spotkac spotkal spotkala spotkamy spotkania spotkanie spotkaniu
    spotkać spotkał spotkała spozni spoznia spoznic spoznie spoznienia spoznienie spoznil
    spoznila spoznili spoznimy spozniona spozniony sprawa sprawdz sprawdzac sprawdzać sprawdzcie
    sprawdze sprawdzi sprawdzian sprawdzianu sprawdziany sprawdzic sprawdzil sprawdzila
    sprawdzilam sprawdzilem sprawdzimy sprawdzić sprawdził sprawdziła sprawdziłam sprawdziłem
    sprawdzę sprawdź sprawdźcie sprawe sprawie sprawy sprawę spóźni spóźnia spóźnienia
    spóźnienie spóźnili spóźnimy spóźniona spóźniony spóźnić spóźnię spóźnił spóźniła srode
    srody stad stara stary sto stoi stolowce stolowka stolowki stopien stopień stopni stopnie
    stołówce stołówka stołówki stroj stroju strona strone stronie stronę strój stąd swiadectwa
    swiadectwo swiat swieta swietach swietlica swietlice swietlicy swietnie swoich swoim swoimi
    swoj swoja swoje swojego swojej swoją swój syn syna synek synem synka synowi syrop sytuacja
    sytuacje sytuacji sytuację szacunkiem szacunku szalik szanowna szanowne szanowni szanowny
    szatni szatnia szczegolnie szczególnie szczepien szczepienia szczepienie szczepień
    szczepionka szczesliwa szczesliwy szczęśliwa szczęśliwy szedl szedlem szedł szedłem szesc
    szesciu szesnascie szesnastego szesnaście sześciu sześć szkoda szkol szkola szkole szkolna
    szkolne szkolnego szkolnej szkolny szkolnych szkolnym szkoly szkoła szkoły szkołą szkołę
    szkół szla szlam szli szosta szostego szostej szosty szpital szpitala szpitalu szuka szukac
    szukal szukala szukam szukać szukał szukała szybko szósta szóstego szóstej szósty szła szłam
    sąsiad sąsiadka słabo słodycze słonecznie słońca słońce słucha słuchaj słuchać słyszał
    słyszy tabletka tabletki tablica tacie tak taka taki takich takie takiego takiej takim
    taksowka taksowki taksówka taksówki taksówką takze także tamta tamte tamten tamto tanczy
    tato tatus tatuś taty tatą tańczy teatr teatru tego tej telefon telefonem telefonicznie
    telefonu temperatury temu terapeutka teraz termin terminie terminu testu tez też tlumacz
    tlumaczenie tlumaczka tlumaczy tlumaczyc toaleta toalety tornister transportu trasa trasy
    trener trenera trening treningi treningu trenuje trochę troje trojke trudna trudne trudno
    trudny trwa trwac trwal trwalo trwać trwał trwało trzeba trzech trzeci trzecia trzecie
    trzeciego trzeciej trzy trzydziesci trzydziestego trzydzieści trzynascie trzynastego
    trzynaście trójkę tutaj twoich twoim twoj twoja twoje twojego twojej twoją twój tych tydzien
    tydzień tygodni tygodnia tygodnie tygodniu tyle tylko tym tymi tysiac tysiecy tysiąc tysięcy
    tłumacz tłumaczenie tłumaczka tłumaczy tłumaczyć ubezpieczenie ubieglej ubiegly ubieglym
    ubiegłej ubiegły ubiegłym ubrania ubranie ucha ucho ucza ucze uczen uczennica uczennicy
    uczestniczy uczestniczyc uczestniczyć uczeszcza uczeszczac uczeń ucznia uczniem uczniom
    uczniow uczniowie uczniów uczulona uczulony uczy uczyc uczyl uczyla uczymy uczyć uczył
    uczyła uczą uczę uczęszcza uczęszczać udanego uderzyl uderzyla uderzyli uderzył uderzyła
    udzial udzialu udział udziału ulica ulice ulicy ulicą ulicę umie umiem umowic umowiona
    umowiony umówiona umówiony umówić upadl upadla upadł upadła upal upaly upał upały uprzejmie
    uraz urlop urlopu uroczystosc uroczystosci uroczystości uroczystość urodzenia urodzin
    urodzinach urodziny uslyszenia usprawiedliwiam usprawiedliwic usprawiedliwienia
    usprawiedliwienie usprawiedliwiona usprawiedliwiony usprawiedliwić uszy usłyszenia
    utrudnienia uwaga uwage uwagi uwagę wakacjach wakacje wakacji walentynki wam wami warto
    warzywa wasz wasza wasze waszego waszej waszych waszym waszą wazna wazne waznego wazny ważna
    ważne ważnego ważny wczesnie wczesniej wcześnie wcześniej wczoraj wedlug według weekendu
    weekendzie wejdzie wejsc wejscia wejscie wejścia wejście wejść wesola wesoly wesolych wesoła
    wesoły wesołych weszla weszła wez wezme wezmie wezmę weź weźmie wiadomosc wiadomosci
    wiadomoscia wiadomości wiadomością wiadomość wiatr wiatru wicedyrektor wideo widze widzenia
    widzi widzial widziala widzialam widzialem widział widziała widziałam widziałem widziec
    widzieć widzę wie wiec wiecej wieczor wieczorem wieczoru wieczór wiedza wiedzial wiedziala
    wiedzialam wiedzialem wiedział wiedziała wiedziałam wiedziałem wiedziec wiedzielismy
    wiedzieliśmy wiedzieć wiedzą wieje wiele wielkanoc wielkie wielu wiem wiemy wiesz wigilia
    wigilii wiosnie wiosną wiośnie wirus wirusa witaj witam witamy wizycie wizyta wizyte wizyty
    wizytę więc więcej wkrotce wkrótce wlasciwy wlasnie wniosek wnuczka woda wode wody wodę
    wokol wokół wolna wolne wolnego wolno wolny wpol wpół wraca wracac wracamy wracać wroc wroca
    wroce wroci wrocic wrocil wrocila wrocili wrocimy wróci wrócili wrócimy wrócić wrócił
    wróciła wrócą wrócę wróć wsrod wstac wstaje wstal wstala wstać wstał wstała wszedl wszedzie
    wszedł wszy wszyscy wszystkich wszystkie wszystkiego wszystkim wszystko wszędzie wtedy
    wtorek wtorki wtorku wuef wujek wujka wujkiem wychodzi wychodzic wychodzić wychowawca
    wychowawcy wychowawczyni wycieczce wycieczka wycieczke wycieczki wycieczkę wyjasni wyjasnic
    wyjasnie wyjazd wyjazdu wyjaśni wyjaśnić wyjaśnię wyjde wyjdzie wyjdziemy wyjdę wyjechac
    wyjechal wyjechala wyjechali wyjechać wyjechał wyjechała wyjezdza wyjezdzamy wyjeżdża
    wyjeżdżamy wyjsc wyjscia wyjscie wyjścia wyjście wyjść wymagane wymiotowal wymiotowala
    wymiotował wymiotowała wymiotuje wymioty wynik wyniki wynikow wyników wypadek wypadku
    wypelni wypelnic wypelnie wypelnij wypelnil wypelnila wypelniona wypelniony wypełni wypełnij
    wypełniona wypełniony wypełnić wypełnię wypełnił wypełniła wypic wypić wyrazy wyslac wyslal
    wyslala wyslalam wyslalem wyslalismy wysle wyslemy wyslij wyslijcie wysoki wyspac wyspany
    wyspać wystarczy wystep wystepie występ występie wysyla wysylam wysylamy wysypka wysypke
    wysypkę wysyła wysyłam wysyłamy wyszedl wyszedł wyszla wyszli wyszła wysłaliśmy wysłać
    wysłał wysłała wysłałam wysłałem wytlumaczy wytlumaczyc wytłumaczy wytłumaczyć wywiadowka
    wywiadowke wywiadowki wywiadówka wywiadówki wywiadówkę wyzdrowial wyzdrowiala wyzdrowiał
    wyzdrowiała wyśle wyślemy wyślij wyślijcie wyślę wziac wzial wziela wzieli wziąć wziął
    wzięli wzięła właściwy właśnie wśród zabaw zabawa zabawka zabawki zabawy zabieg zabiera
    zabieram zabierze zabiore zabiorę zabrac zabral zabrala zabrać zabrał zabrała zachorowal
    zachorowala zachorowali zachorował zachorowała zachowania zachowanie zachowaniu zachowuje
    zachowywal zachowywala zachowywał zachowywała zaczac zaczal zaczela zaczna zacznie zaczną
    zaczyna zaczynac zaczynaja zaczynają zaczynać zacząć zaczął zaczęła zadan zadania zadanie
    zadań zadowoleni zadowolona zadowolony zadzwon zadzwoncie zadzwoni zadzwonic zadzwonie
    zadzwonil zadzwonila zadzwonimy zadzwonić zadzwonię zadzwonił zadzwoniła zadzwoń zadzwońcie
    zajec zajecia zajeciach zajeciami zajęcia zajęciach zajęciami zajęć zakaz zakazane
    zakonczenia zakonczenie zakończenia zakończenie zalaczam zalaczeniu zalacznik zalaczniku
    zalezy zależy zamiast zamieszanie zanim zaparkowac zaparkować zapisac zapisal zapisala
    zapisana zapisany zapisać zapisał zapisała zapisy zapisz zapisze zapiszę zaplace zaplaci
    zaplacic zaplacil zaplacila zaplacilam zaplacilem zaplacilismy zapomina zapomni zapomnial
    zapomniala zapomnialam zapomnialem zapomniał zapomniała zapomniałam zapomniałem zapomniec
    zapomnielismy zapomnieliśmy zapomnieć zaprasza zapraszam zapraszamy zaprosic zaprosić
    zaproszenia zaproszenie zapyta zapytac zapytaj zapytal zapytala zapytalam zapytalem zapytam
    zapytać zapytał zapytała zapytałam zapytałem zapłaci zapłaciliśmy zapłacić zapłacił
    zapłaciła zapłaciłam zapłaciłem zapłacę zaraz zarazil zarazila zaraził zaraziła zarazliwe
    zaraźliwe zaswiadczenia zaswiadczenie zaswiadczeniem zauwazyc zauwazyl zauwazyla zauwazylam
    zauwazylem zauważyć zauważył zauważyła zauważyłam zauważyłem zawsze załączam załączeniu
    załącznik załączniku zaświadczenia zaświadczenie zaświadczeniem zbyt zdac zdal zdala zdaze
    zdazy zdazyc zdazyl zdazyla zdazymy zdać zdał zdała zdenerwowana zdenerwowany zdjecia
    zdjecie zdjęcia zdjęcie zdrowa zdrowe zdrowi zdrowia zdrowie zdrowy zdąży zdążymy zdążyć
    zdążył zdążyła zdążę zeba zebow zebrania zebranie zebraniu zeby zepsul zepsula zepsuł
    zepsuła zerowce zerowka zerowki zerówce zerówka zerówki zeszla zeszlego zeszlej zeszly
    zeszlym zeszycie zeszyt zeszytu zeszyty zeszła zeszłego zeszłej zeszły zeszłym zgadza
    zgadzam zgadzamy zglaszam zglosic zglosil zglosila zgloszenie zgoda zgode zgody zgodzic
    zgodzil zgodzila zgodzić zgodził zgodziła zgodą zgodę zgubic zgubil zgubila zgubilam
    zgubilem zgubić zgubił zgubiła zgubiłam zgubiłem zgłaszam zgłosić zgłosił zgłosiła
    zgłoszenie zimie zimna zimne zimno zimny zimą zjadl zjadla zjadł zjadła zje zjesc zjeść zla
    zlamal zlamala zlamana zlamany zle zlego zly zmeczona zmeczony zmiana zmiane zmianie zmiany
    zmianę zmieni zmienic zmienie zmienil zmienila zmienione zmienić zmienię zmienił zmieniła
    zmęczona zmęczony zna znac znaja znajdzie znają znalazl znalazla znalazlam znalazlem znalazł
    znalazła znalazłam znalazłem znalezc znaleźć znam znamy znać zniszczyl zniszczyla zniszczył
    zniszczyła znow znowu znów zobacz zobaczcie zobacze zobaczenia zobaczy zobaczyc zobaczymy
    zobaczyć zobaczę zony zostac zostaje zostal zostala zostali zostan zostana zostane zostanie
    zostaniemy zostaną zostanę zostawac zostawać zostawi zostawic zostawie zostawil zostawila
    zostawilam zostawilem zostawić zostawię zostawił zostawiła zostawiłam zostawiłem zostać
    został została zostań zrezygnowac zrezygnować zrob zrobcie zrobi zrobic zrobie zrobil
    zrobila zrobilam zrobilem zrobili zrobimy zrobić zrobię zrobił zrobiła zrobiłam zrobiłem
    zrozumial zrozumiala zrozumiał zrozumiała zrozumiec zrozumieć zrób zróbcie zwlaszcza zwolni
    zwolnic zwolnienia zwolnienie zwolnil zwolnila zwolniona zwolniony zwolnić zwolnił zwolniła
    zwykle zwłaszcza zycze zyczenia zyczymy zęba zęby zębów zła złamana złamany złamał złamała
    złe złego zły ósma ósmego ósmej ósmy ćwiczenia ćwiczenie ćwiczy ładna ładnie ładny łatwa
    łatwe łatwo łatwy ławka łazienka łazienki łączę ślisko śmiać śmiał śmieje śniadania
    śniadanie śnieg śniegu śnieży śpi śpiewa śpiąca śpiący śpię środy środę świadectwa
    świadectwo świetlica świetlicy świetlicą świetlicę świetnie świąt święta świętach źle żeby
    żona żony żoną życzenia życzymy życzę
"""

#: Haitian Creole: 930 words.
HAITIAN_CREOLE_WORDS = """
    abiye absan absans achte adres adrès adye ajite akonpaye akote akouche aksidan aktivite
    alapwochen alapwochèn aleji alekile alo alè alèji alèkile alò anba anbilans andedan anfle
    anfom anfòm anile anivese anivèsè anko ankò anmwe annafe annafè anndan annik annou anpil
    anplwaye anraje anrejistre anrejistreman anreta ansanm ansent anseye ansyen antouka antre
    anvan anwo anyen apatman apen aplikasyon aprann apre apredemen apremidi aprèmidi apye apèn
    arè ase asistan asm aswe aswè ato atò avanye avanyè avek avetisman avoka avè avèk avètisman
    ayisyen ayiti babay bagay bannann basketbol baskètbòl batri belfi belme belse benediksyon
    benyen bezwen bibliyotek bibliyotèk bilten bis bisiklet bisiklèt biwo biznis blese blesi
    bliye bofis bofre bondye bonjou bonnwit bonswa bonè bope bouch bouke boule bous bwe bwè byen
    byennet byennèt byenvini bèl bèlfi bèlmè bèlsè bòfrè bòn bònswa bòpè chaje chajè chak chanje
    chanm chans cheche chemiz cheve chez chik chofaj chofe chofè choset chosèt chè chèche chèz
    dako dakò dantis dat dejene dekwa demann demen demenaje denmen denye depi deplase depoze
    desann desen devan devwa deye deyò deze dezyem dezyèm dezè diferan difisil dimanch diplom
    diplòm direkte direktris direktè diri diset disiplin disponib disèt dize diznef diznèf
    dizuit dizè djob djòb dlo dokiman dokimantasyon dokte doktè donk doule doulè dous dousman
    douz douze douzè dwa dwe dwet dwèt dyabet dyabèt dyare dènye dèyè dòmi ede edtan egzamen
    egzanp egzeyat ekip ekri ekriti eksepte ekskisyon eksplike ekzanp elektrisite elev elèv
    emoraji enben endispoze enfeksyon enfimye enfimyè enflamasyon enfomasyon enfome enfòmasyon
    enfòme enkye enkyete enkyè enpotan enpòtan enskri enskripsyon entelijan entenet entevyou
    entènèt entèvyou epitou eseye eskize espanyol espanyòl espesyal espo espò estasyon ete
    etidyan etidye fache fakti famasi fanm fanmi fasil fatige fek felisitasyon fem femen fenet
    fenk fenèt fet figi fiyel fiyèl fok fom fomile fos foto foule foutbol foutbòl franse frape
    fre fredi frè frèt fwa fwi fwomaj fyev fyèv fèb fèk fèm fèmen fèt fòk fòm fòmilè fòs
    gadmanman gadri gadyen gason genyen goj gonm goumen goute grangou granmanman granme granmoun
    granmè grann granpapa granpe granpè gratel gratèl grenn gwo gwoses gwosès gwoup gòj ijan
    ijans imigrasyon imèl inedtan inifom inifòm inivesite inivèsite inè inèdtan isit istwa
    itilize ivè jaket jakèt jamè janm janti jedi jenn jewografi jij jimel jimnaz jimo jimèl jip
    jis jiska jodia jou jouk jounen joure jwe jwenn jèn kab kabann kafe kafeterya kafou
    kalandriye kalkilatris kalm kamyonet kamyonèt kanmarad kanmenm kanpe kantin kap kapab karant
    kareman kase katoz katre katreven katrevendis katriyem katriyèm katrè katye katòz kek kenbe
    kenz kesyon kichoy kichoz kichòy kichòz kijan kikote kiles kilè kilès kimoun kisa kisak
    kiyes kiyès klas klinik kob kod kolasyon kolej kolèj kom koman komanse komante kominote
    komkwa konbyen kondikte kondiktè kondisyon konferans konfime konje konjesyon konn konnen
    konnya konpayon konpite konpitè konpliman konpotman konpozisyon konprann konpòtman konsey
    konseye konsiltasyon konsèy kont kontan kontinye konvokasyon korek kosaj kote kouman kounya
    kounye kounyea kounyeya kouraj kouri kous koute kouzen kouzin kovid kowona kreyon kreyòl kwe
    kwè kèk kòb kòd kòm kòman kòmanse kòmantè kòmkwa kòrèk kòsaj lafyev lafyèv lagrip laj lajan
    lajonis lakay lakou lanmo lanmò lannuit lannwit lapli lapolis lave legim legliz lekol lekti
    lekòl lendi leson lestomak leve limye limyè lopital lotbo lotrejou louvri lwa lwaye lwen
    lyen lèd lèt lòt lòtbò lòtrejou mache madanm magazen malad maladi malgre manje manjemidi
    manman manti manto marenn matant matematik maten matenel matinen matye matyè matènèl
    medikaman mekredi mem menm menmsi mennen merite mesaj mesi mesye metres metrès metwo mezanmi
    mezi midi milyon minit minwi mizik modpas moun mouri mouye mpa mpap mte mwa mwatye mwen
    mwens mèkredi mèm mèsi mèt mòde nef nej nen nenpot nenpòt nesese nesesè nevè nimewo nivo
    nomal nonm nou nouvel nouvo nouvèl nwit nyes nyès nèf nèj nèt nòmal nòt odinate oke okenn
    okipe olye onz onze onzè opinyon opresyon orevwa orè oswa otit otobis oton otorizasyon otòn
    padon pafwa paj pakin pako pami pandan panse panyol panyòl papye paran parazit parenn parese
    paske paspo paspò pastè pemisyon pesonel pesonn petet petèt peye peyi piki pinisyon piti
    pitit plen plezi plim plis poko polis pote potko pouki poukisa poul poutet poutèt poze pra
    pral prale pran premye prentan prese preskole preskolè prezan prezante primè priye pwa
    pwason pwatrin pwoblem pwoblèm pwoch pwochen pwochèn pwofese pwofesè pwogram pwoje pwojè
    pwomes pwomet pwomès pwomèt pwop pwosedi pwoteje pwoteksyon pwòch pwòp pèdi pèmisyon pèsonn
    pèsonèl pòt randevou rankont ranmase ranpli rantre ranvwaye rapel rapo rapèl rapò regleman
    rele remed remèd renmen repo reponn repons resevwa responsab responsablite rete retounen
    reyinyon rezilta rezon rive règ règleman saj sakado sakpase salklas samdi sante saranpyon
    segonde segondè segonn sek sekirite sekrete sekretè selile selilè selon semes semèn semès
    senk senkant senke senkyem senkyèm senkè senyen serye setadi sete setenman setifika setè
    sevi sevis sez sezon sik silvouple silvouplè sinizit sinon sipo sipò siro sirò sispann
    sispansyon sitiyasyon sitou sitwayen sitwon siyati siyen sizè sof sonje sosyal sot soti sou
    soulye soupe souple souvan swa swaf swasanndis swasant swete syans sèk sèl sèlman sèt sètadi
    sètifika sètènman sèvi sèvis sèz sòti tablèt taksi talè tande tankou tanperati tanpri
    tansyon tcheke teks telefon telefòn temomet teren tibebe tifi tigason tike tikè timoun tode
    tonbe tonton tou toudabo toudabò toudisman toujou tounen tous touse tousuit toutale toutalè
    trankil transpo transpò trant travay travaye travayè tretman trez trimes trimès trè trèz twa
    twaze twazyem twazyèm twazè twop twò twòp tèks tèmomèt tèt tòde uit uite uitè vakans vaksen
    vaksinasyon valiz vandredi varisel varisèl vennde venteyen verifye verite veye videyo vil
    vini viris vit vle vomi voye vre vreman vrè vrèman vwazen vwazin vyann vye wap wete wikenn
    wout woy zanmi zepol zepòl zoranj zorey zòrèy èdtan òdinatè
"""

#: Arabic typed in Latin letters: 571 words.
ARABIC_IN_LATIN_LETTERS_WORDS = """
    aala abadan abgha abghi abl adwiya afwan agaza agzakhana ahali ahla ahlain ahlan ahli ahwa
    aiwa akal akeed akh akhi akhu akid akl akla akul alaan alaikum alamat alaykum albarha
    aleikum alhamdulilah alhamdulillah alhamdullilah alhin alyom alyoum ams anta aqdar arabiya
    arabiyya arbaa areed arooh aruh asalamualaikum ashan ashara ashra asr assalam assalamu
    assalamualaikum atfal atshan awi awlad awladi awwal ayam ayez aywa ayyam azma ba'd baacher
    baad baddi balash banat bardan batn bayti bedna biddak biddi biddo bidi bihki bijooz bikam
    bint bismillah bnat bokra bshuf bukra daftar dah daiman dajaj daktor daraja daroori dars
    daruri dawaa dawam deh delwa'ti dilwa'ti dirasa dohr doktor dughri duhr dukha durus ebni
    ehki ehna eish eja elhamdulillah elyom elyoum emta emtihan engleezi enta enti esaaf esm
    estanna eza ezay ezayak fadlak fadlik fahmt fakkar faqat faransi fasl fatura feen fih flous
    flus foq fulus gahez gazma gedid ghadan ghair ghayba ghayeb gheyab ghiyab gowwa habeebi
    habibi habibti hadak hadha halak haleeb halik hamdulillah hamdullah haqiba haram harara
    hasasiya hatha hatta hayda haydi hboob hek helu helwa heya hilu hisab hiya hnak hobb hona
    howa hubb hudoom hudur humma huna hunak huwa ibni idara idha ifham iftah iftar ihki ihna ija
    ijaza ijet ijtimaa ikhtibar ikhwan iktib imbareh imta imtihan ind inglizi insha'allah
    inshaallah inshalla inshallah inta intazir intu is'af ishal ishrab ishreen ishtaghal ishtara
    ishtiri ism ismi istanna istifragh istimara istiraha itkallam itnain itnein ittasil ittisal
    iyal izn izzayak jaay jadda jaddi jahiz jaket jarh jawaab jawab jawal jawwal jazakallah jdid
    jiddan jiddo jowwa jozi kaifak kallim kallimni kamama kaman kasr katab kbir keda keefak
    khabar khala khalas khallas khalli khalo khalto khamsa khamsin kharij khayef khubz kif kifak
    kifik kitab kitaba kofid kol kollo ktab kteer ktir kuhha kul kulish kullna kullu kutub
    kwayes kwayyis la'ib laa lahalu lamma leh leish libis liqaa lugha ma'a ma'lesh ma'lumat maa
    maalesh maashi mabaarif mabsoot mabsoota mabsut madrasa madrasah madrase madraseh mafeesh
    mafhoom mafi mafish maftuh maghrib maghs mahatta majjani maksur maku malabis maleesh mamnoon
    marad mareed mareeda mareedah marhaba marid marida masaa masalama masari masha'allah
    mashakel mashallah mashghool mashghul mashi mashkoor mawed mawid mawjood mawjud mawqif mayy
    mbakkir mbareh meen metl minu mit'akhar mit'akhir mit'assif mitakhir mithl miyya mneeh mnih
    modarres mohim momken moshkela msakkar mu'allim mu'allima mualem muallim muallima mudarris
    mudarrisa mudir mudira muhim mumkin musa'ada musaada mushkila musta'jil mustahil mustashfa
    mutaasif mutarjim muwafaqa naam naasan nafas nafs naharda nahnu natija natir nawm nayem noom
    nseet nshallah osra ostaz otla otobees otobis qabl qahwa qalbi raas radd ragel rah rajel
    rakam raqam rasail rashh rasm rayeh rayih rihla risala riyadiyat ruht rusum sa'al saa saala
    sabt saff sahlan sahyan samaht samahti samak sayara saydaliya sayyara shaghal shahr shaku
    shinu shlon shlonak shoghl shokran shoof shoofi shuf shufi shuft shughl shughul shukran
    shurb shway shwaya sitt sitta sitto smaht snin sokhuna stanna su'al sual subhanallah suhoor
    sukhuna sukkar sukkari ta'al ta'allam ta'baan ta'khir ta'lim taaban taal taali tabeeb tabiba
    tafaddal taht takhir taksi talaba tamam tamanya tarikh tarjama tasjeel tawari telefon
    tfaddal tifl tilifon tilmeez tilmeeza tilmiz tisaa tislam tkallam tlata tneen tullab ukht
    ukhti ulum umm ureed usbu usra ustadh ustaz ustaza waalaikum waalaikumsalam wahda wahdu
    wajbat wajeb wajib wala walad walaikum walaikumsalam walidain wallah wallahi wasalna wasalt
    wasap wayed wazifa ween wihish wisilt wiyya wlad wusool wusul ya'ni yaani yaatik yabi yakul
    yala yalla yallah yiji yimkin yislamo yom youm yumma za'lan zawj zawji zayy zghar zgheer
    ziyara zoj zuhr zukam zyara
"""

#: Tagalog, and Urdu or Hindi typed in Latin letters: 935 words.
TAGALOG_AND_URDU_WORDS = """
    aabsent aadha aage aaiye aaj aajkal aakhri aalis aao aap aapka aapki aapko aata aath aaunga
    aayega aayi accha acha achha aega agad aik aklat aksidente akyat alerhiya alhamdulillah
    aling alis almusal ammi anak andar andito andun andyan anim ankh anong antok anuman apat api
    apka apki apko apna apni appi araam aral aralin araw araw-araw asan asawa assalamualaikum
    atin aur ayaw ayega ayos ayun baad baap baarish baat babae bacha bachi bachon bago bahay
    bahot bahut baith baitho baje baji baka bakasyon bakit bakuna balat baon barah basahin
    bataiye batana batao bataya bawat bayad bayaran bazar behen beybi bhai bhaijan bhaiya bhej
    bheja bhejo bhi bibili bigay bilang bili bilkul bimar bimari binata binayaran binigay
    bintana bisikleta biwi biyernes bkas bkit bohat boliye bolna bolpen braso budhvar bukas
    bukhar bukol buksan bumaba bumili bunso bura busog buwan byernes cellphone cge chaar chacha
    chachi chachu chahiye chahta chakkar chal chale chalo chawal chhe chhod chhutti chot chutti
    cya dahil dair daktar dala dalaga dalawa dalawampu dalawang dalhin dapat darating dard
    darkhwast dast dawai dedh dein dekh dekha dekhiye dekhna dekho denge deta dhai dhanyavad
    dhoop dibdib dijiye dinala dito diyan doktor dokumento doodh doon doosra dopahar dugo dukan
    dukhi dumating dunga dur dus dusra dyip eksamen eskwela eskwelahan estudyante fikar gaano
    gabi gair galat galit gamot garam garmi gatas gayi ghanta ghar gising goli gradwasyon
    gumising guro guruvar gussa gutom gya gyarah haal haanji habang hafta hamara hamen hamesha
    hanap hanapin hanggang hapon hapunan har haspatal hatid hatid-sundo hazaar hazir heto hika
    hilo hinatid hinihintay hintay hintayin hoga hogi hogya hota hoti huli humara huwa huwag
    huwebes huzoor ibang ibigay idhar ihahatid ihatid ihatid-sundo ijazat ikalawa ikatlo ikaw
    ilang ilong imtehan inay ingat inka inom inshallah intezar intindi inuubo inyo ipaalam
    ipinaalam isang isara ise iska iske iski isko iskul isse isulat itay itext itna ittila itwar
    iyan iyo iyon jaa jaana jaanta jaega jald jaldi jamaat janab jao jata jaunga jawab jayega
    jayenge jazakallah jis joote jumeraat kaafi kaagad kaam kab kabhi kagabi kaha kahapon kahit
    kaho kaibigan kailan kailangan kaisa kaise kaisi kakain kaklase kal kalahati kalimutan
    kalsada kalye kamag-anak kamag-aral kamay kamusta kamzor kanila kanin kanina kanino kaniya
    kapag kapatid kapde kapitbahay kard karein karke karna karta karunga kasabay kasama katawan
    katulad kaun kaunti kayo kehna kelan khabar khairiyat khala khalu khana khansi khao kharcha
    khatam khel khelna khol khudahafiz khujli khula khush kidhar kijiye kilala kinuha kis kitab
    kitna klase klinika koi kon konti kotse kuch kuha kulang kumain kumbulsyon kumusta kunin
    kuwaderno kuwarto kuya kwarto kyaa kyon kyonki kyun kyunki labindalawa labing-isa ladka
    ladki lagi lagnat lagta lahat lakad lalaki lalamunan lamang lapis larka larki laro lein
    lekin leksyon libo liham lijiye likh likho likod liliban limang linggo lingguhan liye
    lumiban lunga maa maaari maaf maafi maaga mabagal mabait mabilis mabuhay mabuti madad
    madalas madali madrasa mag-aaral mag-aral mag-ingat magaling maganda magandang magbayad
    magbihis magdala maghihintay magkano maglakad maglaro magpahinga magsabi magsusundo magtext
    magtrabaho magturo magulang mahalaga mahirap maingay mainit maintindihan makakapasok
    makalawa makapasok makati makinig makita makulit malaki malaman malamig malapit malayo
    maligo maliit malinis maloom malum malungkot mamaya mamayang mangalvar mangyari marami
    maraming marka marumi masail masakit masama masaya mashallah masla masyado matalino matulog
    maujood may-sakit mayroon medyo mehenga meherbani mein mensahe meron merong meryenda mga
    mga-magulang minsan misis miting miyerkoles miyerkules muft mujhe mula muli mushkil musta
    nabali nabasa nadapa nag-aaral nagaaral nagising naglakad naglalaro nagpapahinga nagsusuka
    nagtanong nagtatae nagtatrabaho nagtext nahi nahihilo nahin nahuli nahulog naiintindihan
    naiwan nakalimutan nakaraan nalaman naligo namaste namin nanay nandito nandiyan nandoon
    nandyan nangyari nangyayari napaka naraz narinig nars nasa nasaan nashta nasugatan natija
    natin natutulog naukri nawala nazdeek nazla neeche neend ngaun ngayon ngayong ngayong-araw
    ngipin ngunit nilalagnat ninang ninong ninyo nman nung nyo oho opisina opo oras ospital paa
    paalam paanch paano paanong paaralan paas pachaas padh padhai padosi pag pagkain pagkatapos
    pagod pagpupulong pagsusuka pagsusulit pagtatae pagtatapos pahinga pahunch paidal paisa
    paise paki pakibigay pakiramdam pakisabi pakisuyo pakitawagan pakiusap pala palagi palaro
    palengke pamangkin pamilya pangalawa panganay pangatlo pano pantal papasok parang pareshan
    parh parhai pariwar parso pasensiya pasensya pasok pasukan pata patawad paumanhin pauwi pde
    peeche peena pehla pehle phir phuphi phuppo pinaka pinsan pirma pirmahan poocha prinsipal
    proyekto pucha pucho pulong pumasok pumirma pumunta punta pupunta puwede pwd pwde pwede
    qareeb raasta raat rahega rakho raste ravivar rehna rishtedar roon roti rozana ruk ruko
    rupay sa'kin saal saan saans saat saath sabaq sabhi sabihin sadak saglit sagot sahab sainyo
    sakay sakayan sakin sakit sakta sakte sakti salamat samajh samjha samjhao sampu sandaan
    sandali sanggol sapat sapatos sar sarado sardard sardi sasakyan sasta sath sawaal sayo seekh
    sehat selpon sertipiko sge shaam shanivar shayad shohar shukravar shukriya shuru sige
    sigurado siguro sikmura silid silid-aralan simbahan simula sinabi sinisipon sinundo sipon
    sirf siyam skool slmt sobra somvar subalit sugat suka sulat sumagot sumakay sumulat sundo
    sunduin suniye suno susundo susunduin susunod sya tabiyat tagapag-alaga tagasundo tahanan
    tahimik tainga takbo takdang-aralin takot talaga tandaan tanghali tanghalian tanong taon
    tapos tatawag tatay tatlo tatlong tatlumpu tawag tawagan tayo teeka tha thaka thaki thand
    thanda thandi thay theek thik thoda tignan tinapay tinawagan tindahan tingin tingnan
    tinuturo titser tiya tiyan tiyo tlga toh topi tou trabaho trak trangkaso traysikel tsaka
    tubig tulog tulong tuloy tulungan tum tumakbo tumawag tumayo tumhara tumhe tumulong tungkol
    tuwing ubo udas udhar uhaw ulat ulit ulo ulti umabsent umaga umalis uminom umupo umuwi unhe
    uniporme unka unke unki unko upang upar upo upuan uska uske uski usko usse ustani uth utha
    uuwi uwi voh wahan wajah wala walaikumsalam walang walang-anuman walidain walo waqt woh yaar
    yah yahan yata zakhm zakhmi zaroor zaroorat zaroori zarurat zukam zyada
"""

#: Words that say someone was born, beside the dates the date rules now find in these
#: languages ("urodzona 3 marca 2012", "dat nesans", "ipinanganak noong 5 Hunyo 2012").
BIRTH_WORDS = """
    urodzona urodzony urodzeni urodziła urodzila urodził urodzil nesans nèsans ipinanganak
    kaarawan kapanganakan noong
"""

#: Every word above, for the lexicon.
HOME_LANGUAGE_WORDS = frozenset(
    (
        BIRTH_WORDS
        + POLISH_WORDS
        + HAITIAN_CREOLE_WORDS
        + ARABIC_IN_LATIN_LETTERS_WORDS
        + TAGALOG_AND_URDU_WORDS
    ).split()
)
