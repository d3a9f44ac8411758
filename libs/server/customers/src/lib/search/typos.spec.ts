import { oneEditAway } from './typos';

describe('one edit away', () => {
  it('covers a letter left out, added, changed and swapped', () => {
    const v = oneEditAway('kees');
    expect(v).toEqual(expect.arrayContaining(['kes', 'keees', 'kies', 'ekes']));
    expect(oneEditAway('kes')).toContain('kees');
    expect(oneEditAway('schimel')).toContain('schimmel');
    expect(oneEditAway('jnasen')).toContain('jansen');
  });
  it('never contains the word itself or two edits', () => {
    const v = oneEditAway('berg');
    expect(v).not.toContain('berg');
    expect(v).not.toContain('brg ');
    expect(v).not.toContain('bergman');
  });
});
