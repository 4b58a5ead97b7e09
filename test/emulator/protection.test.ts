/** Unit tests for permissions.ts (who may edit which cells) and protection.ts (the Protection API). */

import type { GridRect } from '../../dev/emulator/model/cells';
import type { ProtectionModel, WorkbookModel } from '../../dev/emulator/model/workbook';
import { Clock, EmulatorContext } from '../../dev/emulator/runtime/context';
import { PROTECTED_CELL_MESSAGE } from '../../dev/emulator/runtime/errors';
import type { SpreadsheetDocument } from '../../dev/emulator/sheets/document';
import { createDocument } from '../../dev/emulator/sheets/document-factory';
import { ProtectionType } from '../../dev/emulator/sheets/enums';
import {
  canEditProtection,
  editPermission,
  protectionCovers,
} from '../../dev/emulator/sheets/permissions';
import {
  DOMAIN_EDIT_CONSUMER_MESSAGE,
  listProtections,
  protectRange,
  protectSheet,
  SHEET_PROTECTION_MOVE_MESSAGE,
  UNPROTECTED_RANGES_ON_RANGE_MESSAGE,
  type Protection,
} from '../../dev/emulator/sheets/protection';
import { NamedRange } from '../../dev/emulator/sheets/named-range';
import { Range } from '../../dev/emulator/sheets/range';

const OWNER = 'teacher@example.com';
const EDITOR = 'ava@example.com';
const OTHER_EDITOR = 'ben@example.com';
const VIEWER = 'parent@example.com';
const STRANGER = 'stranger@example.com';

function rect(row: number, column: number, numRows = 1, numColumns = 1): GridRect {
  return { row, column, numRows, numColumns };
}

function newDoc(owner = OWNER): SpreadsheetDocument {
  return createDocument(new EmulatorContext(new Clock('2026-09-14T12:00:00Z')), {
    owner,
    editors: [EDITOR, OTHER_EDITOR],
    viewers: [VIEWER],
  });
}

/** Runs `fn` as `email` in a FULL-auth script execution. */
function runAs<T>(doc: SpreadsheetDocument, email: string, fn: () => T): T {
  return doc.ctx.runAs(email, doc.model.id, () => fn());
}

function protectionModel(overrides: Partial<ProtectionModel>): ProtectionModel {
  return {
    id: 'p',
    type: 'RANGE',
    sheetId: 0,
    unprotected: [],
    description: '',
    warningOnly: false,
    editors: [OWNER],
    domainEdit: false,
    ...overrides,
  };
}

function modelWith(protections: ProtectionModel[], owner = OWNER): WorkbookModel {
  const model = newDoc(owner).model;
  model.protections = protections;
  return model;
}

describe('editPermission without protections', () => {
  const model = modelWith([]);
  test.each([
    [OWNER, 'allowed'],
    [EDITOR, 'allowed'],
    [VIEWER, 'denied'],
    [STRANGER, 'denied'],
    [null, 'allowed'],
  ] as const)('%s -> %s', (email, expected) => {
    expect(editPermission(model, email, 0, rect(0, 0))).toBe(expected);
  });

  test('e-mail addresses compare without regard to case', () => {
    expect(editPermission(model, 'Ava@Example.com', 0, rect(0, 0))).toBe('allowed');
  });
});

describe('editPermission with a range protection on A1:B2 listing the owner and Ava', () => {
  const model = modelWith([protectionModel({ rect: rect(0, 0, 2, 2), editors: [OWNER, EDITOR] })]);
  test.each([
    // who, cells, expected
    [OWNER, rect(0, 0), 'allowed'],
    [EDITOR, rect(1, 1), 'allowed'],
    [OTHER_EDITOR, rect(0, 0), 'denied'],
    [OTHER_EDITOR, rect(1, 1, 5, 5), 'denied'],
    [OTHER_EDITOR, rect(2, 0), 'allowed'],
    [OTHER_EDITOR, rect(0, 2, 10, 1), 'allowed'],
    [VIEWER, rect(5, 5), 'denied'],
    [STRANGER, rect(0, 0), 'denied'],
  ] as const)('%s editing %j -> %s', (email, cells, expected) => {
    expect(editPermission(model, email, 0, cells)).toBe(expected);
  });

  test('protections on another sheet do not apply', () => {
    expect(editPermission(model, OTHER_EDITOR, 1_000_001, rect(0, 0))).toBe('allowed');
  });
});

describe('editPermission with a sheet protection leaving C2:C10 and E1 unprotected', () => {
  const model = modelWith([
    protectionModel({
      type: 'SHEET',
      editors: [OWNER],
      unprotected: [rect(1, 2, 9, 1), rect(0, 4)],
    }),
  ]);
  test.each([
    [OWNER, rect(0, 0, 100, 26), 'allowed'],
    [EDITOR, rect(1, 2), 'allowed'],
    [EDITOR, rect(1, 2, 9, 1), 'allowed'],
    [EDITOR, rect(0, 4), 'allowed'],
    [EDITOR, rect(0, 2), 'denied'],
    [EDITOR, rect(1, 2, 10, 1), 'denied'],
    [EDITOR, rect(1, 2, 1, 2), 'denied'],
    [EDITOR, rect(0, 0), 'denied'],
    [VIEWER, rect(1, 2), 'denied'],
  ] as const)('%s editing %j -> %s', (email, cells, expected) => {
    expect(editPermission(model, email, 0, cells)).toBe(expected);
  });

  test('unprotected ranges that together cover the edit let it through', () => {
    const split = modelWith([
      protectionModel({ type: 'SHEET', unprotected: [rect(0, 0, 2, 1), rect(0, 1, 2, 1)] }),
    ]);
    expect(editPermission(split, EDITOR, 0, rect(0, 0, 2, 2))).toBe('allowed');
    expect(editPermission(split, EDITOR, 0, rect(0, 0, 3, 2))).toBe('denied');
  });

  test('a range protection inside an unprotected range still applies', () => {
    const nested = modelWith([
      protectionModel({ type: 'SHEET', unprotected: [rect(0, 0, 10, 10)], editors: [OWNER] }),
      protectionModel({ type: 'RANGE', rect: rect(0, 0), editors: [OWNER] }),
    ]);
    expect(editPermission(nested, EDITOR, 0, rect(0, 0))).toBe('denied');
    expect(editPermission(nested, EDITOR, 0, rect(1, 1))).toBe('allowed');
  });
});

describe('editPermission with warning-only protections', () => {
  const model = modelWith([
    protectionModel({ rect: rect(0, 0, 2, 2), warningOnly: true, editors: [OWNER] }),
  ]);
  test.each([
    [OWNER, rect(0, 0), 'warning'],
    [EDITOR, rect(0, 0), 'warning'],
    [EDITOR, rect(5, 5), 'allowed'],
    [VIEWER, rect(0, 0), 'denied'],
  ] as const)('%s editing %j -> %s', (email, cells, expected) => {
    expect(editPermission(model, email, 0, cells)).toBe(expected);
  });

  test('a hard protection next to a warning-only one still denies', () => {
    const both = modelWith([
      protectionModel({ rect: rect(0, 0), warningOnly: true }),
      protectionModel({ rect: rect(0, 0), editors: [OWNER] }),
    ]);
    expect(editPermission(both, EDITOR, 0, rect(0, 0))).toBe('denied');
  });
});

describe('domain edit', () => {
  test('lets people of the owner’s Workspace domain through when they can open the file', () => {
    const model = modelWith([protectionModel({ rect: rect(0, 0), domainEdit: true })]);
    expect(editPermission(model, EDITOR, 0, rect(0, 0))).toBe('allowed');
    expect(editPermission(model, VIEWER, 0, rect(0, 0))).toBe('denied');
  });

  test('means nothing for a gmail.com-owned file', () => {
    const owner = 'teacher@gmail.com';
    const protection = protectionModel({ rect: rect(0, 0), domainEdit: true, editors: [owner] });
    const model = modelWith([protection], owner);
    model.sharing.editors.push('kid@gmail.com');
    expect(canEditProtection(model, protection, 'kid@gmail.com')).toBe(false);
  });
});

test('protectionCovers: a sheet protection without unprotected ranges covers every cell', () => {
  expect(protectionCovers(protectionModel({ type: 'SHEET' }), rect(999, 25))).toBe(true);
});

test('editPermission over many unprotected ranges finds the one protected row between them', () => {
  // Rows 0-3, 5-8, ... are unprotected; every fifth row (4, 9, ...) stays protected.
  const unprotected = Array.from({ length: 200 }, (_, i) => rect(i * 5, 0, 4, 26));
  const model = modelWith([protectionModel({ type: 'SHEET', unprotected })]);
  expect(editPermission(model, EDITOR, 0, rect(0, 0, 1000, 26))).toBe('denied');
  expect(editPermission(model, EDITOR, 0, rect(5, 0, 4, 26))).toBe('allowed');
  expect(editPermission(model, EDITOR, 0, rect(9, 3))).toBe('denied');
});

describe('protectSheet / protectRange / listProtections', () => {
  test("a new protection lists the file's editors but not the owner, so nothing is locked yet", () => {
    const doc = newDoc();
    const sheet = doc.model.sheets[0]!;
    const protection = runAs(doc, OWNER, () => protectRange(doc, sheet, rect(0, 0, 2, 2)));
    expect(protection.getEditors().map((u) => u.getEmail())).toEqual([EDITOR, OTHER_EDITOR]);
    expect(protection.canDomainEdit()).toBe(false);
    expect(protection.isWarningOnly()).toBe(false);
    expect(protection.getDescription()).toBe('');
    expect(editPermission(doc.model, EDITOR, 0, rect(0, 0))).toBe('allowed');
  });

  test('Sheet.protect twice returns the same protection', () => {
    const doc = newDoc();
    const sheet = doc.model.sheets[0]!;
    const first = protectSheet(doc, sheet);
    const second = protectSheet(doc, sheet);
    expect(second.model).toBe(first.model);
    expect(doc.model.protections).toHaveLength(1);
  });

  test('Range.protect twice makes two overlapping protections', () => {
    const doc = newDoc();
    const sheet = doc.model.sheets[0]!;
    protectRange(doc, sheet, rect(0, 0));
    protectRange(doc, sheet, rect(0, 0));
    expect(listProtections(doc, ProtectionType.RANGE)).toHaveLength(2);
  });

  test('a viewer cannot protect anything', () => {
    const doc = newDoc();
    const sheet = doc.model.sheets[0]!;
    expect(() => runAs(doc, VIEWER, () => protectSheet(doc, sheet))).toThrow(/permission/);
  });

  test('listProtections filters by type and sheet, in tab order', () => {
    const doc = createDocument(new EmulatorContext(new Clock('2026-09-14T12:00:00Z')), {
      owner: OWNER,
      sheetNames: ['A', 'B'],
    });
    const [a, b] = doc.model.sheets as [(typeof doc.model.sheets)[0], (typeof doc.model.sheets)[0]];
    protectRange(doc, b, rect(0, 0));
    protectRange(doc, a, rect(1, 1));
    protectSheet(doc, b);
    expect(listProtections(doc, 'RANGE').map((p) => p.model.sheetId)).toEqual([a.id, b.id]);
    expect(listProtections(doc, ProtectionType.SHEET, a.id)).toEqual([]);
    expect(listProtections(doc, ProtectionType.SHEET, b.id)).toHaveLength(1);
  });
});

describe('Protection methods', () => {
  function lockedRange(doc: SpreadsheetDocument): Protection {
    const sheet = doc.model.sheets[0]!;
    const protection = protectRange(doc, sheet, rect(0, 0, 3, 3));
    protection.removeEditors(protection.getEditors());
    return protection;
  }

  test('removing every editor lists no one, and locks all but the owner out', () => {
    const doc = newDoc();
    const protection = lockedRange(doc);
    expect(protection.getEditors().map((u) => u.getEmail())).toEqual([]);
    expect(editPermission(doc.model, EDITOR, 0, rect(0, 0))).toBe('denied');
    expect(editPermission(doc.model, OWNER, 0, rect(0, 0))).toBe('allowed');
  });

  test('addEditor accepts an e-mail or a User', () => {
    const doc = newDoc();
    const protection = lockedRange(doc);
    protection.addEditor(EDITOR).addEditor({ getEmail: () => OTHER_EDITOR });
    expect(protection.getEditors().map((u) => u.getEmail())).toEqual([EDITOR, OTHER_EDITOR]);
    protection.removeEditor({ getEmail: () => EDITOR });
    expect(protection.getEditors().map((u) => u.getEmail())).toEqual([OTHER_EDITOR]);
  });

  test('the owner and the effective user stay listed when removed; addresses ignore case', () => {
    const doc = newDoc();
    const protection = lockedRange(doc);
    runAs(doc, OWNER, () => protection.addEditors([OWNER, EDITOR]));
    runAs(doc, EDITOR, () => protection.removeEditors(['Teacher@Example.com', 'AVA@example.com']));
    expect(protection.getEditors().map((u) => u.getEmail())).toEqual([OWNER, EDITOR]);
    runAs(doc, OWNER, () => protection.removeEditor('AVA@EXAMPLE.COM'));
    expect(protection.getEditors().map((u) => u.getEmail())).toEqual([OWNER]);
    protection.addEditor('Ben@Example.com');
    expect(editPermission(doc.model, OTHER_EDITOR, 0, rect(0, 0))).toBe('allowed');
  });

  test('canEdit answers for the effective user', () => {
    const doc = newDoc();
    const protection = lockedRange(doc);
    protection.addEditor(EDITOR);
    expect(runAs(doc, OWNER, () => protection.canEdit())).toBe(true);
    expect(runAs(doc, EDITOR, () => protection.canEdit())).toBe(true);
    expect(runAs(doc, OTHER_EDITOR, () => protection.canEdit())).toBe(false);
    expect(runAs(doc, VIEWER, () => protection.canEdit())).toBe(false);
  });

  test('people who cannot edit a protection cannot change, list or remove it', () => {
    const doc = newDoc();
    const protection = lockedRange(doc);
    runAs(doc, OTHER_EDITOR, () => {
      expect(() => protection.addEditor(OTHER_EDITOR)).toThrow(PROTECTED_CELL_MESSAGE);
      expect(() => protection.setDescription('mine')).toThrow(PROTECTED_CELL_MESSAGE);
      expect(() => protection.getEditors()).toThrow(PROTECTED_CELL_MESSAGE);
      expect(() => protection.remove()).toThrow(PROTECTED_CELL_MESSAGE);
    });
    expect(doc.model.protections).toHaveLength(1);
  });

  test('an editor of the protection may remove it', () => {
    const doc = newDoc();
    const protection = lockedRange(doc);
    protection.addEditor(EDITOR);
    runAs(doc, EDITOR, () => protection.remove());
    expect(doc.model.protections).toHaveLength(0);
  });

  test('setDomainEdit throws for a gmail.com-owned file and works in a domain', () => {
    const consumer = newDoc('teacher@gmail.com');
    const p1 = protectSheet(consumer, consumer.model.sheets[0]!);
    expect(() => p1.setDomainEdit(false)).toThrow(DOMAIN_EDIT_CONSUMER_MESSAGE);
    const workspace = newDoc();
    const p2 = protectSheet(workspace, workspace.model.sheets[0]!);
    expect(p2.setDomainEdit(true).canDomainEdit()).toBe(true);
  });

  test('setWarningOnly, setDescription round-trip', () => {
    const doc = newDoc();
    const protection = lockedRange(doc);
    protection.setWarningOnly(true).setDescription('Answers');
    expect(protection.isWarningOnly()).toBe(true);
    expect(protection.getDescription()).toBe('Answers');
    expect(editPermission(doc.model, EDITOR, 0, rect(0, 0))).toBe('warning');
  });

  test('getProtectionType returns the enum member', () => {
    const doc = newDoc();
    const sheet = doc.model.sheets[0]!;
    expect(protectSheet(doc, sheet).getProtectionType()).toBe(ProtectionType.SHEET);
    expect(String(protectRange(doc, sheet, rect(0, 0)).getProtectionType())).toBe('RANGE');
  });

  test('unprotected ranges: set on a sheet protection, refused on a range protection', () => {
    const doc = newDoc();
    const sheet = doc.model.sheets[0]!;
    const sheetProtection = protectSheet(doc, sheet);
    sheetProtection.removeEditors([EDITOR, OTHER_EDITOR]);
    sheetProtection.setUnprotectedRanges([new Range(doc, sheet, rect(1, 2, 9, 1))]);
    expect(sheetProtection.getUnprotectedRanges().map((r) => r.getA1Notation())).toEqual([
      'C2:C10',
    ]);
    expect(editPermission(doc.model, EDITOR, 0, rect(4, 2))).toBe('allowed');
    expect(editPermission(doc.model, EDITOR, 0, rect(4, 3))).toBe('denied');

    const rangeProtection = protectRange(doc, sheet, rect(0, 0));
    expect(rangeProtection.getUnprotectedRanges()).toEqual([]);
    expect(() => rangeProtection.setUnprotectedRanges([])).toThrow(
      UNPROTECTED_RANGES_ON_RANGE_MESSAGE,
    );
  });

  test('getRange: the protected range, or the whole sheet for a sheet protection', () => {
    const doc = newDoc();
    const sheet = doc.model.sheets[0]!;
    expect(
      protectRange(doc, sheet, rect(0, 0, 2, 2))
        .getRange()
        .getA1Notation(),
    ).toBe('A1:B2');
    const whole = protectSheet(doc, sheet).getRange();
    expect([whole.getNumRows(), whole.getNumColumns()]).toEqual([1000, 26]);
    expect(whole.getA1Notation()).toBe('');
    expect(whole.getCell(2, 3).getA1Notation()).toBe('C2');
  });

  test('a sheet protection cannot be moved to a range, nor tied to a named range', () => {
    const doc = newDoc();
    const sheet = doc.model.sheets[0]!;
    doc.model.namedRanges.push({ name: 'Answers', sheetId: 0, rect: rect(4, 4, 2, 2) });
    const protection = protectSheet(doc, sheet);
    expect(() => protection.setRange(new Range(doc, sheet, rect(0, 0)))).toThrow(
      SHEET_PROTECTION_MOVE_MESSAGE,
    );
    expect(() => protection.setRangeName('Answers')).toThrow(SHEET_PROTECTION_MOVE_MESSAGE);
    expect(protection.getProtectionType()).toBe(ProtectionType.SHEET);
  });

  test('setNamedRange ties a range protection to the NamedRange given', () => {
    const doc = newDoc();
    const sheet = doc.model.sheets[0]!;
    const entry = { name: 'Answers', sheetId: 0, rect: rect(4, 4, 2, 2) };
    doc.model.namedRanges.push(entry);
    const protection = protectRange(doc, sheet, rect(0, 0));
    protection.setNamedRange(new NamedRange(doc, entry));
    expect(protection.getRangeName()).toBe('Answers');
    expect(protection.getRange().getA1Notation()).toBe('E5:F6');
  });

  test('a warning-only protection lists no editors', () => {
    const doc = newDoc();
    const protection = lockedRange(doc);
    protection.addEditor(EDITOR).setWarningOnly(true);
    expect(protection.getEditors()).toEqual([]);
    protection.setWarningOnly(false);
    expect(protection.getEditors().map((u) => u.getEmail())).toEqual([EDITOR]);
  });

  test('setRangeName ties a range protection to a named range', () => {
    const doc = newDoc();
    const sheet = doc.model.sheets[0]!;
    doc.model.namedRanges.push({ name: 'Answers', sheetId: 0, rect: rect(4, 4, 2, 2) });
    const protection = protectRange(doc, sheet, rect(0, 0));
    expect(protection.getRangeName()).toBeNull();
    protection.setRangeName('Answers');
    expect(protection.getRangeName()).toBe('Answers');
    expect(protection.getRange().getA1Notation()).toBe('E5:F6');
    // The wording is the emulator's (protection.ts): live's text for an unknown name is not documented.
    expect(() => protection.setRangeName('Missing')).toThrow('Range not found: Missing');
  });

  test('the ledger records protection setters as writes and remove as structural', () => {
    const doc = newDoc();
    const sheet = doc.model.sheets[0]!;
    const mark = doc.ctx.ledger.mark();
    runAs(doc, OWNER, () => {
      const protection = protectRange(doc, sheet, rect(0, 0));
      protection.setDescription('x').getDescription();
      protection.remove();
    });
    const entries = doc.ctx.ledger.since(mark).map((e) => `${e.service}.${e.method}:${e.kind}`);
    expect(entries).toEqual([
      'Protection.setDescription:write',
      'Protection.getDescription:local',
      'Protection.remove:structural',
    ]);
  });

  test('a protection prints as "Protection" and unknown members throw NotImplementedError', () => {
    const doc = newDoc();
    const protection = protectSheet(doc, doc.model.sheets[0]!);
    expect(String(protection)).toBe('Protection');
    expect(() =>
      (protection as unknown as { getTargetAudiences(): void }).getTargetAudiences(),
    ).toThrow(/not implemented/);
  });
});
