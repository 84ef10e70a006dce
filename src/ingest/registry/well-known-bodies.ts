import { toSlug } from '../../lib/slug.ts';
import type { EntityRecord } from '../../schema/entity.ts';

/* [name, ...aliases]: well-known international bodies and agencies, written by hand. */
const BODIES: readonly (readonly string[])[] = [
  ['African Development Bank', 'AfDB'],
  ['African Union', 'AU'],
  ['Arab League', 'League of Arab States'],
  ['Asia-Pacific Economic Cooperation', 'APEC'],
  ['Asian Development Bank', 'ADB'],
  ['Association of Southeast Asian Nations', 'ASEAN'],
  ['Bank for International Settlements', 'BIS'],
  ['BRICS'],
  ['Council of Europe'],
  ['Eurasian Economic Union', 'EAEU', 'EEU'],
  ['European Bank for Reconstruction and Development', 'EBRD'],
  ['European Central Bank', 'ECB'],
  [
    'European Commission',
    'Commission of the European Communities',
    'EC Commission',
    'EEC Commission',
    'European Community Commission',
    'European Communities Commission',
  ],
  ['European Community', 'EC', 'European Economic Community', 'EEC', 'European Communities', 'Common Market'],
  ['European Investment Bank', 'EIB'],
  ['European Parliament'],
  ['European Union', 'EU'],
  ['FIFA'],
  ['Food and Agriculture Organization', 'FAO'],
  ['General Agreement on Tariffs and Trade', 'GATT'],
  ['Group of Seven', 'G7', 'G-7'],
  ['Group of Twenty', 'G20', 'G-20'],
  ['Gulf Cooperation Council', 'GCC'],
  ['Inter-American Development Bank', 'IDB', 'IADB'],
  ['International Atomic Energy Agency', 'IAEA'],
  ['International Committee of the Red Cross', 'ICRC'],
  ['International Court of Justice', 'ICJ', 'World Court'],
  ['International Criminal Court', 'ICC'],
  ['International Energy Agency', 'IEA'],
  ['International Labour Organization', 'ILO', 'International Labor Organization'],
  ['International Monetary Fund', 'IMF'],
  ['International Olympic Committee', 'IOC'],
  ['Interpol', 'International Criminal Police Organization'],
  ['North Atlantic Treaty Organization', 'NATO', 'North Atlantic Alliance'],
  [
    'Organisation for Economic Co-operation and Development',
    'OECD',
    'Organization for Economic Cooperation and Development',
  ],
  [
    'Organization for Security and Co-operation in Europe',
    'OSCE',
    'Organisation for Security and Cooperation in Europe',
    'Organization for Security and Cooperation in Europe',
  ],
  ['Organization of American States', 'OAS'],
  ['Organization of the Petroleum Exporting Countries', 'OPEC', 'Organization of Petroleum Exporting Countries'],
  ['Paris Club'],
  ['Shanghai Cooperation Organisation', 'SCO'],
  ['UEFA'],
  ['United Nations', 'UN'],
  ['United Nations Children’s Fund', 'UNICEF'],
  ['United Nations Conference on Trade and Development', 'UNCTAD'],
  ['United Nations Development Programme', 'UNDP'],
  ['United Nations Educational, Scientific and Cultural Organization', 'UNESCO'],
  ['United Nations General Assembly', 'UN General Assembly', 'General Assembly'],
  ['United Nations High Commissioner for Refugees', 'UNHCR'],
  ['United Nations Security Council', 'UN Security Council', 'Security Council'],
  ['World Bank', 'International Bank for Reconstruction and Development', 'IBRD'],
  ['World Food Programme', 'WFP'],
  ['World Health Organization', 'WHO'],
  ['World Trade Organization', 'WTO'],
];

/* One line on each body, shown on its profile and in link previews. */
const DESCRIPTIONS: Readonly<Record<string, string>> = {
  'African Development Bank':
    'Multilateral development bank financing projects in African countries; founded in 1964, based in Abidjan.',
  'African Union':
    'Union of the 55 member states of the African continent, founded in 2002 to succeed the Organisation of African Unity; based in Addis Ababa.',
  'Arab League':
    'Regional organisation of Arab states in the Middle East and North Africa, founded in 1945; based in Cairo.',
  'Asia-Pacific Economic Cooperation':
    'Forum of Pacific Rim economies promoting free trade across the Asia-Pacific region, founded in 1989.',
  'Asian Development Bank':
    'Multilateral development bank lending to developing countries in Asia and the Pacific; founded in 1966, based in Manila.',
  'Association of Southeast Asian Nations':
    'Political and economic union of Southeast Asian states, founded in 1967; secretariat in Jakarta.',
  'Bank for International Settlements':
    'Bank owned by central banks that fosters their cooperation; founded in 1930, based in Basel.',
  BRICS:
    'Grouping of major emerging economies first formed by Brazil, Russia, India and China, later joined by South Africa and further members.',
  'Council of Europe':
    'Organisation of European states upholding human rights, democracy and the rule of law, founded in 1949; based in Strasbourg.',
  'Eurasian Economic Union':
    'Economic union of Armenia, Belarus, Kazakhstan, Kyrgyzstan and Russia, in force since 2015.',
  'European Bank for Reconstruction and Development':
    'Development bank founded in 1991 to build market economies in central and eastern Europe, later beyond; based in London.',
  'European Central Bank':
    'Central bank of the euro area, setting its monetary policy; founded in 1998, based in Frankfurt.',
  'European Commission':
    'Executive body of the European Communities (the EC Commission), then of the European Union, proposing laws and enforcing treaties; in Brussels.',
  'European Community':
    'The European Economic Community founded by the Treaty of Rome in 1957, later the European Community, absorbed into the European Union in 2009.',
  'European Investment Bank':
    'Lending institution of the European Union, owned by its member states; based in Luxembourg.',
  'European Parliament': 'Directly elected legislature of the European Union, sitting in Strasbourg and Brussels.',
  'European Union': 'Political and economic union of European states, established by the Maastricht Treaty in 1993.',
  FIFA: 'International governing body of association football, founded in 1904; based in Zurich.',
  'Food and Agriculture Organization':
    'United Nations agency leading international efforts against hunger, founded in 1945; based in Rome.',
  'General Agreement on Tariffs and Trade':
    'Multilateral treaty of 1947 reducing tariffs and other trade barriers, succeeded by the World Trade Organization in 1995.',
  'Group of Seven':
    'Forum of seven major industrialised democracies: Canada, France, Germany, Italy, Japan, the United Kingdom and the United States.',
  'Group of Twenty':
    'Forum of 19 major economies, the European Union and the African Union for cooperation on the world economy, formed in 1999.',
  'Gulf Cooperation Council':
    'Political and economic union of six Arab states of the Persian Gulf, founded in 1981; based in Riyadh.',
  'Inter-American Development Bank':
    'Development bank financing projects in Latin America and the Caribbean; founded in 1959, based in Washington.',
  'International Atomic Energy Agency':
    'International organisation promoting the peaceful use of nuclear energy and guarding against its military use; founded in 1957, based in Vienna.',
  'International Committee of the Red Cross':
    'Humanitarian organisation protecting victims of armed conflict, founded in 1863; based in Geneva.',
  'International Court of Justice':
    'Principal judicial organ of the United Nations, settling disputes between states; sits in The Hague.',
  'International Criminal Court':
    'Permanent court trying individuals for genocide, crimes against humanity, war crimes and aggression; founded in 2002, sits in The Hague.',
  'International Energy Agency':
    'Autonomous agency within the OECD framework analysing energy markets and security; founded in 1974, based in Paris.',
  'International Labour Organization':
    'United Nations agency setting international labour standards, founded in 1919; based in Geneva.',
  'International Monetary Fund':
    'International financial institution that lends to countries in balance-of-payments difficulty and monitors the world economy; founded in 1944, based in Washington.',
  'International Olympic Committee':
    'Non-governmental body governing the Olympic movement and the Olympic Games, founded in 1894; based in Lausanne.',
  Interpol:
    'International Criminal Police Organization, helping police forces of its member countries cooperate; based in Lyon.',
  'North Atlantic Treaty Organization':
    'Military alliance of European and North American states founded by the North Atlantic Treaty of 1949; headquarters in Brussels.',
  'Organisation for Economic Co-operation and Development':
    'Forum of market democracies comparing economic policy and publishing economic data and outlooks; founded in 1961, based in Paris.',
  'Organization for Security and Co-operation in Europe':
    'Security organisation of states in Europe, North America and Central Asia, grown from the 1975 Helsinki conference; based in Vienna.',
  'Organization of American States':
    'Regional organisation of the states of the Americas, founded in 1948; based in Washington.',
  'Organization of the Petroleum Exporting Countries':
    'Organisation of oil-exporting countries coordinating their petroleum policies, founded in 1960; based in Vienna.',
  'Paris Club':
    'Informal group of creditor countries that negotiates the rescheduling of debts owed to them by other countries, meeting in Paris since 1956.',
  'Shanghai Cooperation Organisation':
    'Political, economic and security organisation of Eurasian states founded in 2001, led by China and Russia.',
  UEFA: 'Union of European Football Associations, governing football in Europe; founded in 1954, based in Nyon.',
  'United Nations':
    'International organisation of nearly every state for peace, security and cooperation, founded in 1945; headquarters in New York.',
  'United Nations Children’s Fund':
    'United Nations agency providing humanitarian and development aid to children worldwide, founded in 1946; based in New York.',
  'United Nations Conference on Trade and Development':
    'United Nations body dealing with trade, investment and development issues, founded in 1964; based in Geneva.',
  'United Nations Development Programme':
    'United Nations development agency helping countries reduce poverty and build institutions, founded in 1965; based in New York.',
  'United Nations Educational, Scientific and Cultural Organization':
    'United Nations agency for education, science and culture, founded in 1945; based in Paris.',
  'United Nations General Assembly':
    'Main deliberative body of the United Nations, in which every member state has one vote.',
  'United Nations High Commissioner for Refugees':
    'United Nations refugee agency protecting refugees and displaced people, founded in 1950; based in Geneva.',
  'United Nations Security Council':
    'United Nations organ responsible for international peace and security, with five permanent and ten elected members.',
  'World Bank':
    'International financial institution lending to governments of developing countries for development projects; founded in 1944, based in Washington.',
  'World Food Programme': 'United Nations food-assistance agency, founded in 1961; based in Rome.',
  'World Health Organization':
    'United Nations agency for international public health, founded in 1948; based in Geneva.',
  'World Trade Organization':
    'International organisation regulating trade between nations, founded in 1995 to succeed the GATT; based in Geneva.',
};

/**
 * The organisations registry a new archive starts with when it has none: international bodies
 * every archive meets, confirmed, so their acronyms ("IMF", "EC") resolve from the first article.
 * Ids are the slugs of the names.
 */
export function wellKnownBodies(): EntityRecord[] {
  return BODIES.map(([name = '', ...aliases]) => ({
    id: toSlug(name),
    name,
    aliases: [...aliases],
    description: DESCRIPTIONS[name],
    roles: [],
    status: 'confirmed',
  }));
}
