// Feedback as the cell and its note hold it: what a save writes, the history read back, and what is
// refused. Plain data in and out.
import {
  MAX_NOTE,
  checkCommentBank,
  checkFeedback,
  feedbackCell,
  feedbackHistory,
  noteEntry,
  parseFeedbackNote,
  withNewFeedback,
  type FeedbackCell,
} from '../../src/core/feedback';

const EMPTY: FeedbackCell = { text: '', links: [] };

describe('checkFeedback', () => {
  test('a comment, a link, or both; spaces around them trimmed', () => {
    expect(checkFeedback('  Good work ', undefined)).toEqual({
      ok: true,
      value: { comment: 'Good work', link: '' },
    });
    expect(checkFeedback('', ' https://vocaroo.com/abc ')).toEqual({
      ok: true,
      value: { comment: '', link: 'https://vocaroo.com/abc' },
    });
  });

  test.each([
    'javascript:alert(1)',
    'data:text/html,<b>x</b>',
    'ftp://files.example/a.mp3',
    'vocaroo.com/abc',
    'https://vocaroo.com/a b',
    'https://',
  ])('the link %s is refused', (link) => {
    const checked = checkFeedback('Nice', link);
    expect(checked).toEqual({ ok: false, problem: expect.stringMatching(/^Only a web link/) });
  });

  test('empty feedback, a long comment, and what is not text are refused', () => {
    expect(checkFeedback('  \n ', '')).toEqual({
      ok: false,
      problem: 'The feedback is empty: write a comment or paste a link to a recording.',
    });
    expect(checkFeedback('x'.repeat(2001), '')).toEqual({
      ok: false,
      problem:
        'The comment is 2,001 characters long: keep it to 2,000 or fewer. Nothing was saved.',
    });
    expect(checkFeedback('x'.repeat(2000), '').ok).toBe(true);
    expect(checkFeedback(42, '').ok).toBe(false);
    expect(checkFeedback('ok', { href: 'https://x.example' }).ok).toBe(false);
  });

  test('blank lines inside a comment close up (a blank line separates entries in the note)', () => {
    expect(checkFeedback('Step 1\r\n\r\n\r\nStep 2', '')).toEqual({
      ok: true,
      value: { comment: 'Step 1\nStep 2', link: '' },
    });
  });
});

describe('the cell and the note', () => {
  test('comment and link: the link is on "▶ Listen" alone', () => {
    const cell = feedbackCell({
      on: '2026-09-14',
      comment: 'Check step 2',
      link: 'https://m.example/1',
    });
    expect(cell.text).toBe('2026-09-14 Check step 2  ▶ Listen');
    expect(cell.links).toEqual([{ start: 25, end: 33, url: 'https://m.example/1' }]);
    expect(cell.text.slice(25, 33)).toBe('▶ Listen');
  });

  test('a link only, and a comment only', () => {
    expect(feedbackCell({ on: '2026-09-14', comment: '', link: 'https://m.example/1' }).text).toBe(
      '2026-09-14 ▶ Listen',
    );
    expect(feedbackCell({ on: '2026-09-14', comment: 'Well done', link: '' })).toEqual({
      text: '2026-09-14 Well done',
      links: [],
    });
  });

  test('a note entry is dated, with a Listen line for a link', () => {
    expect(
      noteEntry({ on: '2026-09-14', comment: 'Check step 2', link: 'https://m.example/1' }),
    ).toBe('2026-09-14: Check step 2\nListen: https://m.example/1');
    expect(noteEntry({ on: '2026-09-14', comment: '', link: 'https://m.example/1' })).toBe(
      '2026-09-14:\nListen: https://m.example/1',
    );
  });

  test('two saves: newest first, the first kept as it was', () => {
    const first = withNewFeedback(EMPTY, '', { on: '2026-09-14', comment: 'Try again', link: '' });
    if (!first.ok) throw new Error(first.problem);
    const second = withNewFeedback(first.value.cell, first.value.note, {
      on: '2026-09-16',
      comment: 'Better',
      link: 'https://vocaroo.com/x',
    });
    if (!second.ok) throw new Error(second.problem);
    expect(second.value.note).toBe(
      '2026-09-16: Better\nListen: https://vocaroo.com/x\n\n2026-09-14: Try again',
    );
    expect(feedbackHistory(second.value.cell, second.value.note)).toEqual([
      { on: '2026-09-16', comment: 'Better', link: 'https://vocaroo.com/x' },
      { on: '2026-09-14', comment: 'Try again', link: '' },
    ]);
  });

  test('a note written by hand stays below, verbatim, and reads back as one undated entry', () => {
    const handWritten = 'Talked with mum.\n\nNeeds a calculator.';
    const saved = withNewFeedback(EMPTY, handWritten, {
      on: '2026-09-14',
      comment: 'Good',
      link: '',
    });
    if (!saved.ok) throw new Error(saved.problem);
    expect(saved.value.note).toBe(`2026-09-14: Good\n\n${handWritten}`);
    expect(feedbackHistory(saved.value.cell, saved.value.note)).toEqual([
      { on: '2026-09-14', comment: 'Good', link: '' },
      { on: '', comment: handWritten, link: '' },
    ]);
  });

  test('text typed into the cell by hand is kept in the note, with its link', () => {
    const typed: FeedbackCell = {
      text: 'see my recording',
      links: [{ start: 7, end: 16, url: 'https://vocaroo.com/old' }],
    };
    expect(feedbackHistory(typed, '')).toEqual([
      { on: '', comment: 'see my recording', link: 'https://vocaroo.com/old' },
    ]);
    const saved = withNewFeedback(typed, 'older', { on: '2026-09-14', comment: 'New', link: '' });
    if (!saved.ok) throw new Error(saved.problem);
    expect(saved.value.note).toBe(
      '2026-09-14: New\n\nsee my recording\nListen: https://vocaroo.com/old\n\nolder',
    );
  });

  test('a comment starting with = is kept as written', () => {
    const saved = withNewFeedback(EMPTY, '', {
      on: '2026-09-14',
      comment: '=IMPORTXML("https://x.example","//a")',
      link: '',
    });
    if (!saved.ok) throw new Error(saved.problem);
    expect(saved.value.cell.text).toBe('2026-09-14 =IMPORTXML("https://x.example","//a")');
    expect(parseFeedbackNote(saved.value.note)[0]?.comment).toBe(
      '=IMPORTXML("https://x.example","//a")',
    );
  });

  test('a history that would pass the note limit is refused, not cut', () => {
    const long = 'x'.repeat(MAX_NOTE - 10);
    const saved = withNewFeedback(EMPTY, long, { on: '2026-09-14', comment: 'One more', link: '' });
    expect(saved).toEqual({ ok: false, problem: expect.stringMatching(/history is full/) });
  });

  test('an entry with a bad date or a Listen line that is not a link reads as text', () => {
    expect(parseFeedbackNote('2026-02-30: odd\nListen: javascript:alert(1)')).toEqual([
      { on: '', comment: '2026-02-30: odd\nListen: javascript:alert(1)', link: '' },
    ]);
    expect(parseFeedbackNote('')).toEqual([]);
  });
});

describe('the comment bank', () => {
  test('tidied, empty ones dropped, each kept once, in order', () => {
    expect(checkCommentBank(['  Show your work ', '', 'Great!', 'Show your work'])).toEqual({
      ok: true,
      value: ['Show your work', 'Great!'],
    });
  });

  test('refused: not a list, not text, too long, too many, over 9 KB', () => {
    expect(checkCommentBank('Great!').ok).toBe(false);
    expect(checkCommentBank(['ok', 3])).toEqual({ ok: false, problem: 'Comment 2 is not text.' });
    expect(checkCommentBank(['x'.repeat(501)])).toEqual({
      ok: false,
      problem: expect.stringMatching(/^Comment 1 is 501 characters long/),
    });
    expect(checkCommentBank(Array.from({ length: 101 }, (_, i) => `c${i}`))).toEqual({
      ok: false,
      problem: expect.stringMatching(/at most 100 comments; this list has 101/),
    });
    expect(
      checkCommentBank(Array.from({ length: 20 }, (_, i) => `${i} ${'y'.repeat(480)}`)),
    ).toEqual({
      ok: false,
      problem: expect.stringMatching(/KB, and Google keeps at most 9 KB/),
    });
  });
});
