/**
 * Fidelity of the non-spreadsheet services: each test is one behaviour as Google documents it
 * (developers.google.com/apps-script/...), as Java documents it where Apps Script defers to Java
 * (Utilities.formatDate follows java.text.SimpleDateFormat), or as the gas-fakes project
 * (brucemcpherson/gas-fakes, MIT) checked it against live Apps Script. Each names its source.
 */

import { PROPERTY_QUOTA_MESSAGE } from '../../dev/emulator/services/properties';
import { TOO_MANY_TRIGGERS_MESSAGE } from '../../dev/emulator/services/script-app';
import { servicesHarness, TEACHER } from '../support/services-harness';

const STUDENT = 'ava@example.com';

function setUp() {
  return servicesHarness({ timeZone: 'America/New_York' });
}

describe('Properties', () => {
  test('gas-fakes test/teststores.js (live-checked): set, get, delete then get is null, in all three stores', () => {
    const { g, run } = setUp();
    run(() => {
      for (const store of [
        g.PropertiesService.getDocumentProperties(),
        g.PropertiesService.getScriptProperties(),
        g.PropertiesService.getUserProperties(),
      ]) {
        store?.setProperty('t', 'value');
        expect(store?.getProperty('t')).toBe('value');
        store?.deleteProperty('t');
        expect(store?.getProperty('t')).toBeNull();
      }
    });
  });

  test('guides/properties: data that is not a string is stored converted to a string', () => {
    const { g, run } = setUp();
    run(() => {
      g.PropertiesService.getScriptProperties().setProperties({
        n: 3,
        b: true,
      } as unknown as Record<string, string>);
      expect(g.PropertiesService.getScriptProperties().getProperties()).toEqual({
        n: '3',
        b: 'true',
      });
    });
  });

  test('guides/properties: getProperties returns a copy, not a live view', () => {
    const { g, run } = setUp();
    run(() => {
      const props = g.PropertiesService.getScriptProperties();
      props.setProperty('a', '1');
      const copy = props.getProperties();
      copy.a = 'changed';
      expect(props.getProperty('a')).toBe('1');
    });
  });

  test('guides/properties: script properties are shared by every user; user properties are not', () => {
    const { g, run } = setUp();
    run(() => {
      g.PropertiesService.getScriptProperties().setProperty('shared', 'yes');
      g.PropertiesService.getUserProperties().setProperty('mine', 'yes');
    });
    run(
      () => {
        expect(g.PropertiesService.getScriptProperties().getProperty('shared')).toBe('yes');
        expect(g.PropertiesService.getUserProperties().getProperty('mine')).toBeNull();
      },
      { as: STUDENT },
    );
  });

  test('reference/properties/properties-service getDocumentProperties: null when not bound to a document', () => {
    const { g, run } = setUp();
    expect(run(() => g.PropertiesService.getDocumentProperties(), { documentId: null })).toBeNull();
  });

  test('guides/services/quotas: 9 KB per value, 500 KB per store', () => {
    const { g, run } = setUp();
    run(() => {
      const props = g.PropertiesService.getScriptProperties();
      props.setProperty('fits', 'x'.repeat(9 * 1024 - 4));
      expect(() => props.setProperty('over', 'x'.repeat(9 * 1024))).toThrow(PROPERTY_QUOTA_MESSAGE);
      props.deleteAllProperties();
      for (let index = 0; index < 55; index++) props.setProperty(`k${index}`, 'x'.repeat(9_000));
      expect(() => {
        props.setProperty('k55', 'x'.repeat(9_000));
        props.setProperty('k56', 'x'.repeat(9_000));
      }).toThrow(PROPERTY_QUOTA_MESSAGE);
    });
  });

  test('workspace/add-ons/concepts/menus: actions that need authorization fail in AuthMode.NONE, the menu does not', () => {
    const { g, ui, project, run } = setUp();
    run(
      () => {
        ui.createAddonMenu().addItem('Start workflow', 'startWorkflow').addToUi();
        expect(() => g.PropertiesService.getDocumentProperties()).toThrow(
          'You do not have permission to call PropertiesService.getDocumentProperties (authorization mode NONE).',
        );
      },
      { authMode: 'NONE', kind: 'simple-trigger' },
    );
    expect(project.ui.menuFunction('doc-1', TEACHER, 'Start workflow')).toBe('startWorkflow');
  });
});

describe('Cache', () => {
  test('gas-fakes test/teststores.js (live-checked): a value put for 2 s is there, then gone after 2 s', () => {
    const { ctx, g, run } = setUp();
    run(() => {
      const cache = g.CacheService.getUserCache();
      cache.put('t', 'uc');
      expect(cache.get('t')).toBe('uc');
      cache.remove('t');
      expect(cache.get('t')).toBeNull();
      cache.put('t', 'ex', 2);
      expect(cache.get('t')).toBe('ex');
    });
    ctx.clock.advance(2_000);
    expect(run(() => g.CacheService.getUserCache().get('t'))).toBeNull();
  });

  test('reference/cache/cache get: null when nothing is found; getAll returns only found keys', () => {
    const { g, run } = setUp();
    run(() => {
      const cache = g.CacheService.getScriptCache();
      expect(cache.get('none')).toBeNull();
      cache.putAll({ foo: 'bar' });
      expect(cache.getAll(['foo', 'x'])).toEqual({ foo: 'bar' });
    });
  });

  test('reference/cache/cache put: 10 minutes by default, 21600 s (6 h) at most', () => {
    const { ctx, g, run } = setUp();
    run(() => {
      g.CacheService.getScriptCache().put('default', 'v');
      g.CacheService.getScriptCache().put('long', 'v', 30_000);
    });
    ctx.clock.advance(10 * 60 * 1000);
    expect(run(() => g.CacheService.getScriptCache().get('default'))).toBeNull();
    expect(run(() => g.CacheService.getScriptCache().get('long'))).toBe('v');
    ctx.clock.advance(6 * 60 * 60 * 1000);
    expect(run(() => g.CacheService.getScriptCache().get('long'))).toBeNull();
  });

  test('reference/cache/cache: keys up to 250 characters, values up to 100 KB', () => {
    const { g, run } = setUp();
    run(() => {
      const cache = g.CacheService.getScriptCache();
      expect(() => cache.put('k'.repeat(251), 'v')).toThrow('Argument too large: key');
      expect(() => cache.put('k', 'v'.repeat(100 * 1024 + 1))).toThrow('Argument too large: value');
    });
  });

  test('reference/cache/cache-service getDocumentCache: null when not bound to a document', () => {
    const { g, run } = setUp();
    expect(run(() => g.CacheService.getDocumentCache(), { documentId: null })).toBeNull();
  });
});

describe('Lock', () => {
  test('reference/lock/lock hasLock: false before tryLock or waitLock is called, and after releaseLock', () => {
    const { g, run } = setUp();
    run(() => {
      const lock = g.LockService.getScriptLock();
      expect(lock.hasLock()).toBe(false);
      lock.waitLock(30_000);
      expect(lock.hasLock()).toBe(true);
      lock.releaseLock();
      expect(lock.hasLock()).toBe(false);
    });
  });

  test('reference/lock/lock: tryLock returns false and waitLock throws when another process holds the lock', () => {
    const { project, g, run } = setUp();
    project.locks.simulateHolder({ scope: 'script', remainingMs: 60_000 });
    run(() => {
      const lock = g.LockService.getScriptLock();
      expect(lock.tryLock(10_000)).toBe(false);
      expect(() => lock.waitLock(10_000)).toThrow(
        'Lock timeout: another process was holding the lock for too long.',
      );
    });
  });

  test('gas-fakes test/testlock.js (live): a negative timeout fails at once, even with no holder', () => {
    const { ctx, g, run } = setUp();
    run(() => {
      const lock = g.LockService.getScriptLock();
      expect(lock.tryLock(0)).toBe(true);
      expect(lock.tryLock(10_000)).toBe(true); // already held: true again
      lock.releaseLock();
      const before = ctx.execution?.modeledMs ?? 0;
      expect(lock.tryLock(-100)).toBe(false);
      expect(lock.hasLock()).toBe(false);
      expect(() => lock.waitLock(-100)).toThrow(
        'Lock timeout: another process was holding the lock for too long.',
      );
      expect(lock.hasLock()).toBe(false);
      // Two lock round trips, no waiting.
      expect((ctx.execution?.modeledMs ?? 0) - before).toBe(2 * 50);
      lock.waitLock(0);
      expect(lock.hasLock()).toBe(true);
    });
  });

  test('reference/lock/lock-service getDocumentLock: null when not bound to a document', () => {
    const { g, run } = setUp();
    expect(run(() => g.LockService.getDocumentLock(), { documentId: null })).toBeNull();
  });

  test('guides/services/lock (community tanaikech 2021-09-15): a waiting writer gets the lock once the holder finishes', () => {
    const { ctx, project, g, run } = setUp();
    project.locks.simulateHolder({ scope: 'document', documentId: 'doc-1', remainingMs: 20_000 });
    run(() => {
      g.LockService.getDocumentLock()?.waitLock(30_000);
      expect(ctx.execution?.modeledMs).toBeGreaterThanOrEqual(20_000);
    });
  });
});

describe('Session', () => {
  test('reference/base/session getActiveUser: the e-mail is blank in a simple onEdit/onOpen trigger', () => {
    const { g, run } = setUp();
    expect(
      run(() => g.Session.getActiveUser().getEmail(), {
        authMode: 'LIMITED',
        kind: 'simple-trigger',
      }),
    ).toBe('');
  });

  test('guides/triggers/installable: an installable trigger runs as its creator (getEffectiveUser)', () => {
    const { g, run } = setUp();
    const effective = run(() => g.Session.getEffectiveUser().getEmail(), {
      as: STUDENT,
      effective: TEACHER,
      kind: 'installable-trigger',
    });
    expect(effective).toBe(TEACHER);
  });

  test('reference/base/session getScriptTimeZone: the time zone of the script (appsscript.json)', () => {
    const { g, run } = setUp();
    expect(run(() => g.Session.getScriptTimeZone())).toBe('America/New_York');
  });
});

describe('Utilities', () => {
  // reference/utilities/utilities formatDate: "Formats date according to specification described in
  // Java SE SimpleDateFormat class". The rows are the Javadoc examples of java.text.SimpleDateFormat
  // (docs.oracle.com), whose instant is 2001-07-04 12:08:56.235 in America/Los_Angeles.
  const javadocInstant = new Date('2001-07-04T19:08:56.235Z');
  test.each([
    ["yyyy.MM.dd G 'at' HH:mm:ss z", '2001.07.04 AD at 12:08:56 PDT'],
    ["EEE, MMM d, ''yy", "Wed, Jul 4, '01"],
    ['h:mm a', '12:08 PM'],
    ["hh 'o''clock' a, zzzz", "12 o'clock PM, Pacific Daylight Time"],
    ['K:mm a, z', '0:08 PM, PDT'],
    ['yyyyy.MMMMM.dd GGG hh:mm aaa', '02001.July.04 AD 12:08 PM'],
    ['EEE, d MMM yyyy HH:mm:ss Z', 'Wed, 4 Jul 2001 12:08:56 -0700'],
    ['yyMMddHHmmssZ', '010704120856-0700'],
    ["yyyy-MM-dd'T'HH:mm:ss.SSSZ", '2001-07-04T12:08:56.235-0700'],
    ["yyyy-MM-dd'T'HH:mm:ss.SSSXXX", '2001-07-04T12:08:56.235-07:00'],
    ["YYYY-'W'ww-u", '2001-W27-3'],
  ])('Javadoc SimpleDateFormat example %s', (pattern, expected) => {
    const { g } = setUp();
    expect(g.Utilities.formatDate(javadocInstant, 'America/Los_Angeles', pattern)).toBe(expected);
  });

  test("reference/utilities/utilities formatDate example: 'GMT' with yyyy-MM-dd'T'HH:mm:ss'Z'", () => {
    const { g } = setUp();
    expect(
      g.Utilities.formatDate(new Date('2026-09-14T12:00:00Z'), 'GMT', "yyyy-MM-dd'T'HH:mm:ss'Z'"),
    ).toBe('2026-09-14T12:00:00Z');
  });

  test('reference/utilities/utilities base64Decode example: "Google グループ" as signed UTF-8 bytes', () => {
    const { g } = setUp();
    expect(g.Utilities.base64Decode('R29vZ2xlIOOCsOODq+ODvOODlw==')).toEqual([
      71, 111, 111, 103, 108, 101, 32, -29, -126, -80, -29, -125, -85, -29, -125, -68, -29, -125,
      -105,
    ]);
  });

  test('reference/utilities/utilities sleep: at most 300000 ms', () => {
    const { g, run } = setUp();
    run(() => {
      g.Utilities.sleep(300_000);
      expect(() => g.Utilities.sleep(300_001)).toThrow(
        'Invalid argument: milliseconds (at most 300000)',
      );
    });
  });

  test('reference/utilities/utilities getUuid: a UUID string', () => {
    const { g } = setUp();
    expect(g.Utilities.getUuid()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
  });
});

describe('HtmlService', () => {
  test('gas-fakes test/testhtmlservice.js (portable, runs live): HtmlOutput basics', () => {
    const { g } = setUp();
    const output = g.HtmlService.createHtmlOutput('<h1>Title</h1>');
    expect(output.getContent()).toBe('<h1>Title</h1>');
    expect(output.getTitle()).toBe('');
    output.setTitle('My Page');
    expect(output.getTitle()).toBe('My Page');
    output.setHeight(100).setWidth(200);
    expect(output.getHeight()).toBe(100);
    expect(output.getWidth()).toBe(200);
    output.appendUntrusted('<script>alert(1)</script>');
    expect(output.getContent()).toBe('<h1>Title</h1>&lt;script&gt;alert(1)&lt;/script&gt;');
    output.clear();
    expect(output.getContent()).toBe('');
    output.addMetaTag('viewport', 'width=device-width');
    const [tag] = output.getMetaTags();
    expect([output.getMetaTags().length, tag?.getName(), tag?.getContent()]).toEqual([
      1,
      'viewport',
      'width=device-width',
    ]);
    output.setSandboxMode(g.HtmlService.SandboxMode.IFRAME);
    output.setXFrameOptionsMode(g.HtmlService.XFrameOptionsMode.ALLOWALL);
    output.setFaviconUrl('http://example.com/icon.ico');
    expect(output.getFaviconUrl()).toBe('http://example.com/icon.ico');
  });

  test('gas-fakes test/testhtmlservice.js: createHtmlOutputFromFile throws for a missing file', () => {
    const { g } = setUp();
    expect(() => g.HtmlService.createHtmlOutputFromFile('does_not_exist')).toThrow(
      'No HTML file named does_not_exist was found.',
    );
  });
});

describe('Ui', () => {
  test('reference/base/ui alert: alert(prompt, ButtonSet.YES_NO) returns the Button clicked', () => {
    const { project, ui, run } = setUp();
    project.ui.answerNext('doc-1', TEACHER, { button: 'YES' });
    expect(run(() => ui.alert('Are you sure you want to continue?', ui.ButtonSet.YES_NO))).toBe(
      ui.Button.YES,
    );
  });

  test('reference/base/ui prompt: the response has the text entered and the button clicked', () => {
    const { project, ui, run } = setUp();
    project.ui.answerNext('doc-1', TEACHER, { button: 'NO', text: 'Ava' });
    const response = run(() =>
      ui.prompt('Getting to know you', 'May I know your name?', ui.ButtonSet.YES_NO),
    );
    expect([response.getSelectedButton(), response.getResponseText()]).toEqual(['NO', 'Ava']);
  });

  test('reference/base/ui prompt: the close button in the title bar answers CLOSE', () => {
    const { project, ui, run } = setUp();
    project.ui.answerNext('doc-1', TEACHER, { button: 'CLOSE' });
    expect(run(() => ui.prompt('Name?', ui.ButtonSet.OK_CANCEL)).getSelectedButton()).toBe(
      ui.Button.CLOSE,
    );
  });

  test('workspace/add-ons/concepts/editor-auth-lifecycle (platform.md): a sidebar cannot be opened from LIMITED', () => {
    const { g, ui, run } = setUp();
    expect(() =>
      run(() => ui.showSidebar(g.HtmlService.createHtmlOutput('<p/>')), { authMode: 'LIMITED' }),
    ).toThrow('You do not have permission to call Ui.showSidebar (authorization mode LIMITED).');
    run(() => ui.showSidebar(g.HtmlService.createHtmlOutput('<p/>')), { authMode: 'FULL' });
  });

  test('reference/base/menu: addSubMenu nests a menu, addSeparator separates items', () => {
    const { project, ui, run } = setUp();
    run(() =>
      ui
        .createMenu('My Menu')
        .addItem('My Menu Item', 'myFunction')
        .addSeparator()
        .addSubMenu(ui.createMenu('My Submenu').addItem('One Submenu Item', 'mySecondFunction'))
        .addToUi(),
    );
    expect(project.ui.menusFor('doc-1', TEACHER)).toEqual([
      {
        title: 'My Menu',
        items: [
          { caption: 'My Menu Item', functionName: 'myFunction' },
          { separator: true },
          {
            title: 'My Submenu',
            items: [{ caption: 'One Submenu Item', functionName: 'mySecondFunction' }],
          },
        ],
      },
    ]);
  });
});

describe('ScriptApp triggers', () => {
  test('workspace/add-ons/concepts/editor-triggers: one trigger of each type per user per document', () => {
    const { g, run } = setUp();
    run(() => {
      g.ScriptApp.newTrigger('handleEdit').forSpreadsheet('doc-1').onEdit().create();
      expect(() =>
        g.ScriptApp.newTrigger('other').forSpreadsheet('doc-1').onEdit().create(),
      ).toThrow(
        'This add-on has created too many edit triggers in this document for this Google Account user.',
      );
      g.ScriptApp.newTrigger('handleChange').forSpreadsheet('doc-1').onChange().create();
    });
  });

  test('workspace/add-ons/concepts/editor-triggers: add-ons create triggers only for the file they are used in', () => {
    const { g, run } = setUp();
    expect(() =>
      run(() => g.ScriptApp.newTrigger('h').forSpreadsheet('doc-2').onEdit().create()),
    ).toThrow(/^Add-ons can only create triggers for the file they are used in/);
  });

  test('workspace/add-ons/concepts/editor-triggers: time-driven triggers run at most once per hour', () => {
    const { g, run } = setUp();
    expect(() =>
      run(() => g.ScriptApp.newTrigger('h').timeBased().everyMinutes(30).create()),
    ).toThrow('Add-ons cannot create time-based triggers that run more often than once per hour.');
    run(() => g.ScriptApp.newTrigger('h').timeBased().everyHours(1).create());
  });

  test('guides/services/quotas: 20 triggers per user per script', () => {
    const { project, g, run } = setUp();
    for (let index = 0; index < 20; index++) {
      run(() => g.ScriptApp.newTrigger('h').forSpreadsheet(`doc-${index}`).onEdit().create(), {
        documentId: `doc-${index}`,
      });
    }
    expect(project.triggers).toHaveLength(20);
    expect(() =>
      run(() => g.ScriptApp.newTrigger('h').forSpreadsheet('doc-20').onEdit().create(), {
        documentId: 'doc-20',
      }),
    ).toThrow(TOO_MANY_TRIGGERS_MESSAGE);
    run(() => g.ScriptApp.newTrigger('h').forSpreadsheet('doc-20').onEdit().create(), {
      documentId: 'doc-20',
      as: STUDENT,
    });
  });

  test('reference/script/script-app getProjectTriggers: only the triggers the current user owns', () => {
    const { g, run } = setUp();
    run(() => g.ScriptApp.newTrigger('teacherEdit').forSpreadsheet('doc-1').onEdit().create());
    expect(run(() => g.ScriptApp.getProjectTriggers(), { as: STUDENT })).toEqual([]);
    expect(run(() => g.ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction()))).toEqual([
      'teacherEdit',
    ]);
  });

  test('reference/script/auth-mode: the enum has NONE, CUSTOM_FUNCTION, LIMITED and FULL', () => {
    const { g } = setUp();
    expect(Object.keys(g.ScriptApp.AuthMode)).toEqual([
      'NONE',
      'CUSTOM_FUNCTION',
      'LIMITED',
      'FULL',
    ]);
  });
});
