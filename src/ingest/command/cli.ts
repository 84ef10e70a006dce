import { enableCompileCache } from 'node:module';

/*
 * `npm run ingest` (see main.ts). Node's compile cache keeps the compiled code, TypeScript stripped
 * of its types, of every module ingest loads, so a run after the first compiles none of them
 * again: a dry run of one article into the 20,000-article archive took about 0.4 CPU s less (1.8-1.9
 * CPU s instead of 2.1-2.7). It must be on before those modules are loaded, and a module's static
 * imports are all loaded before its first line runs: so main.ts is imported only after it. Node's
 * own settings apply: NODE_COMPILE_CACHE names its folder (by default one in the system's temporary
 * folder), NODE_DISABLE_COMPILE_CACHE=1 turns it off, and a folder that cannot be used only costs
 * the speed.
 */
enableCompileCache();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
