/**
 * CacheService: script, user and document caches whose entries expire on the emulator clock
 * (ctx.clock), with the limits of reference/cache/cache: keys up to 250 characters, values up to
 * 100 KB, expiry 600 s by default and 21600 s (6 h) at most, 1000 entries per cache.
 */

import type { ApiOf } from '../runtime/api-types';
import type { EmulatorContext } from '../runtime/context';
import { ScriptException } from '../runtime/errors';
import { strict } from '../runtime/strict';
import { utf8Bytes } from './common';
import type { CacheStore, ScriptProject } from './project';

/** Docs: reference/cache/cache, "The maximum length of a key is 250 characters." */
export const CACHE_KEY_MAX_LENGTH = 250;
/** Docs: reference/cache/cache, "The maximum amount of data that can be stored per key is 100KB." */
export const CACHE_VALUE_LIMIT_BYTES = 100 * 1024;
/** Docs: reference/cache/cache put(key, value): "stays in the cache for 10 minutes". */
export const CACHE_DEFAULT_SECONDS = 600;
/** Docs: reference/cache/cache put(key, value, expirationInSeconds): "The maximum time is 21600 seconds (6 hours)". */
export const CACHE_MAX_SECONDS = 21600;
/** Docs: reference/cache/cache: "The cap for cached items is 1,000"; the oldest go first. */
export const CACHE_MAX_ITEMS = 1000;

export class Cache implements ApiOf<
  GoogleAppsScript.Cache.Cache,
  'get' | 'put' | 'remove' | 'removeAll' | 'putAll'
> {
  constructor(
    readonly ctx: EmulatorContext,
    readonly store: CacheStore,
  ) {}

  get(key: string): string | null {
    return this.ctx.call('Cache', 'get', 'cache', () => this.read(String(key)));
  }

  getAll(keys: string[]): Record<string, string> {
    return this.ctx.call('Cache', 'getAll', 'cache', () => {
      const found: Record<string, string> = {};
      for (const key of keys) {
        const value = this.read(String(key));
        if (value !== null) found[String(key)] = value;
      }
      return found;
    });
  }

  put(key: string, value: string, expirationInSeconds?: number): void {
    this.ctx.call(
      'Cache',
      'put',
      'cache',
      () => this.write({ [String(key)]: String(value) }, expirationInSeconds),
      { setter: true },
    );
  }

  putAll(values: Record<string, unknown>, expirationInSeconds?: number): void {
    this.ctx.call(
      'Cache',
      'putAll',
      'cache',
      () => {
        const entries: Record<string, string> = {};
        for (const [key, value] of Object.entries(values)) entries[key] = String(value);
        this.write(entries, expirationInSeconds);
      },
      { setter: true },
    );
  }

  remove(key: string): void {
    this.ctx.call('Cache', 'remove', 'cache', () => void this.store.entries.delete(String(key)), {
      setter: true,
    });
  }

  removeAll(keys: string[]): void {
    this.ctx.call(
      'Cache',
      'removeAll',
      'cache',
      () => {
        for (const key of keys) this.store.entries.delete(String(key));
      },
      { setter: true },
    );
  }

  private read(key: string): string | null {
    const entry = this.store.entries.get(key);
    if (!entry) return null;
    if (entry.expiresAt <= this.ctx.clock.millis()) {
      this.store.entries.delete(key);
      return null;
    }
    return entry.value;
  }

  private write(entries: Record<string, string>, expirationInSeconds: number | undefined): void {
    const seconds = expirationInSeconds ?? CACHE_DEFAULT_SECONDS;
    if (!Number.isFinite(seconds) || seconds < 1) {
      throw new ScriptException('Argument out of range: expirationInSeconds');
    }
    // The docs give 21600 s as the maximum without saying what happens beyond it; the emulator
    // caps, since the cache may drop any entry early anyway.
    const lifetimeMs = Math.min(seconds, CACHE_MAX_SECONDS) * 1000;
    for (const [key, value] of Object.entries(entries)) {
      if (key.length > CACHE_KEY_MAX_LENGTH) throw new ScriptException('Argument too large: key');
      if (utf8Bytes(value) > CACHE_VALUE_LIMIT_BYTES) {
        throw new ScriptException('Argument too large: value');
      }
    }
    const expiresAt = this.ctx.clock.millis() + lifetimeMs;
    for (const [key, value] of Object.entries(entries)) {
      this.store.entries.delete(key); // re-insert so the map's order stays oldest-first
      this.store.entries.set(key, { value, expiresAt });
    }
    while (this.store.entries.size > CACHE_MAX_ITEMS) {
      const oldest = this.store.entries.keys().next().value;
      if (oldest === undefined) break;
      this.store.entries.delete(oldest);
    }
  }
}

export function createCacheService(ctx: EmulatorContext, project: ScriptProject) {
  const service = {
    getScriptCache(): Cache {
      return ctx.call('CacheService', 'getScriptCache', 'local', () =>
        strict('Cache', new Cache(ctx, project.scriptCache)),
      );
    },
    getUserCache(): Cache {
      return ctx.call('CacheService', 'getUserCache', 'local', () =>
        strict('Cache', new Cache(ctx, project.userCacheFor(ctx.effectiveUser?.email ?? ''))),
      );
    },
    /** Docs (reference/cache/cache-service): null when the script is not bound to a document. */
    getDocumentCache(): Cache | null {
      return ctx.call('CacheService', 'getDocumentCache', 'local', () => {
        const documentId = ctx.execution?.documentId ?? null;
        if (documentId === null) return null;
        return strict('Cache', new Cache(ctx, project.documentCacheFor(documentId)));
      });
    },
  };
  return strict('CacheService', service);
}
