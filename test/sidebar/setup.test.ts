/**
 * The teacher's sidebar in a browser, on a spreadsheet with no class yet: it opens on Setup, reads
 * the teacher's tracker, takes the teacher's corrections (a line that is not a student, a mark it
 * does not know, every lesson needing a check), and generates the class. The tabs are usable by
 * keyboard alone, and axe finds nothing serious. Saves docs/sidebar-setup.png.
 */

import { TEACHER } from '../support/classroom';
import { room12Tracker, ROOM_12_TIME_ZONE } from '../support/room-12';
import {
  axeViolations,
  sidebarBrowserForTests,
  savePicture,
  SidebarPage,
} from '../support/sidebar-browser';

jest.setTimeout(120_000);

const browser = sidebarBrowserForTests(ROOM_12_TIME_ZONE);

test('opens on Setup, previews the tracker, takes corrections and generates the class', async () => {
  const file = room12Tracker();
  const sidebar = await SidebarPage.open(browser.context, file.emulator, file.doc, TEACHER);
  const { page } = sidebar;
  await page.locator('#status:text-is("Ready.")').waitFor();
  expect(await page.locator('#spreadsheet-name').textContent()).toBe('Room 12 · Fractions');
  expect(await page.locator('#tab-setup').getAttribute('aria-selected')).toBe('true');
  // Opening asked for the header and the class, then Setup read the sheet: one call for the panel.
  expect(sidebar.callsSince(0)).toEqual(['getSidebarInfo', 'getClassStatus', 'detectImport']);

  const setup = page.locator('#panel-setup');
  await setup.locator('text=9 students, 6 lessons').waitFor();
  expect(await setup.textContent()).toContain('Confidence: medium');
  expect(await setup.textContent()).toContain('Sep 8: Add unlike fractions');
  expect(await axeViolations(page)).toEqual([]);
  await savePicture(page, 'docs/sidebar-setup.png');

  // Corrections: "Demo Student" is not in the class; A means done; every lesson needs a check.
  await page.getByLabel('Demo Student (Row 14)').uncheck();
  await page.getByLabel('A (3)').selectOption('done');
  await page.getByLabel('Every lesson needs a mastery check').check();
  await page.getByLabel('Unit name').fill('Fractions');
  const before = sidebar.calls.length;
  await page.click('button:text-is("Update preview")');
  await setup.locator('text=8 students, 6 lessons').waitFor();
  expect(sidebar.callsSince(before)).toEqual(['previewImport']);
  // The corrections survive the new preview.
  expect(await page.getByLabel('A (3)').inputValue()).toBe('done');
  expect(await page.getByLabel('Unit name').inputValue()).toBe('Fractions');

  // Generating takes minutes for a big class: progress shows while the call is in flight. Here
  // Apps Script stops the run at its time limit after the work was written; Continue finishes.
  const generation = sidebar.intercept('confirmImport', {
    failWith: 'Exceeded maximum execution time',
  });
  await page.click('button:text-is("Set up the class")');
  const progress = page.locator('#progress');
  await progress.locator('[role="progressbar"]').waitFor();
  expect(await progress.textContent()).toContain(
    'Setting up 8 students and 6 lessons… This takes under a minute; keep this sidebar open.',
  );
  expect(await page.locator('body').getAttribute('aria-busy')).toBe('true');
  expect(await page.locator('#status').textContent()).toBe('Setting up 8 students and 6 lessons…');
  generation.release();
  await page.locator('#error:has-text("Nothing is lost: choose Continue")').waitFor();
  expect(await progress.isVisible()).toBe(false);
  const beforeContinue = sidebar.calls.length;
  await page.click('#error button:text-is("Continue")');
  await page.locator('#tab-today[aria-selected="true"]').waitFor();
  expect(sidebar.callsSince(beforeContinue)[0]).toBe('syncClass');
  // The class exists: one tab per student, with the marks carried over (A became done).
  const names = file.sheetNames();
  expect(names).toEqual(expect.arrayContaining(['Setup', 'Wall', 'Ava Lee', 'Isaac Mensah']));
  expect(names).not.toContain('Demo Student');
  const ava = file.shown('Ava Lee');
  const lesson4 = ava.find((row) => row[1] === 'Multiply fractions');
  expect(lesson4?.[5]).toBe('TRUE');
  expect(file.shown('Tracker')[5]?.[5]).toBe('A'); // the teacher's sheet is unchanged
  expect(sidebar.pageErrors).toEqual([]);
  await sidebar.close();
});

test('moves between panels with the arrow keys alone, each tab labelled and focus visible', async () => {
  const file = room12Tracker();
  const sidebar = await SidebarPage.open(browser.context, file.emulator, file.doc, TEACHER);
  const { page } = sidebar;
  await page.locator('#status:text-is("Ready.")').waitFor();
  await page.keyboard.press('Tab'); // the selected tab is the first stop
  expect(await page.evaluate(() => (globalThis as unknown as Doc).document.activeElement?.id)).toBe(
    'tab-setup',
  );
  await page.keyboard.press('Home');
  expect(await focusedId(page)).toBe('tab-today');
  await page.keyboard.press('ArrowRight');
  expect(await focusedId(page)).toBe('tab-focus');
  expect(await page.locator('#panel-focus').isVisible()).toBe(true);
  expect(await page.locator('#panel-today').isVisible()).toBe(false);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  expect(await focusedId(page)).toBe('tab-setup');
  await page.keyboard.press('ArrowRight'); // wraps round
  expect(await focusedId(page)).toBe('tab-today');
  await page.keyboard.press('ArrowLeft');
  expect(await focusedId(page)).toBe('tab-setup');
  // Tab leaves the tablist for the panel; only one tab is in the Tab order.
  await page.keyboard.press('Tab');
  expect(await focusedId(page)).toBe('panel-setup');
  const outline = await page.evaluate(() => {
    const doc = (globalThis as unknown as Doc).document;
    const style = (globalThis as unknown as Doc).getComputedStyle(doc.activeElement);
    return style.outlineStyle;
  });
  expect(outline).toBe('solid');
  await sidebar.close();
});

interface Doc {
  document: { activeElement: { id: string } | null };
  getComputedStyle(element: unknown): { outlineStyle: string };
}

async function focusedId(page: SidebarPage['page']): Promise<string | undefined> {
  return page.evaluate(() => (globalThis as unknown as Doc).document.activeElement?.id);
}
