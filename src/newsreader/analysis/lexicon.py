"""Hand-written word lists that steer the entity recogniser.

They are small and closed-class (function words, titles, organisation head words), so they
live in code rather than in the shipped gazetteer; `tools/build_gazetteer.py` also uses
`COMMON_WORDS` to drop city and first names that are everyday English words.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


COMMON_WORDS = _words(
    """
    A An The This That These Those There Here It Its It's He She His Her Hers Him They Them
    Their We Our Us You Your I Me My Mine Who Whom Whose What Which When Where Why How
    And But Or Nor So Yet For If Then Than Though Although Because Since While Whereas
    Unless Until After Before Once As At By From In Into On Onto Of Off Out Over Under Up
    Down With Without Within Through Throughout During About Above Across Against Along
    Among Amid Around Behind Below Beneath Beside Besides Between Beyond Despite Except
    Inside Near Outside Past Per To Toward Towards Upon Via Like Unlike Not No Yes All Any
    Both Each Every Either Neither Few Many Much More Most Less Least Some Such Other
    Another Same Several One Two Three Four Five Six Seven Eight Nine Ten Last Next Old Also Still Even Just Only Already Again Ever Never Always
    Often Sometimes Perhaps Maybe Indeed However Meanwhile Moreover Furthermore
    Nevertheless Nonetheless Instead Otherwise Thus Therefore Hence Today Tonight
    Yesterday Tomorrow Now Later Earlier Recently Currently Finally Overall Eventually
    Initially Previously Similarly Likewise Additionally Asked Asked: Said Says According
    Some Please Read More Click Share Subscribe Sign Log Advertisement Related Updated
    Published Photo Photos Video Videos Image Images Getty Caption Credit Copyright
    Reporting Editing Writing Contact Follow Listen Watch See Source Sources Note Notes
    Mr Mrs Ms Dr Prof Sir Dame Lord Lady St Rev Gen Col Lt Sgt Capt Adm Sen Rep Gov
    Ald Det Supt Insp Cmdr Cdr Atty Msgr Pvt Spc Cpl Asst Commr Supv
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March
    April June July August September October November December Jan Feb Mar Apr Jun Jul
    Aug Sep Sept Oct Nov Dec Spring Summer Autumn Fall Winter Morning Evening Night Day
    Week Month Year Years Time Times People Man Men Woman Women Children Family Government
    Officials Official Police Authorities Analysts Experts Critics Residents Voters
    Leaders Leader Troops Forces Workers Protesters Lawmakers Investors Prosecutors
    Sources Reporters Observers Scientists Researchers Doctors Students Teachers
    Many Several Others Everyone Someone Nobody Nothing Something
    Everything Anyone Anything Whatever Whoever Let Lets Will Would Can Could May Might
    Must Shall Should Do Does Did Done Is Are Was Were Be Been Being Have Has Had Get Got
    Make Made Take Took Give Gave Go Went Come Came Say Tell Told Think Know Knew Want
    Need Use Used Find Found Keep Kept Put Set Run Ran Show Shown Call Called Try Tried
    Ask Look Looking Seen Help Start Started Stop End Ended Open Close Closed Begin Began
    Is Isn't Wasn't Don't Doesn't Didn't Can't Won't Wouldn't Couldn't Shouldn't
    Isn’t Wasn’t Don’t Doesn’t Didn’t Can’t Won’t Wouldn’t Couldn’t Shouldn’t It’s
    Yes No OK Okay Oh Well Sure Thanks Thank Dear Hello Hi Welcome Good Great Big Small
    Large Long Short High Low Top Bottom Left Right Full Half Part Total Main Key Major
    Minor Early Late Real True False Free Open Public Private Local Global General Special
    Current Recent Former Future Final Further Certain Clear Different Important Possible
    Available Following Including Including: Meanwhile, Breaking Live Exclusive Analysis
    Opinion Comment Editorial Review Reviews Feature Features Explainer Update Updates
    News Politics Business Sport Sports Science Health Technology Tech Culture World
    Entertainment Travel Style Lifestyle Money Markets Economy Weather Home Homepage
    Menu Search Login Newsletter Newsletters Podcast Podcasts Section Sections Topics
    Story Stories Article Articles Page Pages Chapter Table Figure Edition Issue Vol
    Why What's Here's There's That's Who's Where's We're They're You're I'm I've We've
    What’s Here’s There’s That’s Who’s We’re They’re You’re I’m I’ve We’ve Let's Let’s
    Despite Amid Following Ahead Meanwhile After Before During Over Under Once Twice
    Once, Still, Yet, Then, Instead, Today, Now, Earlier, Later, Rival Rivals
    AI CEO CFO COO CTO GDP IPO EV EVs DNA LGBT LGBTQ TV PC PR HR VAT CO2 ID FAQ PDF URL SUV
    HIV RSS GPS SMS USB CD DVD PhD MBA NGO NGOs AM PM BC AD TBD MD Hon Hon. Rt Rt.
    DJ DJs MC EP LP KO KOs TKO ERA RBI MVP GPA HQ ATM CPU GPU RAM SSD LED LCD OLED HDMI
    API SDK VPN IQ ICU ER PPE UFO VIP DIY ETA AKA RSVP ASAP TBA QR UX UI OTT SSO SaaS
    IoT PV OS
    """
)
"""Words that start sentences or label sections far more often than they name anything."""

PERSON_TITLES = _words(
    """
    President Vice Prime Minister Secretary Chancellor Premier King Queen Prince Princess
    Emperor Empress Pope Cardinal Bishop Archbishop Rabbi Imam Sheikh Sheik Sultan Emir Ayatollah
    Senator Sen. Sen Representative Rep. Rep Congressman Congresswoman Governor Gov. Gov
    Mayor Judge Justice Ambassador Envoy Commissioner Director Chairman Chairwoman Chair
    Chief CEO Spokesman Spokeswoman Spokesperson General Gen. Gen Admiral Adm. Colonel
    Col. Lieutenant Lt. Major Maj. Captain Capt. Sergeant Sgt. Commander Marshal Field
    Mr. Mr Mrs. Mrs Ms. Ms Miss Dr. Dr Prof. Prof Professor Sir Dame Lord Lady Saint St.
    Rev. Reverend Father Sister Brother Coach Manager Officer Detective Inspector
    Superintendent Attorney Counsel Deputy Acting Interim Former Foreign Defense Defence
    Finance Interior Health Trade Justice State Home Treasury Energy Economy Education
    Labor Labour Agriculture Environment Transport Transportation Commerce Culture
    US U.S. UK British American Russian Chinese French German Israeli Ukrainian Iranian
    Speaker Leader Majority Minority House Senate Party Opposition Supreme Presidential
    Candidate Nominee Secretary-General Director-General Chief Executive Officer Founder
    Co-founder Executive Senior Junior Top Minister, Crown Grand Ayatollah Financial Operating
    Technology Marketing Commercial Information Investment Medical Legal Provincial Regional
    Public Safety Security Cabinet Managing District Circuit Appeals Magistrate Bankruptcy
    Press Lt Col Maj Capt Sgt Cpl Brig Cdr Adm Sheriff Constable Attorney-General Solicitor-General
    Sens. Reps. Govs. Drs. Gens.
    Trustee Supervisor Alderman Councilman Councilwoman Councillor Councilor Assemblyman
    Assemblywoman Delegate Cllr Cllr.
    Governor-General Inspector-General Surgeon-General Auditor-General Advocate-General
    Ald. Ald Det. Det Supt. Supt Insp. Insp Cmdr. Cmdr Cdr. Atty. Msgr. Fr. Pvt. Spc. Cpl. Del. Asst. Dep. Hon. Brig. Sup. Commr. Supv. Const.
    Fr Rev Msgr Atty Pvt Commr
    CFO CIO COO CTO CMO CISO DCI DCS
    """
)
"""Words that may make up a title in front of a person's name ("Secretary of State X")."""

TITLE_HEADS = _words(
    """
    President Minister Secretary Chancellor Premier King Queen Prince Princess Emperor Pope
    Cardinal Bishop Archbishop Rabbi Imam Sheikh Sheik Sultan Emir Ayatollah Senator Sen. Sen
    Representative Rep. Rep Congressman Congresswoman Governor Gov. Gov Mayor Judge Justice
    Ambassador Envoy Commissioner Director Chairman Chairwoman Chief CEO Spokesman
    Spokeswoman Spokesperson General Gen. Gen Admiral Adm. Colonel Col. Lieutenant Lt.
    Captain Capt. Sergeant Sgt. Commander Marshal Mr. Mr Mrs. Mrs Ms. Ms Miss Dr. Dr
    Prof. Prof Professor Sir Dame Lord Lady Rev. Reverend Father Coach Manager Officer
    Detective Inspector Attorney Counsel Speaker Leader Secretary-General
    Director-General Founder Co-founder Executive Candidate Nominee Analyst Economist
    Lawyer Author Actor Actress Singer Rapper Artist Producer Photographer Journalist
    Correspondent Editor Reporter Chef Designer Researcher Scientist Historian Activist
    Player Striker Defender Goalkeeper Midfielder Forward Quarterback Pitcher Veteran
    Dean Provost Rector Chair Chairperson Treasurer Auditor Controller Secretary Magistrate
    Sheriff Constable Marshal Superintendent Trustee Supervisor Alderman Councilman
    Councilwoman Councillor Councilor Assemblyman Assemblywoman Delegate Cllr Cllr.
    Lt Col Maj Capt Sgt Cpl Brig Cdr Adm Lt-Col Lt-Gen Maj-Gen Sens. Reps. Govs. Drs. Gens.
    QB RB WR TE DL LB CB DT OL Insider Columnist Anchor Host Presenter Commentator Winger
    Coordinator Attorney-General Solicitor-General Governor-General Inspector-General
    Surgeon-General Auditor-General Advocate-General
    Ald. Ald Det. Det Supt. Supt Insp. Insp Cmdr. Cmdr Cdr. Atty. Msgr. Fr. Pvt. Spc. Cpl. Del. Asst. Dep. Hon. Brig. Sup. Commr. Supv. Const.
    Fr Rev Msgr Atty Pvt Commr
    CFO CIO COO CTO CMO CISO DCI DCS
    """
)
"""Title words that, directly before a capitalised name, make it a person (the officers'
acronyms too: "CIO Walt Hauck", and the police's "DCI Claire Hargreaves")."""

TITLE_ABBREVIATIONS = tuple(
    sorted(
        _words(
            """
            Mr Mrs Ms Dr Sen Rep Gov Gen Lt Col Sgt Capt Prof Rev St Jr Sr Adm Maj Ald Det Supt
            Insp Cmdr Cdr Atty Msgr Fr Pvt Spc Cpl Del Asst Dep Hon Brig Commr Supv Const
            """
        ),
        key=len,
        reverse=True,
    )
)
"""Titles written short with a full stop before a name (AP and British usage: "Det. Supt.
Sarah Long", "Ald. Marisol Quintero"): the full stop ends no sentence and the word is no
name of its own."""

GENERATIONAL_SUFFIXES = _words("Jr. Jr Sr. Sr II III IV")
"""Suffixes after a name that are not its surname ("Patrick W. Carlineo Jr.")."""

HONORIFICS = _words("Mr. Mr Mrs. Mrs Ms. Ms Miss Dr. Dr Prof. Sir Dame Lord Lady Rev.")

ROLE_NOUNS = _words(
    """
    official officials spokesman spokeswoman spokesperson minister secretary president
    senator governor mayor ambassador diplomat envoy analyst expert source sources
    aide adviser advisor officer commander general lawmaker chairman chairwoman chief
    executive director judge lawyer attorney prosecutor researcher scientist economist
    professor leader candidate negotiator representative member members statement
    police authorities ministry department agency company group report committee
    council board court military army government union bank regulator nurse doctor
    teacher worker resident witness student farmer soldier employee voter protester
    activist lawyer banker trader investor strategist engineer pilot driver owner
    mother father mom mum man woman survivor victim neighbor neighbour physician
    magistrate coach manager striker founder commissioner captain player midfielder
    defender goalkeeper agent organiser organizer campaigner authority charity family
    """
)
"""Head nouns of descriptions that can stand for a speaker ("a senior official")."""

ORG_HEADS = _words(
    """
    Department Ministry Agency Administration Bureau Office Commission Committee Council
    Board Chiefs Authority Service Services Institute Institution University College School
    Academy Foundation Fund Trust Association Society Union League Federation
    Confederation Alliance Coalition Organization Organisation Party Movement Front
    Group Company Co. Co Corp. Corp Corporation Inc. Inc Ltd. Ltd LLC Plc PLC AG SA GmbH
    Holdings Partners Bank Capital Securities Investments Airlines Airways Motors
    Industries Technologies Systems Pharmaceuticals Energy Petroleum Oil Media News
    Times Post Journal Herald Tribune Gazette Telegraph Guardian Press Network Channel
    Television Radio Broadcasting Magazine Reuters Club FC United City Rovers Athletic
    Team Army Navy Force Forces Guard Command Corps Police Court Tribunal Parliament
    Platforms Solutions Networks Devices Semiconductor Semiconductors Software Pharma
    Therapeutics Biotech Electronics Communications Telecom Brands Foods Entertainment
    Resources Mining Logistics Automotive Robotics Insurance Financial Bancorp Group,
    Railroad Railway Railways Hotel Hotels Theatre Theater Library Zoo
    Congress Senate Assembly Cabinet Government Church Mosque Hospital Center Centre
    Laboratory Laboratories Lab Labs Exchange Reserve Commission Secretariat Brigade
    Brigades Battalion Regiment Division Unit Studios Records Group. Inc., Works
    Prosecution Prosecutors Inspectorate Directorate Ombudsman Protection Enforcement Prevention
    Centers Centres Institutes Bros. Bros Shimbun Zeitung Ilbo Courier Observer Chronicle
    Inquirer Dispatch Examiner Bulletin Monitor Sentinel
    Affairs
    """
)
"""Final words that make a capitalised phrase an organisation ("Commerce Department")."""

ORG_STARTS = _words(
    """
    Department Ministry University College Bank Institute Federal National Central Royal
    Supreme Constitutional International Office Bureau Council Commission Committee Board
    Association Society Federation League Order Church Court House Senate Parliament
    Academy School Museum Agency Party
    """
)
"""First words that, with "of", make an organisation ("Ministry of Defence")."""

PLACE_HEADS = _words(
    """
    Street Avenue Road Square Bridge River Lake Mountain Mountains Mount Mt. Island
    Islands Sea Ocean Gulf Bay Strait Valley Desert Canyon Park Province County District
    Region Territory Peninsula Coast Border Airport Station Port Harbor Harbour Hill
    Hills Forest Falls Heights Plaza Beach Prefecture Oblast Governorate Basin Delta
    Plateau Plain Plains Cape Canal Stadium Arena Shoal Reef Atoll Archipelago Museum
    Gallery Embassy Consulate Memorial Cathedral Palace Castle Temple Way Row Lane Drive
    Boulevard Crescent Terrace Building Tower Towers Gap Pass Gate Area Jail Prison
    Penitentiary
    """
)
"""Final words that make a capitalised phrase a place ("Taiwan Strait", "Lake Erie")."""

OTHER_HEADS = _words(
    """
    Act Bill Law Treaty Accord Accords Agreement Convention Protocol Amendment Doctrine
    War Wars Revolution Olympics Games Cup Championship Championships Open Prize Award
    Awards Festival Summit Conference Forum Expo Election Elections Crisis Pandemic
    Scandal Plan Initiative Program Programme Project Operation Day Week Declaration
    Charter Constitution Code Index Fund Dollar Trophy Series Tour Grand Prix Marathon Policy
    Show Fair Exhibition Tournament Statute Medal Composite Average Telescope Spacecraft Fire
    Rover Probe Satellite Saga Trilogy Edition Editions Album
    """
)
"""Final words that make a capitalised phrase an event, law or product (kind other)."""

OTHER_STARTS = _words("Battle Siege Campaign Massacre Invasion Treaty War Siege Operation")
"""First words that, with "of", make an event ("Battle of Gettysburg")."""

CONNECTORS = _words("of of the for and de del della di da van von der den du le la al bin y")
"""Lower-case words allowed inside a multi-word name ("Bank of England")."""

SPEECH_VERBS = _words(
    """
    said says say told tells added adds stated states explained explains noted notes
    asked asks wrote writes argued argues insisted insists warned warns acknowledged
    acknowledges declared declares announced announces continued continues replied
    replies responded responds claimed claims recalled recalls cautioned cautions
    conceded concedes countered counters admitted admits stressed stresses emphasized
    emphasised emphasizes emphasises observed observes suggested suggests urged urges
    predicted predicts remarked remarks tweeted tweets posted posts concluded concludes
    commented comments reiterated reiterates underscored underscores maintained
    maintains contended contends complained complains agreed agrees recounted recounts
    explained, said, says, added, told, writes, wrote,
    """
)
"""Verbs that attribute speech; after a capitalised name they suggest a person."""

PRONOUNS = _words("he she they He She They")

DEMONYMS = _words(
    """
    Afghan Albanian Algerian American Andorran Angolan Argentine Argentinian Armenian
    Australian Austrian Azerbaijani Bahraini Bangladeshi Belarusian Belgian Bolivian
    Bosnian Brazilian British Briton Bulgarian Burmese Cambodian Cameroonian Canadian
    Chadian Chilean Chinese Colombian Congolese Croatian Cuban Cypriot Czech Danish Dutch
    Ecuadorian Egyptian Emirati English Eritrean Estonian Ethiopian European Filipino
    Finnish French Georgian German Ghanaian Greek Guatemalan Haitian Honduran Hungarian
    Icelandic Indian Indonesian Iranian Iraqi Irish Israeli Italian Ivorian Jamaican
    Japanese Jordanian Kazakh Kenyan Korean Kosovar Kurdish Kuwaiti Kyrgyz Lao Latvian
    Lebanese Liberian Libyan Lithuanian Luxembourgish Macedonian Malagasy Malaysian Malian
    Maltese Mexican Moldovan Mongolian Montenegrin Moroccan Mozambican Namibian Nepalese
    Nepali Nicaraguan Nigerian Nigerien Norwegian Omani Pakistani Palestinian Panamanian
    Paraguayan Peruvian Philippine Polish Portuguese Qatari Romanian Russian Rwandan Salvadoran Saudi
    Scottish Senegalese Serbian Singaporean Slovak Slovenian Somali Spanish
    Sudanese Swedish Swiss Syrian Taiwanese Tajik Tanzanian Thai Tibetan Tunisian Turkish
    Turkmen Ugandan Ukrainian Uruguayan Uzbek Venezuelan Vietnamese Welsh Yemeni Zambian
    Zimbabwean African Asian Arab Arabic Latin Latino Latina Latinos Latinas Hispanic Caribbean Nordic Scandinavian
    Balkan Baltic Western Soviet Persian Roman Byzantine Ottoman Celtic Viking Copt Copts Pashtun Uyghur Uighur Han Sunni Shia
    Shiite Muslim Muslims Christian Jewish Jew Jews Catholic Protestant Orthodox Hindu
    Buddhist Sikh Islamic Islamist Jihadist Evangelical Mormon Anglican Democrat
    Rohingya Hazara Tamil Tamils Yazidi Yazidis Bedouin Druze Maasai Zulu Hutu Tutsi Fulani
    Igbo Yoruba Hausa Alawite Alawites Roma Sami Inuit Aboriginal Berber Amazigh Baloch
    Sindhi Punjabi Bengali Tatar Tatars Chechen Chechens Navajo Cherokee Sioux Lakota Apache
    Osage Hopi Maori Māori Hindus Sikhs Buddhists Catholics Protestants Sunnis Shiites
    Democratic Republican Conservative Liberal Socialist Communist Marxist
    Nazi Zionist Gaullist Kremlin-backed Pro-Russian English-language Spanish-language
    Indo-Pacific Transatlantic Hebrew Mandarin Cantonese Hindi Urdu Swahili Yiddish
    Londoner Parisian Texan Californian  Floridian Bavarian Catalan Basque
    Flemish Walloon Corsican Sicilian Quebecois Ukrainians Russians Americans Israelis
    Palestinians Europeans Asians Africans Arabs Kurds Turks Poles Brits Britons
    Canadians Australians Iranians Iraqis Syrians Afghans Pakistanis Indians Germans
    Italians Mexicans Brazilians Koreans Japanese Filipinos Saudis Yemenis Lebanese
    """
)
"""Nationalities, religions and their plurals: kind `other` (CoNLL's MISC)."""

KNOWN_ORGS = frozenset(
    name.strip()
    for name in """
    Kremlin|Pentagon|Congress|Senate|Parliament|Knesset|Bundestag|Duma|Politburo
    Reuters|Bloomberg|Associated Press|Agence France-Presse|Xinhua|Tass|Interfax|Al Jazeera
    Getty Images|Shutterstock|Alamy|European Pressphoto Agency
    Google|Alphabet|Apple|Microsoft|Amazon|Meta|Facebook|Instagram|WhatsApp|Twitter|TikTok
    ByteDance|Nvidia|Intel|Tesla|SpaceX|OpenAI|Anthropic|Samsung|Huawei|Alibaba|Tencent|Sony
    Toyota|Volkswagen|Boeing|Airbus|Netflix|Disney|Uber|Walmart|Pfizer|Moderna|Shell|BP
    Exxon|ExxonMobil|Chevron|Gazprom|Rosneft|Aramco|Goldman Sachs|JPMorgan|Citigroup|HSBC
    Barclays|BlackRock|Hamas|Hezbollah|Taliban|Houthis|Houthi|Islamic State|Wagner|al-Qaeda
    Al-Qaeda|Fatah|Likud|Labour|Tories|Conservatives|Democrats|Republicans|GOP|Kuomintang
    Bundesbank|Fed|Federal Reserve|Interpol|Europol|Frontex|Muslim Brotherhood|Eurostat|Ofcom|Ofgem|NHS
    European Union|United Nations|World Bank|Red Cross|Red Crescent|Amnesty International
    Human Rights Watch|Greenpeace|Oxfam|State Department|Justice Department|Supreme Court
    Scotland Yard|Wall Street Journal|New York Times|Washington Post|Financial Times|BBC
    CNN|Fox News|Politico|Axios|Guardian|Economist|Le Monde|Der Spiegel|Yonhap|Kyodo
    General Electric|General Motors|Ford|Stellantis|Nissan|Honda|Hyundai|IBM|Oracle|Cisco
    Qualcomm|AMD|Arm|TSMC|ASML|Siemens|Nestle|Nestlé|Unilever|Novartis|Roche|AstraZeneca
    Vatican|Mossad|Shin Bet|CIA|FBI|NSA|KGB|FSB|MI5|MI6|IDF|NATO|OPEC|IMF|WHO|WTO|UNESCO|UNICEF
    Labor|Liberal Democrats|Lib Dems|SNP|Plaid Cymru|Sinn Fein|Sinn Féin|DUP|AfD|CDU|CSU|SPD
    ANC|BJP|LDP|Greens|Cal Fire|CAL FIRE|Forbes|Fortune|CNBC|NPR|PBS|ABC|NBC|CBS|MSNBC|ESPN|HuffPost|BuzzFeed
    Vox|Wired|Semafor|Newsweek|Bild|Haaretz|Asahi|Nikkei Asia
    """.replace("\n", "|").split("|")
) - {""}
"""Organisations common in news whose names carry no organisational head word."""

KNOWN_OTHER = frozenset(
    name.strip()
    for name in """
    Christmas|Easter|Ramadan|Eid|Eid al-Fitr|Eid al-Adha|Hanukkah|Passover|Yom Kippur|Diwali
    Thanksgiving|Lent|Holocaust|Brexit|El Nino|El Niño|La Nina|La Niña|Covid|Covid-19|COVID-19
    Olympics|Paralympics|World Cup|Super Bowl|Euro|Bitcoin|Internet|Cold War|Nobel|Expo|Eurovision
    Oscar|Oscars|Emmy|Emmys|Grammy|Grammys|Golden Globe|Golden Globes|Bafta|Baftas|BAFTA
    Pulitzer|Pulitzer Prize|Booker Prize
    """.replace("\n", "|").split("|")
) - {""}
"""Holidays, events and other names of kind `other` that carry no head word."""

EVENTS = frozenset(["Euro", "Expo", "Eurovision", "Olympics", "Paralympics", "Worlds"])
"""Recurring events whose edition's year is written into their name ("Euro 2020")."""

FAMILY_NAMES = _words(
    """
    Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo
    Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang
    Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Fan Fang Shi Jin Tan Liao Zou Xiong Qiu Qin
    Kong Bai Cui Kang Mao Dai Xue Mo Wen Hou Meng Long Duan Lei Qian Yin Xi Bo Lai Gu Hao
    Kim Lee Park Choi Jung Cho Yoon Jang Lim Oh Seo Shin Kwon Hwang Ahn Yoo Hong Jeon Ko
    Moon Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Ngo Duong Ly
    """
)
"""East Asian family names, which come first: "Fan Mengguang" opens a sentence as a name."""

GEO_HEADS = _words(
    """
    River Lake Valley Mountain Mountains Mount Province Region Älv Alv Fjord Fjorden Glacier
    Volcano Lagoon Estuary Creek Gorge Steppe Highlands Lowlands Oasis Marsh Wetlands Ridge
    Range Sound Firth Loch Lough Glen Moor Moors Dale Dales Reservoir Dam Waterfall Rapids
    Field Pond Brook Bayou Cove Inlet Canyon
    """
)
SURNAME_GEO_HEADS = _words("Lake Field Range Glen Moor Moore Dale Ridge Sound Marsh Brook Cove")
"""Natural-place heads that are also surnames ("Ricki Lake", "Sally Field"): after a given
name they make a person, where "Lincoln Reservoir" or "Jordan River" stays a place."""
"""Capitalised last words that make a name a natural place ("Göta Älv", "Loch Ness")."""

GEO_SUFFIXES = (
    "elva", "elv", "vatnet", "vatn", "gebirge", "tal", "see", "joki", "järvi", "jarvi",
)  # fmt: skip
GEO_SURE_SUFFIXES = ("fjord", "fjorden", "älv", "älven", "sjön", "jökull", "shire")
"""Endings that make a place even of a word common in English text ("Lincolnshire")."""
"""Endings of single-word Nordic and German place names ("Sognefjord", "Dalälven")."""

GEO_NOUNS = _words(
    """
    river river's rivers lake lakes valley valleys mountain mountains mount province
    provinces region regions county district delta basin peninsula coast coastline island
    islands prefecture oblast governorate canton municipality village desert plateau
    plain plains estuary fjord glacier volcano strait gulf bay sea highlands hills forest
    reservoir dam canal counties museum airport stadium palace cathedral settlement
    neighbourhood neighborhood suburb camp beach beaches harbour harbor creek wildfire
    wildfires fire earthquake quake
    """
)
"""Lower-case nouns after a name that make it a place ("the Loire valley", "Hubei province")."""

DIRECTIONS = _words(
    """
    Inner Outer Upper Lower North South East West Northern Southern Eastern Western Central
    Greater Northeast Northwest Southeast Southwest Northeastern Northwestern Southeastern
    Southwestern Far Mid Middle
    """
)
"""Words that, before a known place, make a place of the whole ("Inner Mongolia")."""

WORD_NAMES = _words(
    """
    Will Bill Mark Rich Grace Hope Joy Faith May June Guy Don Frank Art Ray Rose Jack Dean
    Victor Ken Jim Bob Pat Sue Ann Earl Drew Chase Gene Jan Max Sky Summer Page Van
    """
)
"""Given names that are also everyday words, so the name lists leave them out ("Will Moy")."""

NAME_ADJECTIVES = _words(
    """
    Full Free Open Public Private Global General Grand Royal Great Big Little Good Real True
    Special Central National Federal High Supreme Upper Lower Red Black White Green Blue
    Golden Silver Young Human
    """
)
"""Adjectives that, capitalised in mid-sentence before another capital, open a name."""

REGIONS = _words(
    """
    Europe Asia Africa America Americas Oceania Antarctica Arctic Antarctic Caribbean
    Scandinavia Balkans Mediterranean Pacific Atlantic Eurasia Australasia Middle East
    """
) | frozenset(
    [
        "North America",
        "South America",
        "Latin America",
        "Central America",
        "Middle East",
        "East Asia",
        "Southeast Asia",
        "South Asia",
        "West Africa",
        "East Africa",
        "North Africa",
        "Sub-Saharan Africa",
        "Central Asia",
    ]
)
"""Continents, seas and regions: never a sports side, even in a match report."""

DIRECTION_TAILS = _words("North South East West Central Northeast Northwest Southeast Southwest")
"""Last words that make a place of a district ("Yobe North")."""

ORG_NOUNS = _words(
    """
    organization organisation group company firm party militia movement agency charity
    network union association startup start-up newspaper website broadcaster insurer
    lender carrier airline retailer bank ministry department club alliance coalition
    manufacturer maker automaker carmaker chipmaker drugmaker producer supplier developer
    operator provider exporter distributor conglomerate subsidiary brand chain publisher
    studio consultancy regulator watchdog broker brokerage shares stock shareholders
    headquarters employees executives earnings revenue spokesman spokeswoman spokesperson
    president chairman officials
    """
)
"""Nouns after a name (or in an apposition) that make it an organisation."""

THING_NOUNS = _words(
    """
    mission spacecraft probe rover telescope satellite vaccine drug app smartphone
    aircraft jetliner software chatbot operating index platform programme program
    processor processors chip chips missile missiles battery batteries vehicle vehicles
    model models engine engines reactor device devices elders tribe tribes iwi community
    communities language culture cuisine descent heritage ancestry diaspora minority
    film films movie movies album albums song songs novel novels franchise trilogy sequel
    soundtrack musical console episode episodes game games satellites rocket rockets
    jet jets helicopter helicopters drone drones warplane warplanes headset laptop capsule
    """
)
"""Nouns after a name that make it a product or mission (kind other: "Cassini spacecraft")."""

UNITS = _words(
    """
    GW MW KW TW GWh MWh KWh TWh kWh mW GB MB TB KB PB Gbps Mbps Kbps GHz MHz KHz THz
    kV mAh Wh PSI RPM BTU
    """
)
"""Unit symbols written in capitals ("3 GW", "500 MB"): never a name."""

LONE_HEADS = _words("Bill Act Law Plan Program Programme Project Policy Initiative Scheme")
"""Heads of laws and plans that, standing alone ("the Bill", "the Plan"), name nothing."""

PRODUCT_EDITIONS = _words("Pro Max Ultra Plus Mini Lite Air SE XL Fold Flip")
"""Edition words after a model's number ("iPhone 15 Pro", "Galaxy S24 Ultra")."""

STORM_WORDS = _words("Hurricane Typhoon Cyclone Storm Tropical")
"""Words before a storm's given name ("Hurricane Ian"): the whole is a named event (other)."""

US_STATES = frozenset(
    """Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia
    Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts
    Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey
    New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Penn
    Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington
    West Virginia|Wisconsin|Wyoming""".replace("\n", "|")
    .replace("    ", "")
    .split("|")
)
"""The fifty US states: "Ohio State" is a university or its team, "Kaduna State" a place."""

GAME_NOUNS = _words("game games")
"""Thing nouns that also follow a team's name ("the Steelers game"), so they type only a
name that does not look plural ("a Mario game")."""

FUNCTION_WORDS = _words(
    """
    a an the this that these those there here it its he she his her hers him they them
    their we our us you your i me my who whom whose what which when where why how and but
    or nor so yet for if then than though although because since while unless until after
    before once as at by from in into on onto of off out over under up down with without
    within through throughout during about above across against along among amid around
    behind below beneath beside besides between beyond despite except inside near outside
    past per to toward towards upon via like unlike not no yes all any both each every
    either neither few many much more most less least some such other another same several
    also still even just only already again ever never always often sometimes perhaps
    maybe however meanwhile today tonight yesterday tomorrow now later earlier let will
    would can could may might must shall should do does did is are was were be been being
    have has had said says according one two three four five six seven eight nine ten
    last next first second third please read click share subscribe sign log see watch
    listen follow contact related updated published photo video image
    """
)
"""Words that are capitalised mid-sentence only to open a heading or a quote, never a name."""

KIN_NOUNS = _words(
    """
    wife husband son daughter mother father brother sister widow widower girlfriend
    boyfriend fiancée fiance fiancé parents grandmother grandfather mom mum dad stepmother
    stepfather grandson granddaughter
    """
)
"""Nouns after a possessive that make the owner a person ("Carlineo's wife")."""

PERSON_ROLES = _words(
    """
    herder farmer resident researcher professor lawyer analyst economist spokesman
    spokeswoman spokesperson minister senator governor mayor ambassador envoy diplomat
    founder co-founder chairman chairwoman director executive manager coach player
    striker midfielder defender goalkeeper singer actor actress writer author poet artist
    student teacher doctor nurse surgeon scientist engineer activist veteran soldier officer
    journalist reporter photographer editor mother father mom mum son daughter wife husband
    widow
    retiree worker driver owner survivor victim witness candidate lawmaker legislator
    prosecutor judge detective commander general colonel captain pilot priest imam rabbi
    bishop pastor monk nun fellow member
    """
)
"""Role nouns of people, which in an apposition make the name before them a person."""

ILLNESS_NOUNS = _words(
    """
    flu influenza virus fever disease pox syndrome infection infections outbreak strain
    """
)
"""Nouns after a word that make it part of an illness's name ("Bird flu"), which names no
entity in CoNLL conventions."""

DATE_WORDS = _words(
    """
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
    May June July August September October November December
    """
)
"""Days and months: they never open a name, nor close a title ("Black Friday" aside, a
title ending in one is a date)."""
