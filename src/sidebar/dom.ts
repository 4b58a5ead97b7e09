/**
 * Building the sidebar's DOM from data without ever parsing it as HTML: elements are created one by
 * one and text from people goes in as text nodes. Links are made only for http(s) addresses.
 */

type Child = Node | string | null | undefined | false;
type Attributes = Record<string, string | number | boolean | null | undefined>;

/** An element with attributes (false/null/undefined leave one out) and children (strings as text). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  setAttributes(element, attributes);
  append(element, ...children);
  return element;
}

function setAttributes(element: Element, attributes: Attributes): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Replaces everything inside `parent`. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, ...children);
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The sidebar page has no #${id}.`);
  return element as T;
}

/** True for an absolute http: or https: address (the only links the sidebar shows or sends). */
export function isWebLink(text: string): boolean {
  if (!/^https?:\/\//i.test(text.trim())) return false;
  try {
    const url = new URL(text.trim());
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** A link that opens in a new tab, or plain text when the address is not http(s). */
export function webLink(href: string, text: string): HTMLElement {
  if (!isWebLink(href)) return el('span', {}, text);
  return el('a', { href: href.trim(), target: '_blank', rel: 'noopener noreferrer' }, text);
}

const SVG = 'http://www.w3.org/2000/svg';

/** An SVG element (charts are drawn with SVG, never with markup strings). */
export function svg(tag: string, attributes: Attributes = {}, ...children: Child[]): SVGElement {
  const element = document.createElementNS(SVG, tag);
  setAttributes(element, attributes);
  append(element, ...children);
  return element;
}

/** A button that looks like a link: for names in lists that do something when chosen. */
export function linkButton(text: string, onClick: () => void, label?: string): HTMLButtonElement {
  const button = el('button', { type: 'button', class: 'link-button', 'aria-label': label }, text);
  button.addEventListener('click', onClick);
  return button;
}

/** A labelled form group: the label's `for` names the control. */
export function field(
  label: string,
  control: HTMLElement,
  options: { inline?: boolean; hint?: string } = {},
): HTMLElement {
  const hintId = options.hint ? `${control.id}-hint` : undefined;
  if (hintId) control.setAttribute('aria-describedby', hintId);
  return el(
    'div',
    { class: options.inline ? 'inline form-group' : 'block form-group' },
    el('label', { for: control.id }, label),
    control,
    options.hint ? el('p', { class: 'gray hint', id: hintId }, options.hint) : null,
  );
}

/**
 * Re-renders `root` without dropping a keyboard user's place: the element that had focus gets it
 * back when it is still on the page (moved, not replaced), else the panel itself takes it.
 */
export function keepingFocus(root: HTMLElement, render: () => void): void {
  const active = document.activeElement;
  const inside = active instanceof HTMLElement && root.contains(active) && active !== root;
  render();
  if (!inside) return;
  if (root.contains(active)) active.focus();
  else root.focus();
}
