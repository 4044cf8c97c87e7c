// Deciding whether a post on the platform is the one Gatepost sent. Platforms rewrite text on
// the way in — X escapes &, <, >, shortens every link to t.co and appends a link for attached
// media — so both sides are compared without links, entities or layout whitespace.
const LINK = /https?:\/\/\S+/g;

function comparable(text: string): string {
  return text
    .replace(LINK, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim();
}

export function samePostText(sent: string, shown: string | undefined): boolean {
  return shown !== undefined && comparable(sent) === comparable(shown);
}
