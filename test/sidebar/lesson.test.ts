/**
 * In focus and Feedback in a browser, on Room 12's class: a student ticks a lesson in her tab (an
 * edit in the emulator, as the student), the teacher selects that lesson's row and In focus follows
 * the selection; a mastery check recorded there lands in the tab; feedback written in the sidebar
 * lands in the lesson's feedback cell (its text, its Listen link and its note, read back from the
 * sheet); a link that is not http(s), empty feedback and a cell that is not a student's lesson are
 * refused with a message. axe runs in both panels. Saves docs/sidebar-focus.png and
 * docs/sidebar-feedback.png.
 */

import { TEACHER } from '../support/classroom';
import type { ImportedTracker } from '../support/imported-tracker';
import { room12Class, ROOM_12_TIME_ZONE } from '../support/room-12';
import {
  axeViolations,
  sidebarBrowserForTests,
  savePicture,
  SidebarPage,
} from '../support/sidebar-browser';

jest.setTimeout(120_000);

const AVA = 'ava@school.example';
/** Ava's row for lesson 5, "Scaling" (lessons start at row 5 of a student's tab). */
const SCALING = "'Ava Lee'!B9";

const browser = sidebarBrowserForTests(ROOM_12_TIME_ZONE);

function feedbackCell(file: ImportedTracker, row: number) {
  const sheet = file.sheet('Ava Lee');
  const cell = sheet.getRange(`I${row}`);
  return {
    text: cell.getDisplayValue(),
    links: (cell.getRichTextValue()?.getRuns() ?? [])
      .map((run) => run.getLinkUrl())
      .filter((link): link is string => Boolean(link)),
    note: cell.getNote(),
  };
}

async function openOn(file: ImportedTracker, panel: 'focus' | 'feedback'): Promise<SidebarPage> {
  const sidebar = await SidebarPage.open(browser.context, file.emulator, file.doc, TEACHER);
  await sidebar.page.locator('#status:text-is("Ready.")').waitFor();
  await sidebar.page.click(`#tab-${panel}`);
  return sidebar;
}

test("In focus follows the teacher's selection; a mastery check lands in the student's tab", async () => {
  const file = room12Class();
  // Ava ticks lesson 5 in her own tab: it waits for a check.
  const tick = file.emulator.setCheckbox(file.doc, AVA, "'Ava Lee'!F9", true);
  expect(tick.triggers.map((run) => run.error?.message ?? 'ok')).toContain('ok');
  expect(file.sheet('Ava Lee').getRange('E9').getDisplayValue()).toBe('⏳ Waiting for check');
  file.emulator.type(file.doc, AVA, "'Ava Lee'!G9", 'https://docs.example/ava/scaling');

  file.emulator.select(file.doc, TEACHER, 'Setup!A1');
  const sidebar = await openOn(file, 'focus');
  const { page } = sidebar;
  const panel = page.locator('#panel-focus');
  await panel.locator("text=Click a student's lesson").or(panel.locator('p')).first().waitFor();

  // The teacher clicks Ava's row for Scaling: the panel follows within a poll or two.
  file.emulator.select(file.doc, TEACHER, SCALING);
  await panel.locator('h2:text-is("Ava Lee")').waitFor({ timeout: 10_000 });
  expect(await panel.textContent()).toContain('Scaling');
  expect(await panel.locator('.state').textContent()).toBe('⏳ Waiting for check');
  const work = panel.locator('a:text-is("Open the student’s work")');
  expect(await work.getAttribute('href')).toBe('https://docs.example/ava/scaling');
  expect(await panel.textContent()).toContain('Following your selection');
  expect(await axeViolations(page)).toEqual([]);

  // A check: 9 out of 10, at or above the 80% threshold.
  await panel.getByLabel('Score', { exact: true }).fill('9');
  await panel.getByLabel('out of').fill('10');
  await panel.getByLabel('out of').press('Enter'); // by keyboard
  await panel.locator('.state:text-is("★ Mastered")').waitFor();
  // The panel was redrawn; the keyboard user's place stays in it, not back at the page's top.
  expect(
    await page.evaluate(() => {
      const doc = (
        globalThis as unknown as {
          document: {
            activeElement: { id: string } | null;
            getElementById(id: string): { contains(e: unknown): boolean };
          };
        }
      ).document;
      return doc.getElementById('panel-focus').contains(doc.activeElement);
    }),
  ).toBe(true);
  expect(await panel.textContent()).toContain('Sep 17: 90% (mastered)');
  expect(file.sheet('Ava Lee').getRange('E9').getDisplayValue()).toBe('★ Mastered');
  expect(await page.locator('#status').textContent()).toBe('Check recorded for Ava Lee.');
  await savePicture(page, 'docs/sidebar-focus.png');

  // A cell of the wall: Ava's nickname shows the lesson she is on now, the sixth.
  file.emulator.select(file.doc, TEACHER, 'Wall!A4');
  await panel.locator('text=Real-world products').waitFor({ timeout: 10_000 });
  expect(await panel.locator('h2').first().textContent()).toBe('Ava Lee');

  // A score that is not a number never leaves the sidebar; the server's own refusals show too.
  await panel.getByLabel('Score', { exact: true }).fill('');
  await panel.locator('button:text-is("Record check")').click();
  await page.locator('#error:has-text("Type the score first")').waitFor();
  await panel.getByLabel('Score', { exact: true }).fill('12');
  await panel.getByLabel('out of').fill('10');
  await panel.locator('button:text-is("Record check")').click();
  await page.locator('#error:has-text("The score is above 100%")').waitFor();
  expect(sidebar.pageErrors).toEqual([]);
  await sidebar.close();
});

test('feedback lands in the lesson cell; bad links, empty feedback and non-lesson cells are refused', async () => {
  const file = room12Class();
  file.emulator.select(file.doc, TEACHER, SCALING);
  const sidebar = await openOn(file, 'feedback');
  const { page } = sidebar;
  const panel = page.locator('#panel-feedback');
  await panel.locator('h2:text-is("Ava Lee")').waitFor();
  expect(
    await panel
      .getByLabel('Link to a recording or resource (https)')
      .getAttribute('aria-describedby'),
  ).toBeTruthy();
  expect(await panel.textContent()).toContain('anyone with the link can listen');

  // Refusals: nothing typed; a link that is not http(s). Nothing reaches the cell.
  await panel.locator('button:text-is("Save feedback")').click();
  await page.locator('#error:has-text("Write a comment or paste a link")').waitFor();
  await panel.getByLabel('Comment', { exact: true }).fill('Good start');
  await panel.getByLabel('Link to a recording or resource (https)').fill('javascript:alert(1)');
  await panel.locator('button:text-is("Save feedback")').click();
  await page.locator('#error:has-text("Links must start with https://")').waitFor();
  expect(feedbackCell(file, 9).text).toBe('');

  // The comment bank: save a comment, pick it again later.
  await panel.getByLabel('Comment', { exact: true }).fill('Show each step of your scaling.');
  await panel.locator('button:text-is("Save to bank")').click();
  await page.locator('#status:text-is("The comment is in your bank.")').waitFor();
  await panel.getByLabel('Comment', { exact: true }).fill('');
  await panel
    .getByLabel('Saved comments')
    .selectOption({ label: 'Show each step of your scaling.' });
  await panel.locator('button:text-is("Use")').click();
  expect(await panel.getByLabel('Comment', { exact: true }).inputValue()).toBe(
    'Show each step of your scaling.',
  );
  await panel
    .getByLabel('Link to a recording or resource (https)')
    .fill('https://vocaroo.com/1abcDEF');
  await panel.locator('button:text-is("Save feedback")').click();
  await page.locator('#status:text-is("Feedback saved in Ava Lee\'s tab.")').waitFor();
  await panel.locator('.feedback-entry').first().waitFor();
  let cell = feedbackCell(file, 9);
  expect(cell.text).toBe('2026-09-17 Show each step of your scaling.  ▶ Listen');
  expect(cell.links).toEqual(['https://vocaroo.com/1abcDEF']);
  expect(cell.note).toBe(
    '2026-09-17: Show each step of your scaling.\nListen: https://vocaroo.com/1abcDEF',
  );
  const listen = panel.locator('.feedback-entry a:text-is("Listen")');
  expect(await listen.getAttribute('href')).toBe('https://vocaroo.com/1abcDEF');
  expect(await listen.getAttribute('target')).toBe('_blank');
  expect(await listen.getAttribute('rel')).toContain('noopener');
  expect(await axeViolations(page)).toEqual([]);
  await savePicture(page, 'docs/sidebar-feedback.png');

  // Text from people is text: markup in a comment is written and shown as it was typed.
  const markup = 'Try <b>again</b> <img src=x onerror="document.title=1">';
  await panel.getByLabel('Comment', { exact: true }).fill(markup);
  await panel.locator('button:text-is("Save feedback")').click();
  await panel.locator(`.feedback-entry p:text-is('${markup}')`).waitFor();
  expect(await panel.locator('.feedback-entry b, .feedback-entry img').count()).toBe(0);
  cell = feedbackCell(file, 9);
  expect(cell.text).toBe(`2026-09-17 ${markup}`);
  expect(cell.note.split('\n\n')).toHaveLength(2); // the history keeps both, newest first
  expect(cell.note.startsWith(`2026-09-17: ${markup}`)).toBe(true);

  // A cell that is not a student's lesson: the panel says what to click, and saving is refused.
  file.emulator.select(file.doc, TEACHER, 'Setup!A1');
  await panel.locator('h2:text-is("Ava Lee")').waitFor({ state: 'detached', timeout: 10_000 });
  await panel.getByLabel('Comment', { exact: true }).fill('For nobody');
  await panel.locator('button:text-is("Save feedback")').click();
  await page.locator(`#error:has-text("Select a lesson's row on a student's tab")`).waitFor();
  expect(sidebar.pageErrors).toEqual([]);
  await sidebar.close();
});

test('a student who opens the sidebar is told it is for teachers, and sees no class data', async () => {
  const file = room12Class();
  const sidebar = await SidebarPage.open(browser.context, file.emulator, file.doc, AVA);
  const { page } = sidebar;
  await page
    .locator('#error:has-text("Mastery Tracker is for the teachers of this class")')
    .waitFor();
  for (const name of ['today', 'focus', 'feedback', 'setup']) {
    expect(await page.locator(`#panel-${name}`).isVisible()).toBe(false);
  }
  expect(await page.locator('body').textContent()).not.toContain('Hana Sato');
  expect(sidebar.pageErrors).toEqual([]);
  await sidebar.close();
});

test('In focus stops following after three minutes without a change, and follows again on request', async () => {
  const file = room12Class();
  file.emulator.select(file.doc, TEACHER, SCALING);
  const sidebar = await SidebarPage.open(browser.context, file.emulator, file.doc, TEACHER, {
    fakeClock: true,
  });
  const { page } = sidebar;
  await page.locator('#status:text-is("Ready.")').waitFor();
  await page.click('#tab-focus');
  const panel = page.locator('#panel-focus');
  await panel.locator('h2:text-is("Ava Lee")').waitFor();
  const asked = () => sidebar.calls.filter((c) => c.name === 'getFocus').length;
  const before = asked();
  await page.clock.fastForward('00:02');
  await expectSoon(() => asked() === before + 1, 'one more getFocus after two seconds');

  await page.clock.fastForward('03:05');
  const follow = panel.locator('button:text-is("Follow my selection")');
  await follow.waitFor();
  const stopped = asked();
  await page.clock.fastForward('00:30');
  expect(asked()).toBe(stopped); // no more calls once stopped

  file.emulator.select(file.doc, TEACHER, 'Wall!A5'); // Ben on the wall
  await follow.click();
  await panel.locator('h2:text-is("Ben Ortiz")').waitFor();
  expect(await panel.textContent()).toContain('Following your selection');
  await sidebar.close();
});

async function expectSoon(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
