import { toSlug } from '../lib/slug.ts';
import type { EntityRecord } from '../schema/entity.ts';

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
  ['European Commission'],
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

/**
 * The organisations registry a new archive starts with when it has none: international bodies
 * every archive meets, confirmed, so their acronyms ("IMF", "EC") resolve from the first article.
 * Ids are the slugs of the names.
 */
export function knownOrganisations(): EntityRecord[] {
  return BODIES.map(([name = '', ...aliases]) => ({
    id: toSlug(name),
    name,
    aliases: [...aliases],
    roles: [],
    status: 'confirmed',
  }));
}
