// A fresh GitHub emulator for each test; the test fails if any body it served does not
// match GitHub's published schema for its route.
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { type Emulator, type EmulatorState, startEmulator } from '../emulator';

export function emulatorPerTest(fixture: () => Partial<EmulatorState>, started: (emulator: Emulator) => void): void {
  let current: Emulator | undefined;
  beforeEach(async () => {
    current = await startEmulator(fixture());
    started(current);
  });
  afterEach(async () => {
    const violations = current?.schemaViolations() ?? [];
    await current?.close();
    expect(violations).toEqual([]);
  });
}

/** One emulator for the whole file (tests read, they do not write); each test still fails on a schema violation. */
export function emulatorPerFile(fixture: () => Partial<EmulatorState>, started: (emulator: Emulator) => void): void {
  let current: Emulator | undefined;
  beforeAll(async () => {
    current = await startEmulator(fixture());
    started(current);
  });
  afterAll(() => current?.close());
  afterEach(() => {
    expect(current?.schemaViolations() ?? []).toEqual([]);
  });
}
