/** What the benchmark needs to build a peer site it has written. */
export interface PeerBuild {
  /** Shown in the results table. */
  name: string;
  command: string;
  args: string[];
  cwd: string;
  /** Folder the build writes the site into. */
  out: string;
}

/** The same few rules for every peer, so page weight compares templates, not styling. */
export const PEER_CSS = `body{font:1rem/1.5 system-ui,sans-serif;max-width:42rem;margin:0 auto;padding:1rem}
header{display:flex;gap:1rem;justify-content:space-between}nav a{margin-left:.5rem}
ul{padding-left:1.2rem}time{color:#555}
`;
