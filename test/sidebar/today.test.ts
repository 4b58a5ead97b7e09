/**
 * Today and Setup's settings in a browser, on Room 12's class: the sidebar opens on Today, which
 * asks for everything it shows in one call; a student's tick (an edit in the emulator, as the
 * student) shows in the queue of lessons waiting for a check once Today is refreshed; a queued
 * lesson opens the student's tab and In focus on it; a name opens the student's tab. Setup shows
 * the class's settings and what classmates can see, and saving a setting changes the Setup tab.
 * axe runs in both panels. Saves docs/sidebar-today.png.
 */

import { TEACHER } from '../support/classroom';
import { room12Class, ROOM_12_TIME_ZONE } from '../support/room-12';
import {
  axeViolations,
  sidebarBrowserForTests,
  savePicture,
  SidebarPage,
} from '../support/sidebar-browser';

jest.setTimeout(120_000);

const AVA = 'ava@school.example';

const browser = sidebarBrowserForTests(ROOM_12_TIME_ZONE);

test('Today: the class at a glance, updated after a tick; a queued lesson opens In focus', async () => {
  const file = room12Class();
  const sidebar = await SidebarPage.open(browser.context, file.emulator, file.doc, TEACHER);
  const { page } = sidebar;
  await page.locator('#status:text-is("Ready.")').waitFor();
  expect(await page.locator('#tab-today').getAttribute('aria-selected')).toBe('true');
  expect(sidebar.callsSince(0)).toEqual(['getSidebarInfo', 'getClassStatus', 'getToday']);
  const today = page.locator('#panel-today');
  const section = (title: string) => today.locator(`section:has(h2:text-is("${title}"))`);

  // Today is Thursday, September 17: four lessons were due by now. Hana has ticked none.
  expect(await section('Behind pace').locator('li:has-text("Hana Sato")').textContent()).toBe(
    'Hana Satobehind by 4',
  );
  expect(await today.locator('svg[role="img"]').getAttribute('aria-label')).toMatch(
    /^Where everyone is\. lesson 1: /,
  );
  const queue = section('Waiting for a mastery check');
  expect(await queue.locator('li').count()).toBe(8);
  await queue.locator('button:has-text("Show all")').click();
  expect(await queue.locator('li:has-text("Ava Lee")').count()).toBeGreaterThan(0);
  expect(await queue.locator('li:has-text("Ava Lee · 5. Scaling")').count()).toBe(0);

  // Ava ticks Scaling in her tab; Refresh shows it in the queue (one call).
  file.emulator.setCheckbox(file.doc, AVA, "'Ava Lee'!F9", true);
  const before = sidebar.calls.length;
  await today.locator('button:text-is("Refresh")').click();
  await page.locator('#progress').waitFor({ state: 'hidden' });
  expect(sidebar.callsSince(before)).toEqual(['getToday']);
  // The queue is long (every lesson needs a check): it shows eight, then the rest on request.
  expect(await queue.locator('li').count()).toBe(8);
  expect(await axeViolations(page)).toEqual([]);
  await savePicture(page, 'docs/sidebar-today.png');
  await queue.locator('button:has-text("Show all")').click();
  await queue.locator('li:has-text("Ava Lee · 5. Scaling")').waitFor();
  expect(await queue.locator('li').count()).toBeGreaterThan(8);

  // The queued lesson: Ava's tab opens at that lesson and In focus shows it.
  await queue.locator('button:has-text("Ava Lee · 5. Scaling")').click();
  await page.locator('#tab-focus[aria-selected="true"]').waitFor();
  const focus = page.locator('#panel-focus');
  await focus.locator('h2:text-is("Ava Lee")').waitFor();
  expect(await focus.textContent()).toContain('Scaling');
  expect(await focus.locator('.state').textContent()).toBe('⏳ Waiting for check');
  expect(activeSheet(file)).toBe('Ava Lee');

  // A name opens that student's tab.
  await page.click('#tab-today');
  await section('Behind pace').locator('button:text-is("Hana Sato")').click();
  await page.locator('#status:text-is("The tab is open.")').waitFor();
  expect(activeSheet(file)).toBe('Hana Sato');
  expect(sidebar.pageErrors).toEqual([]);
  await sidebar.close();
});

test("Setup: the class's settings and what classmates can see; saving changes the Setup tab", async () => {
  const file = room12Class();
  const sidebar = await SidebarPage.open(browser.context, file.emulator, file.doc, TEACHER);
  const { page } = sidebar;
  await page.locator('#status:text-is("Ready.")').waitFor();
  const before = sidebar.calls.length;
  await page.click('#tab-setup');
  const setup = page.locator('#panel-setup');
  await setup.getByLabel('Mastery threshold (%)').waitFor();
  expect(sidebar.callsSince(before)).toEqual(['getSettings']);
  expect(await setup.getByLabel('Unit name').inputValue()).toBe('Fractions');
  expect(await setup.getByLabel('Mastery threshold (%)').inputValue()).toBe('80');
  expect(
    await setup
      .locator('section:has(h3:text-is("What classmates can see in this file")) li')
      .count(),
  ).toBeGreaterThan(0);
  expect(await axeViolations(page)).toEqual([]);

  // A threshold out of range is refused before it leaves; a good one is saved and synced.
  await setup.getByLabel('Mastery threshold (%)').fill('120');
  await setup.locator('button:text-is("Save settings")').click();
  await page
    .locator('#error:has-text("The mastery threshold must be a whole number from 0 to 100")')
    .waitFor();
  await setup.getByLabel('Mastery threshold (%)').fill('70');
  await setup.getByLabel('Icons only').check();
  await setup.locator('button:text-is("Save settings")').click();
  await page.locator('#progress').waitFor({ state: 'hidden' });
  expect(await page.locator('#error').isVisible()).toBe(false);
  const shown = file.shown('Setup').map((row) => row.join(' | '));
  expect(shown.some((row) => /threshold/i.test(row) && /70/.test(row))).toBe(true);
  expect(sidebar.pageErrors).toEqual([]);
  await sidebar.close();
});

/** The tab the teacher is looking at. */
function activeSheet(file: ReturnType<typeof room12Class>): string {
  return file.emulator.runAs(file.doc, TEACHER, (globals) =>
    (globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
      .getActiveSheet()
      .getName(),
  );
}
