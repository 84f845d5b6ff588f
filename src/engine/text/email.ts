// E-mail addresses in free text, found without a backtracking regular
// expression: find each separator, then expand over the characters an address
// may hold. "(at)" and "[at]" count as "@": people write them to dodge spam,
// often with spaces around them ("kari.nes (at) ringebu.kommune.no").

const LOCAL = /[A-Za-z0-9._%+\-]/;
const DOMAIN = /[A-Za-z0-9.\-]/;
// The spaces are bounded ({0,3}) so the expression stays linear.
const SEPARATOR = /@| {0,3}\(at\) {0,3}| {0,3}\[at\] {0,3}/gi;

export interface EmailAddress {
  start: number;
  end: number;
  domain: string;
}

export function findEmailAddresses(text: string): EmailAddress[] {
  const found: EmailAddress[] = [];
  // Most drafts have no address at all: no "@", and no bracket for "(at)" or "[at]".
  if (text.indexOf('@') < 0 && text.indexOf('(') < 0 && text.indexOf('[') < 0) return found;
  let consumed = 0;
  SEPARATOR.lastIndex = 0;
  for (let m = SEPARATOR.exec(text); m !== null; m = SEPARATOR.exec(text)) {
    const at = m.index;
    const after = at + m[0].length;
    let start = at;
    while (start > consumed && LOCAL.test(text[start - 1]!)) start--;
    let end = after;
    while (end < text.length && DOMAIN.test(text[end]!)) end++;
    while (end > after && (text[end - 1] === '.' || text[end - 1] === '-')) end--; // sentence punctuation
    const domain = text.slice(after, end).toLowerCase();
    if (start < at && domain.includes('.')) {
      found.push({ start, end, domain });
      consumed = end;
      SEPARATOR.lastIndex = Math.max(SEPARATOR.lastIndex, end);
    }
  }
  return found;
}
