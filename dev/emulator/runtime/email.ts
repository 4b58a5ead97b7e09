/**
 * E-mail addresses as Google accounts use them: one person whatever the capitalisation
 * (`Ava@School.example` and `ava@school.example` are the same account). Every comparison of editor,
 * owner, trigger-creator or session e-mails goes through these helpers, so the emulator never
 * treats one person as two because a test or a sheet spelt the address differently.
 */

/** Whether two addresses name the same account. */
export function sameEmail(a: string, b: string): boolean {
  return emailKey(a) === emailKey(b);
}

/** The form an address is stored under in maps keyed by person (properties, caches, UI views). */
export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

/** The domain part of an address, lower-cased ('' when there is none). */
export function domainOf(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0 ? '' : emailKey(email.slice(at + 1));
}

/**
 * A consumer (personal) Google account: its address ends in gmail.com or googlemail.com. Consumer
 * accounts belong to no Workspace domain and have the consumer quotas (guides/services/quotas).
 */
export function isConsumerAccount(email: string): boolean {
  const domain = domainOf(email);
  return domain === 'gmail.com' || domain === 'googlemail.com';
}
