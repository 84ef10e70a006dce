/*
 * The word lists written by hand: the cue words that make news text readable as entities (titles,
 * organisation words, name particles, legal forms) and the words of the text kinds the rules tell
 * apart (sports reports, financial tables). No library keeps them for this purpose; the lexicon
 * look-ups, drawn from libraries, are in `lexicon.ts`.
 */

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

/** Titles and offices written before a name ("Defence Minister", "Dr", "Coach"), lower-cased. */
export const TITLE_WORDS = words(`
  mr mrs ms miss mr. mrs. ms. dr dr. sir dame lord lady madam monsieur herr
  president vice prime minister ministers secretary chancellor premier king queen prince princess
  pope sheikh emir sultan crown general gen. colonel col. lieutenant lt. major maj. captain capt.
  admiral adm. commander cmdr. sergeant sgt. corporal marshal brigadier field
  governor gov. senator sen. representative rep. congressman congresswoman assemblyman judge justice
  ambassador envoy consul chairman chairwoman chairperson chair chief executive ceo cfo coo director
  spokesman spokeswoman spokesperson mayor deputy speaker leader majority minority professor prof. prof rev. reverend
  father bishop archbishop cardinal rabbi imam ayatollah mullah patriarch
  coach manager striker midfielder defender goalkeeper keeper captain skipper batsman bowler
  opener champion seed veteran rookie jockey trainer driver rider winger forward guard pitcher
  his her excellency highness majesty honourable honorable
  defence defense foreign finance trade interior home economy economic economics agriculture health
  education energy oil petroleum justice labour labor transport external affairs state treasury
  budget industry commerce information culture environment planning development communications
  attorney exchequer assistant under first federal central fed junior senior acting former ex- interim
  opposition party union bank board cabinet national regional provincial president-elect
  managing vice-president vice-chairman co-chairman counterpart`);

/** Words of a company officer's title that name no office alone ("Chief Financial Officer", "Chief Operating Officer"). */
export const OFFICE_WORDS = words('financial operating');

/**
 * Lower-case words after which the next capitalised name is a person ("his counterpart Andrei
 * Belousov", "striker Ronaldo").
 */
export const PERSON_BEFORE = words(`
  counterpart counterparts colleague successor predecessor rival wife husband son daughter brother
  sister father mother widow coach manager striker midfielder defender goalkeeper captain skipper
  batsman bowler spinner opener all-rounder champion seed veteran jockey trainer driver rider winger
  forward guard pitcher spokesman spokeswoman president minister chairman secretary leader mayor
  governor senator ambassador envoy director economist analyst lawyer judge actor singer author
  novelist writer player rookie teammate compatriot countryman countrywoman premier chancellor
  dealer trader official aide adviser advisor staff finalist semifinalist semi-finalist quarter-finalist
  runner-up winner titleholder`);

/** Words that make a capitalised phrase an organisation wherever they stand in it. */
export const ORG_WORDS = words(`
  corporation corp corp. inc inc. incorporated ltd ltd. limited plc co co. company companies group
  holding holdings bank banks bancorp bancshares banque trust fund partners associates industries
  airlines airline airways motors systems technologies technology communications petroleum energy
  resources mining securities capital financial investments insurance entertainment media
  pharmaceuticals pharmaceutical foods stores chemicals chemical electric electronics steel
  telecom telecommunications railways railway shipping exchange bourse
  ministry department division agency administration commission committee council parliament assembly congress senate
  force
  court tribunal party front movement union federation association organisation organization
  league alliance institute university college school academy foundation society club board
  office bureau authority service services police army navy military guard reserve secretariat
  chamber embassy consulate
  times post news press journal herald telegraph gazette tribune radio television tv broadcasting
  network networks newspaper magazine
  treasury fed pentagon county vale
  fc united rovers wanderers athletic athletico atletico deportivo albion hotspur rangers celtic
  brigade brigades cooperative co-operative consortium cartel syndicate
  zeitung presse prensa gazzetta corriere diario
  societe société compagnie banco banca generale`);

/**
 * Whether a lower-case word makes a name a body: a word of {@link ORG_WORDS}, or a bank's name compounded
 * with "bank" as German and Dutch write it ("Swiss Volksbank", "Hamburgische Landesbank", "Rabobank
 * Nederland"), which no list of words can hold; "interbank" says what passes between banks, no bank.
 */
export const isBodyWord = (lower: string): boolean =>
  ORG_WORDS.has(lower) || (/^\p{Ll}{2,}bank$/u.test(lower) && !lower.startsWith('inter'));

/** Legal forms of companies abroad, which end a name and may be ordinary words or given names elsewhere ("Asa"). */
export const COMPANY_SUFFIXES = words('spa s.p.a. sa s.a. ag gmbh nv n.v. bv b.v. ab asa oyj bhd tbk pty kk');

/** Organisation words that lead a name followed by "of" or "for" ("Bank of Japan", "Centre for Policy Studies"). */
export const ORG_HEADS = words(
  'bank ministry department university college institute court council commission committee office bureau board league union federation association organisation organization government house centre center',
);

/*
 * Legislative bodies that a single word names on its own ("the House", "the Senate"), so one of them
 * joined by "and" to another is two bodies ("House and Senate committees"), and one run straight into
 * a place is a body and the place, not one name ("a Senate Iran committee aide").
 */
export const LONE_BODIES = words('house senate congress parliament');

/** Words inside a name, lower-case: "Bank of Japan", "Marks & Spencer", "Ludwig van Beethoven". */
export const NAME_CONNECTORS = words(
  'of for on and & the de du des la le del della di da van von der den al el bin ibn y',
);

/** Connectors that belong to people's names rather than organisations'. */
export const NAME_PARTICLES = words('de du des la le del della di da van von der den al el bin ibn');

/** Capitalised words that, on their own, never name anyone: months, days, pronouns, greetings. */
export const NEVER_NAMES = words(`
  i i'm i've i'd we you he she it they me us him them my our your his her its their mine
  monday tuesday wednesday thursday friday saturday sunday january february march april may june
  july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
  mon tue wed thu fri sat sun
  mr mrs ms dr no. nos vs am pm gmt est edt bst cet utc ok okay yes no not god allah
  excellency highness majesty none`);

/** Capitalised phrases that are generic, not one body: "Armed Forces", "Security Council" alone is kept. */
export const GENERIC_PHRASES = words('armed-forces security-forces police-force the-government government');

/** Quoting verbs after a name: "…, said Singh" / "Okafor said". */
export const SPEECH_VERBS = words(
  'said says told added asked replied warned noted argued insisted explained stressed urged announced declared',
);

/** Last words of place names that are not in the lexicon ("Grace Road", "Tunbridge Wells", "Wall Street"). */
export const PLACE_WORDS = words(
  'street road avenue lane square park stadium arena bridge island islands river mountain mountains valley bay lake airport prison hospital wells heights hills beach coast gulf sea ocean strait canal district province peninsula desert plain forest wall',
);

/** Lower-case nouns after a name that make it a place's ("the Haj Omran area", "the Vallen region"). */
export const PLACE_AFTER = words('area region province district county town village city township valley border');

/** Lower-case nouns of places that name one with "of" after them ("the town of Bou Haroun"). */
export const PLACE_OF = words('town city village township province region district suburb port island');

/** Lower-case nouns of ships that name one after them ("the tanker Sea Empress"). */
export const SHIP_BEFORE = words('ship vessel tanker freighter frigate destroyer submarine cruiser ferry liner yacht');

/**
 * Capitals that are not organisations: country codes, units, terms of trade and finance ("FOB",
 * "CD" of a certificate of deposit, the "ECU", "GSP" of a trade scheme) and results tables' headings.
 */
export const NOT_ACRONYMS = words(
  'u.s. u.s u.s.a. usa us uk u.k. uae gdp gnp cpi rbi era caps pm am gmt est edt cet ceo cfo mp mps aids hiv tv ok note digest standings ii iii iv vi vii viii ix xi libor libid cusip fob cif cd cds ecu ecus sdr sdrs gsp ipo lng lpg eps',
);

/** Words of sports reports: a text full of them names clubs after their towns ("Leeds 2 Arsenal 1"). */
export const SPORTS_WORDS = words(
  'beat beats drew draw innings wicket wickets goal goals scored scorers points match matches league championship cup season striker runs half-time inning innings homer homers pitcher standings division played won lost win defeat victory tournament seed seeded round semifinal semi-final final quarter-final halftime attendance overs batting bowling club clubs coach penalty race races lap laps qualifying grid podium stage stages placings',
);

/**
 * The column words and headings of sports tables ("W L PCT GB", "P W D L F A PTS", "Postponed:",
 * "Playing Sunday:"), which stand before a table's rows or between them and are no part of a club's name.
 */
export const TABLE_HEADINGS = words(
  'w d l t p f a pct gb pts pld gf ga gd standings table postponed abandoned playing',
);

/** The sections of a league a table heads ("EASTERN DIVISION", "Division A", "Group B"). */
export const TABLE_SECTIONS = words('division conference league group pool section zone');

/** Last words of the names of things, not people or bodies: events, documents ("the Tower Commission Report"), prizes, eras. */
export const THING_WORDS = words(
  'summit meeting conference visit election elections games talks agreement accord treaty forum festival championship championships cup olympics convention dialogue expo referendum round session partnership declaration act bill plan programme program strategy initiative project policy doctrine charter protocol pact war crisis revolution index award prize trophy open day week year era age century prix series tour rally classic marathon report',
);

/**
 * Plurals of the words for one body, which end a phrase naming such bodies in general ("one of the
 * most inexperienced Fed Boards"), not one body; a name with "of" may still hold one ("Federation of
 * Trade Councils"). Plurals that end companies' names ("Newspapers", "Stores") are not among them.
 */
export const BODY_PLURALS = words(
  'boards committees councils commissions ministries departments agencies courts offices bureaus bureaux authorities tribunals secretariats',
);

/*
 * Kinds of institution whose own name joins two words by "and" ("a savings and loan", "a building
 * and loan", "a trust and savings bank"): the word before the "and", then the word after it.
 */
export const JOINED_KINDS = words('savings-loan savings-loans building-loan trust-savings');

/** First words of place names that are not in the lexicon ("Port Alder", "Mount Kenya", "Lake Placid"). */
export const PLACE_HEADS = words('port fort mount mt. lake cape san santa saint st. st point glen');

/**
 * The abbreviations and headings of flattened tables, financial ("Shr 1.20 dlrs vs 1.10", "Avg shrs",
 * "Qtly div", "Oper net", a price "per CWT", the hundredweight) and sporting ("Attendance: 20,000", "Halftime 1-0", "Standings:"):
 * capitalised at the start of a row, they name nothing.
 */
export const TABLE_WORDS = words(`
  shr shrs revs rev avg qtly qtr oper net dlrs dlr cts ct cwt mln mlns billion pct div divs vs sales profit
  loss losses earnings income shares shs nine six three four twelve year-ago prior pay payable record
  extraordinary discontinued operations primary diluted fully gain credit debit tax pretax per cash
  note notes under over na
  attendance attendances crowd halftime half-time standings scorer scorers result results fixtures
  postponed abandoned`);

/** Whose figures a results table's row gives ("Group net", "Consolidated sales", "Parent company net"): table words beside a table word. */
export const TABLE_OWNERS = words('group consolidated parent company companies');

/** The legal forms of companies, which make a name a company but are no name alone ("Corp", "Co Ltd"). */
export const LEGAL_FORMS = new Set([
  ...COMPANY_SUFFIXES,
  ...'inc inc. corp corp. co co. ltd ltd. plc limited incorporated'.split(' '),
]);

/** Legal forms that close a company's name and never stand inside one ("Co" may be a county's: "Bay Co Building Authority"). */
export const CLOSING_FORMS = words('inc inc. corp corp. ltd ltd. plc plc. incorporated');
