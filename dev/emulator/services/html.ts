/**
 * HtmlService and HtmlOutput: the pages the add-on shows in sidebars and dialogs, built from the
 * project's HTML files. Templates are not emulated: the add-on serves its bundled files as plain
 * outputs (createHtmlOutputFromFile), never as scriptlet templates.
 */

import type { ApiOf } from '../runtime/api-types';
import type { EmulatorContext } from '../runtime/context';
import { NotImplementedError, ScriptException } from '../runtime/errors';
import { strict } from '../runtime/strict';
import { enumOf } from './common';
import { stripHtmlSuffix, type ScriptProject } from './project';

export const SandboxMode = enumOf('EMULATED', 'IFRAME', 'NATIVE');
export const XFrameOptionsMode = enumOf('ALLOWALL', 'DEFAULT');

/** Docs: reference/html/html-output addMetaTag: only these names are accepted. */
const META_TAG_NAMES = new Set([
  'apple-mobile-web-app-capable',
  'apple-mobile-web-app-title',
  'google-site-verification',
  'mobile-web-app-capable',
  'viewport',
]);

export interface MetaTag {
  name: string;
  content: string;
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export class HtmlOutput implements ApiOf<
  GoogleAppsScript.HTML.HtmlOutput,
  | 'getContent'
  | 'setContent'
  | 'append'
  | 'appendUntrusted'
  | 'clear'
  | 'getTitle'
  | 'setTitle'
  | 'setWidth'
  | 'setHeight'
  | 'addMetaTag'
  | 'getFaviconUrl'
  | 'setFaviconUrl'
> {
  content: string;
  title = '';
  /** null until set: Apps Script then uses its own default size for dialogs. */
  width: number | null = null;
  height: number | null = null;
  sandboxMode: string = SandboxMode.IFRAME;
  xFrameOptionsMode: string = XFrameOptionsMode.DEFAULT;
  faviconUrl = '';
  readonly metaTags: MetaTag[] = [];
  /** The project file it came from, if any (for the playground). */
  readonly fileName: string | null;

  constructor(
    readonly ctx: EmulatorContext,
    content: string,
    fileName: string | null = null,
  ) {
    this.content = content;
    this.fileName = fileName;
  }

  private self(): HtmlOutput {
    return strict('HtmlOutput', this);
  }

  private local<T>(method: string, fn: () => T): T {
    return this.ctx.call('HtmlOutput', method, 'local', fn, { minAuth: 'NONE' });
  }

  getContent(): string {
    return this.local('getContent', () => this.content);
  }

  setContent(content: string): HtmlOutput {
    return this.local('setContent', () => {
      this.content = String(content);
      return this.self();
    });
  }

  append(addedContent: string): HtmlOutput {
    return this.local('append', () => {
      this.content += String(addedContent);
      return this.self();
    });
  }

  appendUntrusted(addedContent: string): HtmlOutput {
    return this.local('appendUntrusted', () => {
      this.content += escapeHtml(String(addedContent));
      return this.self();
    });
  }

  clear(): HtmlOutput {
    return this.local('clear', () => {
      this.content = '';
      return this.self();
    });
  }

  getTitle(): string {
    return this.local('getTitle', () => this.title);
  }

  setTitle(title: string): HtmlOutput {
    return this.local('setTitle', () => {
      this.title = String(title);
      return this.self();
    });
  }

  getWidth(): number | null {
    return this.local('getWidth', () => this.width);
  }

  setWidth(width: number): HtmlOutput {
    return this.local('setWidth', () => {
      this.width = Number(width);
      return this.self();
    });
  }

  getHeight(): number | null {
    return this.local('getHeight', () => this.height);
  }

  setHeight(height: number): HtmlOutput {
    return this.local('setHeight', () => {
      this.height = Number(height);
      return this.self();
    });
  }

  /** Docs: sandbox modes other than IFRAME are sunset; the call is accepted and has no effect. */
  setSandboxMode(mode: string): HtmlOutput {
    return this.local('setSandboxMode', () => {
      this.sandboxMode = String(mode);
      return this.self();
    });
  }

  setXFrameOptionsMode(mode: string): HtmlOutput {
    return this.local('setXFrameOptionsMode', () => {
      this.xFrameOptionsMode = String(mode);
      return this.self();
    });
  }

  getFaviconUrl(): string {
    return this.local('getFaviconUrl', () => this.faviconUrl);
  }

  setFaviconUrl(iconUrl: string): HtmlOutput {
    return this.local('setFaviconUrl', () => {
      this.faviconUrl = String(iconUrl);
      return this.self();
    });
  }

  addMetaTag(name: string, content: string): HtmlOutput {
    return this.local('addMetaTag', () => {
      if (!META_TAG_NAMES.has(name)) {
        // Docs list the accepted names; the exact live wording is not documented.
        throw new ScriptException(`Invalid argument: name (meta tag "${name}" is not allowed)`);
      }
      this.metaTags.push({ name, content: String(content) });
      return this.self();
    });
  }

  getMetaTags(): { getName(): string; getContent(): string }[] {
    return this.local('getMetaTags', () =>
      this.metaTags.map((tag) =>
        strict('HtmlOutputMetaTag', { getName: () => tag.name, getContent: () => tag.content }),
      ),
    );
  }
}

export function createHtmlService(ctx: EmulatorContext, project: ScriptProject) {
  const service = {
    SandboxMode,
    XFrameOptionsMode,
    createHtmlOutput(html?: string): HtmlOutput {
      return ctx.call(
        'HtmlService',
        'createHtmlOutput',
        'local',
        () => strict('HtmlOutput', new HtmlOutput(ctx, html === undefined ? '' : String(html))),
        { minAuth: 'NONE' },
      );
    },
    /** The '.html' suffix is optional, as in Apps Script. */
    createHtmlOutputFromFile(filename: string): HtmlOutput {
      return ctx.call(
        'HtmlService',
        'createHtmlOutputFromFile',
        'local',
        () => {
          const name = stripHtmlSuffix(String(filename));
          const content = project.htmlFiles.get(name);
          if (content === undefined) {
            throw new ScriptException(`No HTML file named ${filename} was found.`);
          }
          return strict('HtmlOutput', new HtmlOutput(ctx, content, name));
        },
        { minAuth: 'NONE' },
      );
    },
    createTemplateFromFile(_filename: string): never {
      // The add-on serves bundled files as outputs; scriptlet templates are deliberately not emulated.
      throw new NotImplementedError('HtmlService.createTemplateFromFile');
    },
    createTemplate(_html: string): never {
      throw new NotImplementedError('HtmlService.createTemplate');
    },
  };
  return strict('HtmlService', service);
}
