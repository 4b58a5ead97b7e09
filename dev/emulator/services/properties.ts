/**
 * PropertiesService: script properties (shared by every user of the add-on), user properties (of
 * the effective user) and document properties (of the execution's spreadsheet), with the quota
 * limits of guides/services/quotas: 9 KB per value, 500 KB per store.
 */

import type { ApiOf } from '../runtime/api-types';
import type { EmulatorContext } from '../runtime/context';
import { ScriptException } from '../runtime/errors';
import { strict } from '../runtime/strict';
import { utf8Bytes } from './common';
import type { ScriptProject } from './project';

/** Docs: guides/services/quotas, "Properties value size 9 KB / val". Key and value both count (tanaikech 2023-05-22). */
export const PROPERTY_VALUE_LIMIT_BYTES = 9 * 1024;
/** Docs: guides/services/quotas, "Properties total storage 500 KB / property store". */
export const PROPERTY_STORE_LIMIT_BYTES = 500 * 1024;

/**
 * The wording Apps Script uses when a store or a value is too large (community reports of live
 * errors; the docs do not quote it).
 */
export const PROPERTY_QUOTA_MESSAGE =
  'You have exceeded the property storage quota. Please remove some properties and try again.';

function storeBytes(store: Map<string, string>): number {
  let total = 0;
  for (const [key, value] of store) total += utf8Bytes(key) + utf8Bytes(value);
  return total;
}

export class Properties implements ApiOf<
  GoogleAppsScript.Properties.Properties,
  | 'getProperty'
  | 'getProperties'
  | 'getKeys'
  | 'setProperty'
  | 'setProperties'
  | 'deleteProperty'
  | 'deleteAllProperties'
> {
  constructor(
    readonly ctx: EmulatorContext,
    readonly store: Map<string, string>,
    readonly label: 'script' | 'user' | 'document',
  ) {}

  private wrap(): Properties {
    return strict('Properties', this);
  }

  getProperty(key: string): string | null {
    return this.ctx.call('Properties', 'getProperty', 'properties', () => {
      return this.store.get(String(key)) ?? null;
    });
  }

  getProperties(): Record<string, string> {
    return this.ctx.call('Properties', 'getProperties', 'properties', () =>
      Object.fromEntries(this.store),
    );
  }

  getKeys(): string[] {
    return this.ctx.call('Properties', 'getKeys', 'properties', () => [...this.store.keys()]);
  }

  setProperty(key: string, value: string): Properties {
    return this.ctx.call(
      'Properties',
      'setProperty',
      'properties',
      () => {
        this.write({ [String(key)]: String(value) }, false);
        return this.wrap();
      },
      { setter: true },
    );
  }

  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): Properties {
    return this.ctx.call(
      'Properties',
      'setProperties',
      'properties',
      () => {
        const entries: Record<string, string> = {};
        for (const [key, value] of Object.entries(properties)) entries[key] = String(value);
        this.write(entries, deleteAllOthers);
        return this.wrap();
      },
      { setter: true },
    );
  }

  deleteProperty(key: string): Properties {
    return this.ctx.call(
      'Properties',
      'deleteProperty',
      'properties',
      () => {
        this.store.delete(String(key));
        return this.wrap();
      },
      { setter: true },
    );
  }

  deleteAllProperties(): Properties {
    return this.ctx.call(
      'Properties',
      'deleteAllProperties',
      'properties',
      () => {
        this.store.clear();
        return this.wrap();
      },
      { setter: true },
    );
  }

  /** All or nothing: a write that would break a limit leaves the store as it was. */
  private write(entries: Record<string, string>, deleteAllOthers: boolean): void {
    const next = new Map(deleteAllOthers ? [] : this.store);
    for (const [key, value] of Object.entries(entries)) {
      if (utf8Bytes(key) + utf8Bytes(value) > PROPERTY_VALUE_LIMIT_BYTES) {
        throw new ScriptException(PROPERTY_QUOTA_MESSAGE);
      }
      next.set(key, value);
    }
    if (storeBytes(next) > PROPERTY_STORE_LIMIT_BYTES) {
      throw new ScriptException(PROPERTY_QUOTA_MESSAGE);
    }
    this.store.clear();
    for (const [key, value] of next) this.store.set(key, value);
  }
}

export function createPropertiesService(ctx: EmulatorContext, project: ScriptProject) {
  const service = {
    getScriptProperties(): Properties {
      return ctx.call('PropertiesService', 'getScriptProperties', 'local', () =>
        strict('Properties', new Properties(ctx, project.scriptProperties, 'script')),
      );
    },
    getUserProperties(): Properties {
      return ctx.call('PropertiesService', 'getUserProperties', 'local', () => {
        // Outside an execution (the harness) there is no user; such reads go to a '' store.
        const email = ctx.effectiveUser?.email ?? '';
        return strict('Properties', new Properties(ctx, project.userPropertiesFor(email), 'user'));
      });
    },
    /** Docs (reference/properties/properties-service): null when the script is not bound to a document. */
    getDocumentProperties(): Properties | null {
      return ctx.call('PropertiesService', 'getDocumentProperties', 'local', () => {
        const documentId = ctx.execution?.documentId ?? null;
        if (documentId === null) return null;
        return strict(
          'Properties',
          new Properties(ctx, project.documentPropertiesFor(documentId), 'document'),
        );
      });
    },
  };
  return strict('PropertiesService', service);
}
