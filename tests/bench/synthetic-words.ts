/**
 * Word lists for the synthetic archive. Names are built from parts so that a 20,000-article
 * archive has thousands of distinct people and organisations; the prose vocabulary is lower-case
 * so that the only capitalised phrases are the names, titles and sentence starts that news has.
 */

const words = (text: string): readonly string[] => text.trim().split(/\s+/);

export const FIRST_NAMES = words(`
  Anna Maria Elena Sofia Laura Clara Julia Nadia Irina Olga Marta Helena Ingrid Astrid Greta Lena
  Amara Chiara Beatriz Lucia Carmen Isabel Rosa Teresa Aisha Fatima Leila Yasmin Priya Anjali Meera
  Kavita Mei Hana Yuki Akiko Sun Grace Ruth Esther Miriam Hannah Sarah Rachel Claire Louise Emma
  Alice Jane Helen Karen Susan Paula Diana Vera Daria Petra Silvia Monika Agnes Zofia Ewa
  John James Robert Michael David Richard Thomas Charles Peter Paul Mark Daniel Andrew George Henry
  Anders Lars Nils Erik Jonas Henrik Tomas Pavel Andrei Sergei Dmitri Viktor Ivan Boris Oleg Marek
  Jan Piotr Karel Milan Stefan Lukas Matteo Marco Luca Giorgio Carlos Miguel Jorge Pablo Diego
  Rafael Luis Manuel Omar Karim Hassan Tariq Yusuf Rajesh Arjun Vikram Sanjay Rahul Kenji Hiroshi
  Takeshi Wei Jun Min Samuel Joseph Kwame Kofi Chinedu Tunde Jabari Tomasz Bogdan Emil Felix Hugo
`);

/** Surname stems and endings: any stem plus any ending reads as a plausible surname. */
export const SURNAME_STEMS = words(`
  Kowal Novak Petr Marin Andr Belan Castel Dragom Ferr Galan Horv Ivan Jakub Kerst Lindq Morav Nord
  Olsz Pavl Quint Rossi Sand Torv Ulric Vasil Wend Yarov Zelen Albert Bren Corv Delav Esterh Fald
  Gorsk Hallb Istv Jovan Kalin Lomb Mikh Nesb Orl Pell Radov Sorb Tamb Urban Valch Wilm Borz Cern
  Dobr Eklund Fisch Grabow Holm Jens Kastr Lundgr Mart Nikol Ostr Prok Rydb Stanisl Tark Ustin Varg
  Wojc Zabor Abram Bogus Chern Dusk Falk Gust Hedl Karp Lesk Mazur Nyst Oksan Piet Rusk Szab Tolst
`);

export const SURNAME_ENDINGS = words(`
  ski ska ov ova enko ic ich sson sen berg man mann er ardt ello etti ini ano ez es os is idis
  escu ianu ak ek uk in ina ovic ovich son ley ton field wood ard ier eau
`);

/** Titles written before a name, the way wire copy introduces people. */
export const ROLES = words(`
  Finance_Minister Trade_Minister Energy_Minister Transport_Minister Labour_Minister Health_Minister
  Agriculture_Minister Foreign_Minister Interior_Minister Defence_Minister Prime_Minister President
  Senator Governor Mayor Ambassador Chief_Executive Chairman Chairwoman Deputy_Governor
  Central_Bank_Governor General_Secretary Commissioner Chief_Economist Managing_Director
`).map((role) => role.replace(/_/g, ' '));

/** Half directions and adjectives ("Northern"), half place names ("Harbourne"), as real names mix. */
export const ORG_REGIONS = words(`
  Northern Southern Eastern Western Central Coastal National Federal United Atlantic Pacific Baltic
  Alpine Highland Metropolitan Royal General Continental Inland Riverside Harbourne Castellane Meridian
  Kestrel Alderney Vantor Brightwater Ravensholm Marlow Calder Ashby Tregaron Velmar Oakridge Stanmore
  Dunmore Halvern Corbridge Penrith Larkspur
`);

export const ORG_SECTORS = words(`
  Shipping Grain Steel Rail Power Water Textile Mining Insurance Timber Fisheries Chemicals Aviation
  Telecom Cement Dairy Tobacco Coffee Cotton Petroleum Savings Housing Health Freight Ports
`);

export const ORG_CUES = words(`
  Corporation Authority Board Company Association Bank Council Union Institute Commission Federation Group
`);

export const MINISTRIES = words(`
  Finance Trade Energy Transport Labour Health Agriculture Justice Education Industry Fisheries Housing
`);

export const SUBJECTS = words(`
  the_government officials the_ministry analysts exporters traders the_central_bank local_authorities
  farmers unions investors shipping_firms regional_councils the_committee lenders importers
`).map((subject) => subject.replace(/_/g, ' '));

export const VERBS = words(
  `raise cut review extend suspend delay expand reform monitor support reconsider finance approve restrict`,
);

export const HEADLINE_VERBS = words(
  `backs rejects defends questions welcomes criticises proposes delays unveils signs`,
);

export const OBJECTS = [
  'fuel subsidies',
  'import tariffs',
  'rail freight charges',
  'the grain reserve',
  'port fees',
  'export quotas',
  'the housing programme',
  'minimum wages',
  'the water tariff',
  'the coastal road project',
  'pension payments',
  'credit lines to small firms',
  'the fishing quota',
  'electricity prices',
  'the budget for schools',
  'the new customs rules',
  'the steel import levy',
  'the airport expansion',
];

export const MODIFIERS = [
  'by the end of the year',
  'over the next three years',
  'from next month',
  'before the harvest',
  'after talks with lenders',
  'if demand keeps falling',
  'in the coming weeks',
  'despite objections from the opposition',
  'as part of a wider reform',
  'once the audit is complete',
];

export const METRICS = [
  'freight volumes',
  'industrial output',
  'retail sales',
  'consumer prices',
  'grain exports',
  'tax receipts',
  'new home loans',
  'port traffic',
  'factory orders',
  'fuel imports',
];

export const COMMODITIES = words(`wheat copper coffee sugar cotton rice aluminium soybeans cocoa zinc`);

export const PLACES_SAID = [
  'at a news conference',
  'in an interview',
  'after a cabinet meeting',
  'in a statement',
  'at a conference of business leaders',
  'during a visit to the port',
  'in a speech to lawmakers',
];
