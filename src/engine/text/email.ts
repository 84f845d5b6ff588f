// E-mail addresses in free text, found without a backtracking regular expression.

const LOCAL = /[A-Za-z0-9._%+\-]/;
const DOMAIN = /[A-Za-z0-9.\-]/;

export interface EmailAddress {
  start: number;
  end: number;
  domain: string;
}

/** E-mail addresses in the text, found by expanding around each "@" (linear). */
export function findEmailAddresses(text: string): EmailAddress[] {
  const found: EmailAddress[] = [];
  let from = 0;
  for (let at = text.indexOf('@', from); at !== -1; at = text.indexOf('@', from)) {
    let start = at;
    while (start > 0 && LOCAL.test(text[start - 1]!)) start--;
    let end = at + 1;
    while (end < text.length && DOMAIN.test(text[end]!)) end++;
    while (end > at + 1 && (text[end - 1] === '.' || text[end - 1] === '-')) end--; // sentence punctuation
    const domain = text.slice(at + 1, end).toLowerCase();
    if (start < at && domain.includes('.')) found.push({ start, end, domain });
    from = Math.max(end, at + 1);
  }
  return found;
}

