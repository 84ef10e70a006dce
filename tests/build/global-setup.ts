import { buildFixture } from './fixture-stamp.ts';

/**
 * Builds the fixture archive for every build-output test (this tier tests the build,
 * so it never trusts an earlier one), stamped so that the browser tier can serve the same output.
 */
export default function setup(): void {
  buildFixture();
}
