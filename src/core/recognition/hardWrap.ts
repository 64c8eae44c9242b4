// Texts saved from e-mail, wire archives and old web pages are often hard-wrapped: every line broken near a fixed
// width, inside sentences and even inside names ("Estonian Defense Minister\nHannes Hanso"). Recognition reads a
// line as a paragraph, so such a text is read with those breaks as spaces: the same length, every offset kept.

/** A line's end that closes a sentence (with any closing quote or bracket after it). */
const CLOSED = /[.!?:;]["”’)\]]*\s*$/;
/** A line's end in an abbreviation ("U.S.", "Dr."), which closes no sentence. */
const ABBREVIATED = /(?:\b(?:\p{Lu}\.){2,}|\b(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Maj|Capt|Adm|Sen|Rep|Gov|Amb|Prof|St|No)\.)$/u;
/** A line opening with a word in lower case: it goes on with the sentence before. */
const GOES_ON = /^[ \t]*[\p{Ll}]/u;
/** Fewer lines than this going on in lower case: not a wrapped text (a list or a stray break). */
const MIN_CONTINUATIONS = 3;
/** Of the text's lines of some length, at least this share goes on in lower case in a wrapped text. */
const MIN_SHARE = 0.2;
/** A wrapped line is nearly full: at least this share of the text's wrap width. */
const FULL = 0.75;
/** Lines shorter than this are headings, datelines or list items, never counted. */
const SHORT = 20;

/** The text with the breaks of its hard wrapping read as spaces, or the text itself when it is not wrapped. */
export function unwrapLines(text: string): string {
  if (!text.includes('\n')) return text;
  const lines = text.split('\n');
  const widths: number[] = [];
  let long = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const width = lines[i].trimEnd().length;
    if (width < SHORT) continue;
    long++;
    if (GOES_ON.test(lines[i + 1])) widths.push(width);
  }
  if (widths.length < MIN_CONTINUATIONS || widths.length < MIN_SHARE * long) return text;
  // The wrap width: the longest line broken before a word in lower case is about as long as a line may be.
  widths.sort((a, b) => a - b);
  const width = widths[Math.floor(widths.length / 2)];
  // (A title or a dateline above the wrapped body is short of the width, or closed: it keeps its break.)
  const firstText = lines.findIndex((l) => l.trim() !== '');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    out.push(lines[i]);
    if (i + 1 >= lines.length) break;
    const line = lines[i].trimEnd();
    const next = lines[i + 1];
    const joins = next.trim() !== '' && line.length >= FULL * width && line.length >= SHORT &&
      (GOES_ON.test(next) || ((!CLOSED.test(line) || ABBREVIATED.test(line)) && i !== firstText));
    out.push(joins ? ' ' : '\n');
  }
  return out.join('');
}
