/*
 * English given names and their familiar forms, as news text uses them for one person ("Jim Wright",
 * "James Wright"). Written here because the given-name lists say nothing of which names are one.
 */
const GROUPS = `
james jim jimmy jamie | william bill billy will willie | robert bob bobby rob robbie bert |
richard dick rick rich ricky | thomas tom tommy | joseph joe joey | charles charlie chuck |
edward ed eddie ted ned | michael mike mick mickey | john jack johnny | daniel dan danny |
david dave davy | anthony tony | andrew andy drew | alexander alex sandy | benjamin ben benny |
christopher chris kit | donald don donnie | douglas doug | frederick fred freddie | gerald gerry jerry |
gregory greg | henry harry hank | kenneth ken kenny | lawrence larry | leonard len lenny | matthew matt |
nicholas nick nicky | patrick pat paddy | peter pete | philip phil | raymond ray | ronald ron ronnie |
samuel sam sammy | stephen steve steven | timothy tim | walter walt | zachary zach |
elizabeth liz beth betty lisa | margaret maggie peggy meg | katherine kate kathy katie catherine |
patricia pat patty tricia | susan sue susie | deborah deb debbie | jennifer jenny jen | rebecca becky |
barbara barb | dorothy dot dottie | victoria vicky | christine chris chrissy | theodore ted teddy
`;

const variants = new Map<string, Set<string>>();
for (const group of GROUPS.split('|')) {
  const names = group.trim().split(/\s+/).filter(Boolean);
  for (const name of names) {
    const set = variants.get(name) ?? new Set<string>();
    for (const other of names) if (other !== name) set.add(other);
    variants.set(name, set);
  }
}

/** The other forms of a given name, lower-case ("jim" → "james", "jimmy", "jamie"); empty when none is known. */
export function givenNameVariants(given: string): string[] {
  return [...(variants.get(given.toLowerCase()) ?? [])];
}
