/**
 * The add-on's sidebar and dialogs as the page frames them: the HTML the add-on showed (exactly
 * what HtmlService produced from build/), preceded by the playground's google.script client, which
 * forwards google.script.run and google.script.host calls to the page. Like Apps Script, the page
 * puts it in a sandboxed iframe of its own origin-less document.
 */

export interface FrameConfig {
  /** Which shown sidebar or dialog this is. */
  key: string;
  /** The functions google.script.run exposes. */
  functions: string[];
  /** What google.script.host.origin reports. */
  origin: string;
}

/** The sandbox Apps Script's HtmlService iframes use (guides/html/restrictions), also sent as CSP. */
export const FRAME_SANDBOX =
  'allow-scripts allow-forms allow-popups allow-popups-to-escape-sandbox allow-modals allow-downloads';

/** JSON that can sit inside a <script> element without ending it. */
function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The add-on's HTML with the google.script client inserted as the first script of its head. */
export function framedHtml(html: string, shim: string, config: FrameConfig): string {
  const code = shim.replace(/<\/script/gi, '<\\/script');
  const client = `<script>var __PLAYGROUND_FRAME__=${scriptSafeJson(config)};\n${code}</script>`;
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head) {
    const at = head.index + head[0].length;
    return html.slice(0, at) + client + html.slice(at);
  }
  const start = /^\s*(<!doctype[^>]*>)?\s*(<html(\s[^>]*)?>)?/i.exec(html);
  const at = start ? start[0].length : 0;
  return html.slice(0, at) + client + html.slice(at);
}
