/**
 * The emulator's non-spreadsheet services: properties and cache limits, locks, Session, formatDate,
 * HtmlService, the Ui's recording and scripted dialogs, installable-trigger rules, logging, and the
 * ledger entries each call leaves.
 */

import { NotImplementedError } from '../../dev/emulator/runtime/errors';
import type { Manifest } from '../../dev/emulator/services/project';
import { PROPERTY_QUOTA_MESSAGE } from '../../dev/emulator/services/properties';
import { installableTriggersFor } from '../../dev/emulator/services/script-app';
import { formatDate, formatString } from '../../dev/emulator/services/utilities';
import { servicesHarness, TEACHER, type RunOptions } from '../support/services-harness';

const STUDENT = 'ava@example.com';

function setUp(manifest: Manifest = { timeZone: 'Etc/UTC' }) {
  return servicesHarness(manifest, { sidebar: '<p>Hello</p>', 'dialog.html': '<p>Dialog</p>' });
}

describe('PropertiesService', () => {
  test('stores strings per store and returns null for missing keys', () => {
    const { g, run } = setUp();
    run(() => {
      const props = g.PropertiesService.getScriptProperties();
      props.setProperty('n', 5 as unknown as string);
      expect(props.getProperty('n')).toBe('5');
      expect(props.getProperty('missing')).toBeNull();
      props.setProperties({ a: '1', b: '2' });
      expect(props.getKeys().sort()).toEqual(['a', 'b', 'n']);
      props.setProperties({ c: '3' }, true);
      expect(props.getProperties()).toEqual({ c: '3' });
      props.deleteProperty('c');
      expect(props.getKeys()).toEqual([]);
    });
  });

  test('user properties follow the effective user, document properties the execution document', () => {
    const { g, run } = setUp();
    run(() => g.PropertiesService.getUserProperties().setProperty('k', 'teacher'));
    run(() => g.PropertiesService.getDocumentProperties()?.setProperty('k', 'doc-1'));
    expect(
      run(() => g.PropertiesService.getUserProperties().getProperty('k'), { as: STUDENT }),
    ).toBeNull();
    // An installable trigger fired by the student runs as the teacher.
    expect(
      run(() => g.PropertiesService.getUserProperties().getProperty('k'), {
        as: STUDENT,
        effective: TEACHER,
      }),
    ).toBe('teacher');
    expect(
      run(() => g.PropertiesService.getDocumentProperties()?.getProperty('k'), {
        documentId: 'doc-2',
      }),
    ).toBeNull();
    expect(run(() => g.PropertiesService.getDocumentProperties(), { documentId: null })).toBeNull();
  });

  test('a value over 9 KB or a store over 500 KB fails and changes nothing', () => {
    const { g, project, run } = setUp();
    run(() => {
      const props = g.PropertiesService.getScriptProperties();
      expect(() => props.setProperty('big', 'x'.repeat(9 * 1024))).toThrow(PROPERTY_QUOTA_MESSAGE);
      expect(props.getProperty('big')).toBeNull();
      let written = 0;
      expect(() => {
        for (;;) {
          props.setProperty(`k${written}`, 'y'.repeat(9000));
          written++;
        }
      }).toThrow(PROPERTY_QUOTA_MESSAGE);
      expect(written).toBe(56);
      expect(project.scriptProperties.size).toBe(56);
      props.setProperty('k0', 'small'); // overwriting frees room
      props.setProperty('k56', 'y'.repeat(8000));
    });
  });

  test('needs LIMITED: in AuthMode.NONE the call throws', () => {
    const { g, run } = setUp();
    expect(() =>
      run(() => g.PropertiesService.getDocumentProperties(), { authMode: 'NONE' }),
    ).toThrow(/permission to call PropertiesService.getDocumentProperties/);
  });

  test('each get and set is one ledger entry of kind properties', () => {
    const { ctx, g, run } = setUp();
    const mark = ctx.ledger.mark();
    run(() => {
      const props = g.PropertiesService.getScriptProperties();
      props.setProperty('a', '1');
      props.getProperty('a');
    });
    const entries = ctx.ledger.since(mark);
    expect(
      entries.map((entry) => `${entry.service}.${entry.method}:${entry.kind}:${entry.modeledMs}`),
    ).toEqual([
      'PropertiesService.getScriptProperties:local:0',
      'Properties.setProperty:properties:62',
      'Properties.getProperty:properties:30',
    ]);
  });
});

describe('CacheService', () => {
  test('entries expire on the emulator clock: 600 s by default', () => {
    const { ctx, g, run } = setUp();
    run(() => g.CacheService.getScriptCache().put('k', 'v'));
    ctx.clock.advance(599_000);
    expect(run(() => g.CacheService.getScriptCache().get('k'))).toBe('v');
    ctx.clock.advance(1_000);
    expect(run(() => g.CacheService.getScriptCache().get('k'))).toBeNull();
  });

  test('expiry is capped at 21600 s', () => {
    const { ctx, g, run } = setUp();
    run(() => g.CacheService.getUserCache().put('k', 'v', 100_000));
    ctx.clock.advance(21_600_000 - 1);
    expect(run(() => g.CacheService.getUserCache().get('k'))).toBe('v');
    ctx.clock.advance(1);
    expect(run(() => g.CacheService.getUserCache().get('k'))).toBeNull();
  });

  test('getAll, putAll, remove, removeAll; user and document caches are separate', () => {
    const { g, run } = setUp();
    run(() => {
      const cache = g.CacheService.getDocumentCache();
      cache?.putAll({ a: '1', b: 2, c: '3' });
      expect(cache?.getAll(['a', 'b', 'x'])).toEqual({ a: '1', b: '2' });
      cache?.remove('a');
      cache?.removeAll(['b', 'c']);
      expect(cache?.getAll(['a', 'b', 'c'])).toEqual({});
      g.CacheService.getUserCache().put('u', 'teacher');
    });
    expect(run(() => g.CacheService.getUserCache().get('u'), { as: STUDENT })).toBeNull();
    expect(run(() => g.CacheService.getDocumentCache(), { documentId: null })).toBeNull();
  });

  test('values over 100 KB and keys over 250 characters are refused', () => {
    const { g, run } = setUp();
    run(() => {
      const cache = g.CacheService.getScriptCache();
      expect(() => cache.put('k', 'x'.repeat(100 * 1024 + 1))).toThrow('Argument too large: value');
      expect(() => cache.put('k'.repeat(251), 'v')).toThrow('Argument too large: key');
      cache.put('k'.repeat(250), 'x'.repeat(100 * 1024));
    });
  });

  test('gets and puts are ledger entries of kind cache', () => {
    const { ctx, g, run } = setUp();
    const mark = ctx.ledger.mark();
    run(() => {
      const cache = g.CacheService.getScriptCache();
      cache.put('a', '1');
      cache.get('a');
    });
    const costs = ctx.ledger
      .since(mark)
      .filter((entry) => entry.kind === 'cache')
      .map((entry) => entry.modeledMs);
    expect(costs).toEqual([93, 3]);
  });
});

describe('LockService', () => {
  test('an uncontended lock is acquired, held, and released at the end of the execution', () => {
    const { project, g, run } = setUp();
    run(() => {
      const lock = g.LockService.getDocumentLock();
      expect(lock?.hasLock()).toBe(false);
      expect(lock?.tryLock(1000)).toBe(true);
      expect(lock?.hasLock()).toBe(true);
      expect(project.locks.heldBy.size).toBe(1);
    });
    expect(project.locks.heldBy.size).toBe(0);
  });

  test('a simulated holder makes tryLock fail and waitLock time out, charging the wait', () => {
    const { ctx, project, g, run } = setUp();
    project.locks.simulateHolder({ scope: 'document', documentId: 'doc-1', remainingMs: 5_000 });
    run(() => {
      const lock = g.LockService.getDocumentLock();
      const before = ctx.execution?.modeledMs ?? 0;
      expect(lock?.tryLock(1_000)).toBe(false);
      expect((ctx.execution?.modeledMs ?? 0) - before).toBe(1_000 + 50);
      expect(() => lock?.waitLock(1_000)).toThrow(
        'Lock timeout: another process was holding the lock for too long.',
      );
      // 3 s of the holder's 5 s are left: a 10 s wait succeeds after 3 s.
      const start = ctx.execution?.modeledMs ?? 0;
      lock?.waitLock(10_000);
      expect((ctx.execution?.modeledMs ?? 0) - start).toBe(3_000 + 50);
      expect(lock?.hasLock()).toBe(true);
    });
  });

  test('other documents and the script lock are not affected by a document holder', () => {
    const { project, g, run } = setUp();
    project.locks.simulateHolder({ scope: 'document', documentId: 'doc-2', remainingMs: 5_000 });
    expect(run(() => g.LockService.getDocumentLock()?.tryLock(0))).toBe(true);
    expect(run(() => g.LockService.getScriptLock().tryLock(0))).toBe(true);
    expect(run(() => g.LockService.getDocumentLock()?.tryLock(0), { documentId: 'doc-2' })).toBe(
      false,
    );
  });

  test('an outer execution holding the lock blocks a nested one until the outer releases', () => {
    const { g, run } = setUp();
    run(() => {
      const outer = g.LockService.getScriptLock();
      outer.waitLock(1000);
      expect(run(() => g.LockService.getScriptLock().tryLock(500), { as: STUDENT })).toBe(false);
      outer.releaseLock();
      expect(run(() => g.LockService.getScriptLock().tryLock(500), { as: STUDENT })).toBe(true);
    });
  });

  test('user locks are per effective user', () => {
    const { project, g, run } = setUp();
    project.locks.simulateHolder({ scope: 'user', email: TEACHER, remainingMs: 1_000 });
    expect(run(() => g.LockService.getUserLock().tryLock(0), { as: STUDENT })).toBe(true);
    expect(run(() => g.LockService.getUserLock().tryLock(0))).toBe(false);
  });
});

describe('Session', () => {
  test("the active user e-mail is blank in simple triggers and under another person's authority", () => {
    const { g, run } = setUp();
    const email = (options: RunOptions) => run(() => g.Session.getActiveUser().getEmail(), options);
    expect(email({ authMode: 'LIMITED', kind: 'simple-trigger' })).toBe('');
    expect(email({ as: STUDENT, effective: TEACHER, kind: 'installable-trigger' })).toBe('');
    expect(email({ authMode: 'FULL' })).toBe(TEACHER);
    expect(
      run(() => g.Session.getEffectiveUser().getEmail(), { as: STUDENT, effective: TEACHER }),
    ).toBe(TEACHER);
  });

  test('a user whose e-mail policy allows it is visible everywhere', () => {
    const { ctx, g, run } = setUp();
    ctx.user(STUDENT).revealsEmail = true;
    expect(
      run(() => g.Session.getActiveUser().getEmail(), { as: STUDENT, effective: TEACHER }),
    ).toBe(STUDENT);
  });

  test('explicit manifest scopes without userinfo.email refuse getActiveUser', () => {
    const { g, run } = setUp({ timeZone: 'Etc/UTC', oauthScopes: [] });
    expect(() => run(() => g.Session.getActiveUser())).toThrow(
      'Specified permissions are not sufficient to call Session.getActiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email',
    );
  });

  test('time zone from the manifest, a stable temporary key per user', () => {
    const { g, run } = setUp({ timeZone: 'Europe/Paris' });
    expect(run(() => g.Session.getScriptTimeZone(), { authMode: 'NONE' })).toBe('Europe/Paris');
    const teacherKey = run(() => g.Session.getTemporaryActiveUserKey());
    expect(run(() => g.Session.getTemporaryActiveUserKey())).toBe(teacherKey);
    expect(run(() => g.Session.getTemporaryActiveUserKey(), { as: STUDENT })).not.toBe(teacherKey);
    expect(teacherKey).not.toContain('teacher');
    expect(run(() => g.Session.getActiveUserLocale())).toBe('en');
  });
});

describe('Utilities.formatDate', () => {
  const instant = new Date('2026-03-08T06:30:05.042Z'); // 01:30 EST, an hour before the DST switch
  const afterSwitch = new Date('2026-03-08T07:30:05.042Z'); // 03:30 EDT
  test.each([
    [
      instant,
      'America/New_York',
      'yyyy-MM-dd HH:mm:ss.SSS z Z XXX',
      '2026-03-08 01:30:05.042 EST -0500 -05:00',
    ],
    [afterSwitch, 'America/New_York', 'yyyy-MM-dd HH:mm z', '2026-03-08 03:30 EDT'],
    [instant, 'Etc/UTC', "yyyy-MM-dd'T'HH:mm:ss'Z'", '2026-03-08T06:30:05Z'],
    [instant, 'UTC', 'z zzzz X', 'UTC Coordinated Universal Time Z'],
    [instant, 'Asia/Kolkata', 'd MMM yy, h:mm a z XXX', '8 Mar 26, 12:00 PM IST +05:30'],
    [instant, 'Asia/Tokyo', 'EEEE d MMMM yyyy HH:mm z', 'Sunday 8 March 2026 15:30 JST'],
    [instant, 'Europe/London', 'EEE HH:mm z', 'Sun 06:30 GMT'],
    [new Date('2026-07-01T12:00:00Z'), 'Europe/London', 'EEE HH:mm z', 'Wed 13:00 BST'],
    [new Date('2026-07-01T12:00:00Z'), 'Europe/Paris', 'HH:mm z', '14:00 CEST'],
    [new Date('2026-07-01T12:00:00Z'), 'Australia/Sydney', 'HH:mm z', '22:00 AEST'],
    [new Date('2026-01-01T12:00:00Z'), 'Australia/Sydney', 'HH:mm z', '23:00 AEDT'],
    [instant, 'GMT+2', 'HH:mm z Z', '08:30 GMT+02:00 +0200'],
    [instant, 'GMT-03:30', 'HH:mm Z', '03:00 -0330'],
    [instant, 'Not/A_Zone', 'HH:mm z', '06:30 GMT'],
    [
      instant,
      'America/Los_Angeles',
      "h 'o''clock' a, zzzz",
      "10 o'clock PM, Pacific Standard Time",
    ],
    [instant, 'America/New_York', 'M/d/y D', '3/8/2026 67'],
    [new Date('2026-12-31T12:00:00Z'), 'Etc/UTC', "YYYY-'W'ww-u", '2027-W01-4'],
    [new Date('2026-01-01T12:00:00Z'), 'Etc/UTC', 'k K H h', '12 0 12 12'],
    [new Date('2026-01-01T00:05:00Z'), 'Etc/UTC', 'k K H h a', '24 0 0 12 AM'],
  ])('%s in %s as %s', (date, zone, pattern, expected) => {
    expect(formatDate(date, zone, pattern)).toBe(expected);
  });

  test('unknown pattern letters and unterminated quotes throw', () => {
    expect(() => formatDate(instant, 'Etc/UTC', 'yyyy q')).toThrow(/Illegal pattern character 'q'/);
    expect(() => formatDate(instant, 'Etc/UTC', "yyyy 'at")).toThrow(/Unterminated quote/);
  });
});

describe('Utilities', () => {
  test('formatString follows Java String.format', () => {
    expect(formatString('%s has %d points (%.1f%%)', 'Ava', 12, 85.25)).toBe(
      'Ava has 12 points (85.3%)',
    );
    expect(formatString('[%5s][%-5s][%05d][%x][%,d]', 'ab', 'ab', 42, 255, 1234567)).toBe(
      '[   ab][ab   ][00042][ff][1,234,567]',
    );
  });

  test('sleep charges modeled time without waiting, at most 300000 ms', () => {
    const { ctx, g, run } = setUp();
    run(() => {
      g.Utilities.sleep(2_000);
      expect(ctx.execution?.modeledMs).toBe(2_000);
      expect(() => g.Utilities.sleep(300_001)).toThrow(/milliseconds/);
    });
  });

  test('digests and base64 use signed bytes', () => {
    const { g } = setUp();
    const md5 = g.Utilities.computeDigest(g.Utilities.DigestAlgorithm.MD5, '');
    expect(md5.slice(0, 4)).toEqual([-44, 29, -116, -39]); // d4 1d 8c d9
    expect(g.Utilities.base64Encode([-1, 0, 127])).toBe('/wB/');
    expect(g.Utilities.base64Decode('/wB/')).toEqual([-1, 0, 127]);
    expect(g.Utilities.getUuid()).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('unimplemented members throw NotImplementedError naming them', () => {
    const { g } = setUp();
    const utilities = g.Utilities as unknown as Record<string, () => unknown>;
    expect(() => utilities.parseCsv?.()).toThrow(NotImplementedError);
    expect(() => utilities.parseCsv?.()).toThrow(/Utilities.parseCsv/);
  });
});

describe('Logger and console', () => {
  test('logs are kept per execution', () => {
    const { project, g, run, ctx } = setUp();
    let firstId = 0;
    run(() => {
      firstId = ctx.execution?.id ?? 0;
      g.Logger.log('Hello %s, you have %d', 'Ava', 3);
      g.Logger.log({ a: 1 });
      g.console.warn('careful', 42);
      expect(g.Logger.getLog()).toBe('Hello Ava, you have 3\n{"a":1}');
    });
    run(() => g.Logger.log('second'));
    expect(
      project.logsFor(firstId).map((entry) => `${entry.source}.${entry.level}: ${entry.message}`),
    ).toEqual([
      'Logger.log: Hello Ava, you have 3',
      'Logger.log: {"a":1}',
      'console.warn: careful 42',
    ]);
  });
});

describe('HtmlService', () => {
  test('createHtmlOutputFromFile reads project files, with or without .html', () => {
    const { g } = setUp();
    expect(g.HtmlService.createHtmlOutputFromFile('sidebar').getContent()).toBe('<p>Hello</p>');
    expect(g.HtmlService.createHtmlOutputFromFile('dialog.html').getContent()).toBe(
      '<p>Dialog</p>',
    );
    expect(() => g.HtmlService.createHtmlOutputFromFile('nope')).toThrow(
      'No HTML file named nope was found.',
    );
  });

  test('outputs chain their setters and templates are not emulated', () => {
    const { g } = setUp();
    const output = g.HtmlService.createHtmlOutput('<b>a</b>')
      .append('<i>b</i>')
      .setTitle('T')
      .setWidth(400)
      .setHeight(300)
      .setSandboxMode(g.HtmlService.SandboxMode.IFRAME)
      .setXFrameOptionsMode(g.HtmlService.XFrameOptionsMode.ALLOWALL)
      .addMetaTag('viewport', 'width=device-width');
    expect([output.getContent(), output.getTitle(), output.getWidth(), output.getHeight()]).toEqual(
      ['<b>a</b><i>b</i>', 'T', 400, 300],
    );
    expect(() => output.addMetaTag('refresh', '5')).toThrow(/meta tag/);
    expect(() => g.HtmlService.createTemplateFromFile('sidebar')).toThrow(NotImplementedError);
  });
});

describe('Ui', () => {
  test('menus are recorded per document and person; a click finds its function', () => {
    const { project, g, ui, run } = setUp();
    run(
      () => {
        ui.createAddonMenu().addItem('Open sidebar', 'openSidebar').addSeparator().addToUi();
        ui.createMenu('Tools')
          .addItem('One', 'one')
          .addSubMenu(ui.createMenu('More').addItem('Two', 'two'))
          .addToUi();
      },
      { authMode: 'NONE', kind: 'simple-trigger' },
    );
    expect(project.ui.menusFor('doc-1', TEACHER)).toEqual([
      {
        title: 'Mastery Tracker',
        items: [{ caption: 'Open sidebar', functionName: 'openSidebar' }, { separator: true }],
      },
      {
        title: 'Tools',
        items: [
          { caption: 'One', functionName: 'one' },
          { title: 'More', items: [{ caption: 'Two', functionName: 'two' }] },
        ],
      },
    ]);
    expect(project.ui.menuFunction('doc-1', TEACHER, 'Two')).toBe('two');
    expect(project.ui.menusFor('doc-1', STUDENT)).toEqual([]);
    // onOpen running again replaces the menus rather than duplicating them.
    run(() => ui.createAddonMenu().addItem('Open sidebar', 'openSidebar').addToUi(), {
      authMode: 'NONE',
    });
    expect(project.ui.menusFor('doc-1', TEACHER)).toHaveLength(2);
    void g;
  });

  test('showSidebar records the page at 300 px for the active user and needs FULL', () => {
    const { project, g, ui, run } = setUp();
    run(() =>
      ui.showSidebar(
        g.HtmlService.createHtmlOutputFromFile('sidebar').setTitle('Mastery Tracker').setWidth(500),
      ),
    );
    const [sidebar] = project.ui.sidebarsFor('doc-1', TEACHER);
    expect(sidebar).toMatchObject({
      title: 'Mastery Tracker',
      html: '<p>Hello</p>',
      width: 300,
      shownTo: TEACHER,
    });
    expect(project.ui.openSidebar('doc-1', TEACHER)).toBe(sidebar);
    expect(() =>
      run(() => ui.showSidebar(g.HtmlService.createHtmlOutput('x')), { authMode: 'LIMITED' }),
    ).toThrow(/permission to call Ui.showSidebar/);
  });

  test('dialogs record their title and size', () => {
    const { project, g, ui, run } = setUp();
    run(() => {
      ui.showModalDialog(
        g.HtmlService.createHtmlOutput('<p>m</p>').setWidth(400).setHeight(200),
        'Modal',
      );
      ui.showModelessDialog(g.HtmlService.createHtmlOutput('<p>n</p>'), 'Modeless');
    });
    expect(
      project.ui.htmlDialogsFor('doc-1', TEACHER).map((d) => [d.kind, d.title, d.width, d.height]),
    ).toEqual([
      ['modal-dialog', 'Modal', 400, 200],
      ['modeless-dialog', 'Modeless', null, null],
    ]);
  });

  test('alerts and prompts take scripted answers and fail clearly without one', () => {
    const { project, ui, run } = setUp();
    project.ui.answerNext('doc-1', TEACHER, { button: 'YES' });
    project.ui.answerNext('doc-1', TEACHER, { button: 'OK', text: 'Unit 3' });
    run(() => {
      expect(ui.alert('Title', 'Delete?', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
      const response = ui.prompt('Name the unit');
      expect(response.getSelectedButton()).toBe(ui.Button.OK);
      expect(response.getResponseText()).toBe('Unit 3');
      expect(() => ui.alert('Again?')).toThrow(/no scripted answer/);
    });
    expect(
      project.ui.dialogsFor('doc-1', TEACHER).map((d) => [d.kind, d.title, d.prompt, d.buttons]),
    ).toEqual([
      ['alert', 'Title', 'Delete?', 'YES_NO'],
      ['prompt', '', 'Name the unit', 'OK'],
    ]);
    project.ui.answerNext('doc-1', TEACHER, { button: 'YES' });
    expect(() => run(() => ui.alert('Sure?', ui.ButtonSet.OK_CANCEL))).toThrow(
      /not a button of OK_CANCEL/,
    );
  });

  test('without a spreadsheet the Ui is unavailable', () => {
    const { ui, run } = setUp();
    expect(() => run(() => ui.createAddonMenu().addToUi(), { documentId: null })).toThrow(
      'Cannot call SpreadsheetApp.getUi() from this context.',
    );
  });
});

describe('ScriptApp triggers', () => {
  test('creates an installable edit trigger for the current spreadsheet, as the effective user', () => {
    const { project, g, run } = setUp();
    const uid = run(() =>
      g.ScriptApp.newTrigger('onEditInstalled')
        .forSpreadsheet('doc-1')
        .onEdit()
        .create()
        .getUniqueId(),
    );
    expect(project.triggers).toMatchObject([
      {
        uid,
        handlerFunction: 'onEditInstalled',
        eventType: 'ON_EDIT',
        documentId: 'doc-1',
        creatorEmail: TEACHER,
      },
    ]);
    expect(installableTriggersFor(project, 'doc-1', 'ON_EDIT')).toHaveLength(1);
    expect(installableTriggersFor(project, 'doc-2', 'ON_EDIT')).toHaveLength(0);
    const listed = run(() => g.ScriptApp.getUserTriggers({ getId: () => 'doc-1' }));
    expect(
      listed.map((t) => [
        t.getHandlerFunction(),
        t.getEventType(),
        t.getTriggerSource(),
        t.getTriggerSourceId(),
      ]),
    ).toEqual([['onEditInstalled', 'ON_EDIT', 'SPREADSHEETS', 'doc-1']]);
    expect(run(() => g.ScriptApp.getUserTriggers('doc-1'), { as: STUDENT })).toEqual([]);
  });

  test('one trigger of each type per user per document; other files are refused', () => {
    const { g, run } = setUp();
    run(() => {
      g.ScriptApp.newTrigger('a').forSpreadsheet('doc-1').onEdit().create();
      g.ScriptApp.newTrigger('b').forSpreadsheet('doc-1').onOpen().create();
      expect(() => g.ScriptApp.newTrigger('c').forSpreadsheet('doc-1').onEdit().create()).toThrow(
        /too many edit triggers in this document/,
      );
      expect(() => g.ScriptApp.newTrigger('d').forSpreadsheet('doc-2').onEdit().create()).toThrow(
        /only create triggers for the file they are used in/,
      );
    });
    run(() => g.ScriptApp.newTrigger('a').forSpreadsheet('doc-1').onEdit().create(), {
      as: STUDENT,
    });
  });

  test('at most 20 triggers per user per script', () => {
    const { project, g, run } = setUp();
    for (let index = 0; index < 20; index++) {
      project.triggers.push({
        uid: `t${index}`,
        handlerFunction: 'h',
        eventType: 'ON_CHANGE',
        documentId: `other-${index}`,
        creatorEmail: TEACHER,
        source: 'SPREADSHEETS',
        createdAt: new Date(),
      });
    }
    expect(() =>
      run(() => g.ScriptApp.newTrigger('h').forSpreadsheet('doc-1').onEdit().create()),
    ).toThrow(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
  });

  test('time-driven triggers run at most hourly; creating any trigger needs FULL', () => {
    const { project, g, run } = setUp();
    expect(() =>
      run(() => g.ScriptApp.newTrigger('t').timeBased().everyMinutes(30).create()),
    ).toThrow(/more often than once per hour/);
    run(() => g.ScriptApp.newTrigger('t').timeBased().everyHours(1).create());
    expect(project.triggers[0]).toMatchObject({
      eventType: 'CLOCK',
      source: 'CLOCK',
      documentId: 'doc-1',
      clock: { everyHours: 1 },
    });
    expect(() =>
      run(() => g.ScriptApp.newTrigger('t').timeBased().everyDays(1).atHour(6).create()),
    ).toThrow(/too many time-based triggers/);
    expect(() =>
      run(() => g.ScriptApp.newTrigger('x').forSpreadsheet('doc-1').onChange().create(), {
        authMode: 'LIMITED',
      }),
    ).toThrow(/permission to call SpreadsheetTriggerBuilder.create/);
  });

  test("deleteTrigger removes the user's trigger", () => {
    const { project, g, run } = setUp();
    run(() => {
      const trigger = g.ScriptApp.newTrigger('a').forSpreadsheet('doc-1').onEdit().create();
      expect(g.ScriptApp.getProjectTriggers()).toHaveLength(1);
      g.ScriptApp.deleteTrigger(trigger);
    });
    expect(project.triggers).toEqual([]);
  });

  test('manifest scopes must include script.scriptapp', () => {
    const { g, run } = setUp({
      oauthScopes: ['https://www.googleapis.com/auth/script.container.ui'],
    });
    expect(() =>
      run(() => g.ScriptApp.newTrigger('a').forSpreadsheet('doc-1').onEdit().create()),
    ).toThrow(/Required permissions: https:\/\/www.googleapis.com\/auth\/script.scriptapp/);
  });

  test('enums compare as their names', () => {
    const { g } = setUp();
    expect(g.ScriptApp.AuthMode.FULL).toBe('FULL');
    expect(String(g.ScriptApp.EventType.ON_EDIT)).toBe('ON_EDIT');
  });
});

describe('one person, however the address is capitalised', () => {
  // Google accounts are case-insensitive; runtime/email.ts sameEmail is the one comparison.
  const SHOUTED = 'Teacher@Example.COM';

  test('the context hands back the same person', () => {
    const { ctx } = setUp();
    expect(ctx.user(SHOUTED)).toBe(ctx.user(TEACHER));
  });

  test('user properties, user caches and user locks follow the person, not the spelling', () => {
    const { g, project, run } = setUp();
    run(() => {
      g.PropertiesService.getUserProperties().setProperty('k', 'v');
      g.CacheService.getUserCache().put('c', 'v');
    });
    expect(project.userPropertiesFor(SHOUTED).get('k')).toBe('v');
    expect(project.userCacheFor(SHOUTED).entries.get('c')?.value).toBe('v');
    project.locks.simulateHolder({ scope: 'user', email: SHOUTED, remainingMs: 1_000 });
    expect(run(() => g.LockService.getUserLock().tryLock(0))).toBe(false);
  });

  test('triggers created as one spelling are listed and deleted as another', () => {
    const { g, project, run } = setUp();
    run(() => g.ScriptApp.newTrigger('a').forSpreadsheet('doc-1').onEdit().create());
    const listed = run(() => g.ScriptApp.getProjectTriggers(), { as: SHOUTED });
    expect(listed.map((trigger) => trigger.getHandlerFunction())).toEqual(['a']);
    expect(() =>
      run(() => g.ScriptApp.newTrigger('b').forSpreadsheet('doc-1').onEdit().create(), {
        as: SHOUTED,
      }),
    ).toThrow(/too many edit triggers in this document/);
    run(() => g.ScriptApp.deleteTrigger(listed[0]!), { as: SHOUTED });
    expect(project.triggers).toEqual([]);
  });

  test('the Ui view, the locale and the temporary key are per person', () => {
    const { g, project, ui, run } = setUp();
    run(() => ui.createAddonMenu().addItem('Open sidebar', 'openSidebar').addToUi(), {
      authMode: 'NONE',
    });
    expect(project.ui.menuFunction('doc-1', SHOUTED, 'Open sidebar')).toBe('openSidebar');
    project.setUserLocale(SHOUTED, 'fr');
    expect(run(() => g.Session.getActiveUserLocale())).toBe('fr');
    expect(run(() => g.Session.getTemporaryActiveUserKey(), { as: SHOUTED })).toBe(
      run(() => g.Session.getTemporaryActiveUserKey()),
    );
  });

  test('an installable trigger a person created for themself shows their own e-mail', () => {
    const { g, run } = setUp();
    const email = run(() => g.Session.getActiveUser().getEmail(), {
      as: SHOUTED,
      effective: TEACHER,
    });
    expect(email.toLowerCase()).toBe(TEACHER);
  });
});
