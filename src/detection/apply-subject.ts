import type { DetectionInput, Match } from '../model/analysis.js';
import type { CompiledWatchlist } from './compiled-watchlist.js';
import { contradictionOf, type PostingSubject } from './find-subject.js';
import type { OrgVerdict } from './judge-mentions.js';

/**
 * The subject decides over the body: a watched organization the victim field or leak-site
 * title names is the victim whatever the body says of it ("the leak does not include Delaware
 * Life Insurance Company of New York" does not clear the Delaware Life of the title), and one
 * whose stated website or country is another's is a namesake, however the body names it; so is
 * one the body itself places elsewhere (another country, another body of that name).
 * Subject organizations come first.
 *
 * When the field names no watched organization, it still names the victim: a watched name the
 * body uses whose own website or country the source contradicts ("Transports Lequesnoy & Fils
 * inc.", Québec, for a French Transports Lequesnoy) is another organization.
 */
export function applySubject(compiled: CompiledWatchlist, input: DetectionInput, subject: PostingSubject | null, verdicts: OrgVerdict[]): OrgVerdict[] {
  if (!subject) return verdicts;
  if (subject.findings.length === 0) return verdicts.map((verdict) => judgedByUnwatchedSubject(compiled, input, subject, verdict));
  const text = input.text;
  const byOrg = new Map(verdicts.map((verdict) => [verdict.orgIndex, verdict]));
  const first: OrgVerdict[] = [];
  for (const finding of subject.findings) {
    const organization = compiled.organizations[finding.orgIndex]!;
    const previous = byOrg.get(finding.orgIndex);
    byOrg.delete(finding.orgIndex);
    if (finding.contradiction) {
      first.push({ orgIndex: finding.orgIndex, matches: [], rejected: `"${finding.written}" in the ${subject.field}: ${finding.contradiction}, a namesake`, namesake: true });
      continue;
    }
    // "OCS GROUP / United Kingdom | Facilities management": the site names the victim, but the
    // post itself says it is another body of that name. Identity evidence beats the field;
    // a role the body gives it (excluded, a client, an example) does not.
    if (previous?.namesake && previous.matches.length === 0) {
      first.push({ ...previous, rejected: `${previous.rejected} (though the ${subject.field} names it)` });
      continue;
    }
    const at = text.indexOf(finding.written);
    const match: Match = {
      org: organization.id,
      term: finding.key.term,
      how: `${subject.field} (${finding.how}), ${finding.key.how}`,
      start: Math.max(0, at),
      end: at === -1 ? 0 : at + finding.written.length,
      quote: finding.written,
      weak: false,
      corroboration: [],
    };
    first.push({ orgIndex: finding.orgIndex, matches: [match, ...(previous?.matches ?? [])], rejected: null });
  }
  return [...first, ...verdicts.filter((verdict) => byOrg.has(verdict.orgIndex))];
}

function judgedByUnwatchedSubject(compiled: CompiledWatchlist, input: DetectionInput, subject: PostingSubject, verdict: OrgVerdict): OrgVerdict {
  if (verdict.matches.length === 0) return verdict;
  const contradiction = subject.field === 'victim field' ? contradictionOf(compiled, verdict.orgIndex, input) : null;
  if (contradiction) return { orgIndex: verdict.orgIndex, matches: [], rejected: `the ${subject.field} names "${subject.written}": ${contradiction}`, namesake: true };
  return verdict;
}

