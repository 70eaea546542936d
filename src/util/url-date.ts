// Web addresses in a text: the publication day a news page's address gives (read from a saved text's
// "Source:" line and from an HTML page's canonical address, where the page gives no date of its own),
// and the text with its addresses blanked out, whose words name nothing.
/**
 * The day in a news page's address: "https://example.com/business/2018/04/09/acme-buys-widget/",
 * ".../content_html/2018-04-09/…". News sites file a story under the day it ran; an address with a
 * year and month alone ("/2018/04/") says no day. A real calendar day only.
 */
export function dateInUrl(url: string): string | null {
  const m = URL_DATE.exec(url);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[3]), Number(m[4])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  if (t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) return null;
  return `${m[1]}-${m[3]}-${m[4]}`;
}
const URL_DATE = /\/((?:19|20)\d\d)([/-])(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?=[/._-]|$)/;

/**
 * The text with each web address ("https://…") blanked out, offsets kept: an address writes names
 * in lower case and joined by hyphens (".../novozymes-chr-hansen-to-merge", ".../Novozymes-Chr-Hansen-merge/"),
 * and neither its words nor its case say anything of the names the article writes.
 */
export function withoutWebAddresses(text: string): string {
  return text.includes("://") ? text.replace(WEB_ADDRESS, (m) => " ".repeat(m.length)) : text;
}
const WEB_ADDRESS = /\bhttps?:\/\/[^\s<>"]+/g;
