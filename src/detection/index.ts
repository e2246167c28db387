import { ALERTING_KINDS, type Analysis, type DetectionInput, type Detector } from '../model/analysis.js';
import type { Organization } from '../model/organization.js';
import { classifyKind } from './classify-kind.js';
import { reviseKind } from './revise-kind.js';
import { compileWatchlist } from './compile-watchlist.js';
import { findContextWords } from './context-evidence.js';
import { describeVictim } from './describe-victim.js';
import { extractDataTypes } from './extract-data-types.js';
import { extractPrice, extractSellerHandles } from './extract-offer.js';
import { extractRecordCount } from './extract-record-count.js';
import { findTermOccurrences } from './find-term-occurrences.js';
import { findSubject } from './find-subject.js';
import { applySubject } from './apply-subject.js';
import { afterHostSubject, hostNamedAsDataOwner, ownsHost } from './host-subject.js';
import { outsideStatedVictim, statedVictim } from './stated-victim.js';
import { judgeMentions } from './judge-mentions.js';
import { normalizeTextAndView } from './normalize-text.js';
import { scanVocabulary } from './lexicon/vocabulary.js';
import { scoreSeverity } from './score-severity.js';

export { toAnalyzeLine } from './to-analyze-line.js';
export { explainAnalysis } from './explain-analysis.js';
export { compileWatchlist } from './compile-watchlist.js';
export { normalizeText } from './normalize-text.js';

/**
 * The detector: the watchlist compiled once, then `analyze` is a pure function of the text
 * and its source — no clock, database or network inside.
 */
export function compileDetector(organizations: Organization[]): Detector {
  const compiled = compileWatchlist(organizations);

  /** Who the posting names: the watched names found and the subject its source states. */
  const findNames = (input: DetectionInput) => {
    const { normalized, view } = normalizeTextAndView(input.text);
    return { input, normalized, occurrences: findTermOccurrences(compiled, normalized, view), subject: findSubject(compiled, input) };
  };

  /** Which of the names found are the victim's, each mention read in its clause. */
  const judgeNames = ({ input, normalized, occurrences, subject }: ReturnType<typeof findNames>) => {
    const scan = scanVocabulary(normalized.text);
    const context = findContextWords(normalized.text, scan);
    const judged = applySubject(compiled, input, subject, judgeMentions(compiled, normalized, occurrences, context));
    // Both readings below only take back a named organization: most postings name none and skip them.
    const anyNamed = !subject && judged.some((verdict) => verdict.matches.length > 0);
    // A first line that names an unwatched host as the data's owner says who the victim is (host-subject.ts).
    const ownerHost = anyNamed ? hostNamedAsDataOwner(input.text) : null;
    const byHost = ownerHost && !organizations.some((organization) => ownsHost(organization.domains, ownerHost.host)) ? afterHostSubject(judged, ownerHost) : judged;
    // "… a vítima é a Fazenda Boa Vista": the author says who the victim is (stated-victim.ts).
    const stated = anyNamed ? statedVictim(input.text) : null;
    const verdicts = stated ? outsideStatedVictim(byHost, stated) : byHost;
    return { input, normalized, subject, scan, context, verdicts, named: verdicts.filter((verdict) => verdict.matches.length > 0) };
  };

  return {
    analyze: (input) => describeClaim(judgeNames(findNames(input))),
    analyzeIfNamed(input) {
      const names = findNames(input);
      // Most postings name no watched organization at all: nothing else is read of them. A
      // keyword ("pharmacie", "colis") only corroborates a name; alone it names nobody.
      if (!names.subject && names.occurrences.every((occurrence) => occurrence.term.role === 'keyword')) return null;
      const judged = judgeNames(names);
      return judged.named.length === 0 ? null : describeClaim(judged);
    },
  };

  /** What is claimed of the victims: kind, records, data, price, severity. */
  function describeClaim({ input, normalized, subject, scan, context, verdicts, named }: ReturnType<typeof judgeNames>): Analysis {
    const { dataTypes: foundTypes } = extractDataTypes(normalized, scan);
    const { count, candidate } = extractRecordCount(normalized.text, normalized);
    const countsRecords = candidate !== null && candidate.score >= 2.5;
    // The rules first; a model learned from labelled postings where they fall back or it is sure (revise-kind.ts).
    const decision = reviseKind(classifyKind(normalized.text, scan, input.source, foundTypes.length > 0, countsRecords, countsRecords ? count : null), normalized.text, input.source, countsRecords);
    const kind = decision.kind;
    // An access offer claims a way in: its hosts and headcount are scope, not records, but the
    // accounts or mailboxes it sells ("19 Postfächer", "27 contas de webmail") are its claim.
    const dataTypes = kind === 'access' ? ['access' as const] : foundTypes;
    const countsAccounts = countsRecords && candidate!.score >= 3;
    const recordCount = (kind === 'access' && !countsAccounts) || (kind === 'other' && !countsRecords) ? null : count;

    const orgs = named.map((verdict) => organizations[verdict.orgIndex]!.id);
    const alert = ALERTING_KINDS.has(kind) && orgs.length > 0;
    const { severity, reasons } = scoreSeverity(kind, alert, recordCount, dataTypes);
    const unnamed = orgs.length === 0 && (kind === 'access' || kind === 'sale') ? describeVictim(context, organizations) : { describedVictim: null, leads: [] };
    return {
      orgs,
      kind,
      recordCount,
      dataTypes,
      severity,
      severityReasons: [...decision.reasons.map((reason) => `kind: ${reason}`), ...reasons],
      alert,
      matches: named.flatMap((verdict) => verdict.matches),
      leads: unnamed.leads,
      price: kind === 'news' || kind === 'other' ? null : extractPrice(normalized.text),
      sellerHandles: kind === 'news' ? [] : extractSellerHandles(input.text),
      describedVictim: unnamed.describedVictim,
      ...(subject ? { subject: { field: subject.field, written: subject.written, orgs: subject.findings.map((finding) => ({ org: organizations[finding.orgIndex]!.id, how: finding.how, ...(finding.contradiction ? { contradiction: finding.contradiction } : {}) })) } } : {}),
      rejectedMentions: verdicts.filter((verdict) => verdict.matches.length === 0 && verdict.rejected).map((verdict) => ({ org: organizations[verdict.orgIndex]!.id, reason: verdict.rejected! })),
    };
  }
}
