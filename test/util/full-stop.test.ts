import { describe, expect, it } from 'vitest';
import { withFullStop, withoutFullStop } from '../../src/util/full-stop.js';

describe('a reason written as a phrase or a sentence', () => {
  it('ends a sentence with one full stop, keeping a ? ! or ellipsis', () => {
    expect(['de jaarafsluiting', 'Server move. ', 'Why now?', 'Wacht op de leverancier…'].map(withFullStop)).toEqual(['de jaarafsluiting.', 'Server move.', 'Why now?', 'Wacht op de leverancier…']);
  });

  it('goes inside a longer sentence without its closing full stop, keeping an ellipsis', () => {
    expect(['De server verhuist.', 'the year-end closing', 'waiting...', 'Why now?'].map(withoutFullStop)).toEqual(['De server verhuist', 'the year-end closing', 'waiting...', 'Why now?']);
  });
});
