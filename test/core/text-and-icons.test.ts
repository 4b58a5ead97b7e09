// People's text stays text; links are http(s) only; icons never become raw formulas.
import { chooseIcon, parseIcon, wallIconCell } from '../../src/core/icons';
import { isHttpUrl, plainText, safeTabName, uniqueTabName } from '../../src/core/text';

describe('plainText', () => {
  test.each(['=1+1', '+1', '-2', '@x', '2026-10-02', 'TRUE', "'tis", 'Zoë'])(
    '%s gets a leading apostrophe',
    (text) => {
      expect(plainText(text)).toBe(`'${text}`);
    },
  );
  test('empty stays empty', () => expect(plainText('')).toBe(''));
});

describe('links', () => {
  test.each([
    ['https://www.youtube.com/watch?v=abc', true],
    ['http://example.org/x', true],
    ['HTTPS://EXAMPLE.ORG', true],
    ['javascript:alert(1)', false],
    ['ftp://example.org', false],
    ['www.example.org', false],
    ['https://', false],
    ['https://example.org/"onmouseover', false],
  ])('%s is an http(s) link: %s', (text, ok) => expect(isHttpUrl(text)).toBe(ok));
});

describe('tab names', () => {
  test.each([
    ['Ava Martinez', 'Ava Martinez'],
    ['  Ben  [B] / Okafor  ', 'Ben B Okafor'],
    ["'Quoted'", 'Quoted'],
    ['*?:', 'Student'],
    ['x'.repeat(10_000), 'x'.repeat(95)],
  ])('%s → %s', (name, expected) => expect(safeTabName(name, 'Student')).toBe(expected));

  test('names already taken (any case) get a number', () => {
    const taken = new Set(['setup', 'ava']);
    expect(uniqueTabName('Setup', taken)).toBe('Setup (2)');
    expect(uniqueTabName('AVA', taken)).toBe('AVA (2)');
    expect(uniqueTabName('Ava', taken)).toBe('Ava (3)');
  });
});

describe('icons', () => {
  test.each([
    ['🦊', { kind: 'symbol', text: '🦊' }],
    ['👨‍👩‍👧', { kind: 'symbol', text: '👨‍👩‍👧' }],
    ['https://example.org/me.png', { kind: 'picture', url: 'https://example.org/me.png' }],
    ['http://example.org/me.png', null],
    ['javascript:alert(1)', null],
    ['a very long message to everyone', null],
    ['', null],
  ])('%s → %j', (text, icon) => expect(parseIcon(text)).toEqual(icon));

  test('the wall shows a picture through an IMAGE formula built from the checked URL only', () => {
    expect(wallIconCell({ kind: 'picture', url: 'https://example.org/me.png' })).toBe(
      '=IMAGE("https://example.org/me.png")',
    );
    expect(wallIconCell({ kind: 'symbol', text: '=1+1' })).toBe("'=1+1");
  });

  test("the student's choice wins, then the teacher's, then a default by place", () => {
    expect(chooseIcon('🐢', '🦊', 0)).toEqual({ kind: 'symbol', text: '🐢' });
    expect(chooseIcon('javascript:x', '🦊', 0)).toEqual({ kind: 'symbol', text: '🦊' });
    expect(chooseIcon('', '', 1)).toEqual({ kind: 'symbol', text: '🐢' });
  });
});
