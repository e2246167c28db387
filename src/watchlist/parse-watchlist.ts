import { z } from 'zod';
import { InputError } from '../config/errors.js';
import { SECTORS, type Organization } from '../model/organization.js';

/** Limits that keep one bad entry from bloating the automaton or the alerts. */
export const WATCHLIST_LIMITS = {
  organizations: 100_000,
  idChars: 64,
  nameChars: 200,
  termChars: 200,
  termsPerList: 500,
} as const;

// A registrable host name: labels of letters, digits and hyphens, a dot-separated TLD of letters.
const DOMAIN_PATTERN = /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{2,59})$/;

const term = z.string().trim().min(1, 'must not be empty').max(WATCHLIST_LIMITS.termChars, `at most ${WATCHLIST_LIMITS.termChars} characters`);
const termList = z.array(term).max(WATCHLIST_LIMITS.termsPerList, `at most ${WATCHLIST_LIMITS.termsPerList} entries`).default([]);

/**
 * A name or alias must be able to work as a name: "https://" alone, "1001" or "—" would match
 * nowhere or on every number, and one letter everywhere. A web address is fine: it is read as
 * the domain it names (detection/host-names.ts).
 */
const nameTerm = term.superRefine((value, context) => {
  if (value === '') return; // already "must not be empty"
  const problem = /^[a-z][a-z0-9+.-]*:\/*$/iu.test(value)
    ? 'is a bare scheme (like "https://"), not a name: write the organization\'s name, or its address in full (https://www.example.ch/)'
    : !/\p{L}/u.test(value)
      ? 'has no letters, so it would match nowhere or on every number: write the organization\'s name ("Group 1001", not "1001")'
      : value.replace(/[^\p{L}\p{N}]/gu, '').length < 2 ? 'is a single character, which would match everywhere: write the full name or a longer alias' : null;
  if (problem) context.addIssue({ code: 'custom', message: problem });
});
const nameList = z.array(nameTerm).max(WATCHLIST_LIMITS.termsPerList, `at most ${WATCHLIST_LIMITS.termsPerList} entries`).default([]);

/** "https://www.Example.ch/fr/" pasted as a domain is the domain example.ch. */
function toBareDomain(value: string): string {
  return value.trim().toLowerCase().replace(/^[a-z][a-z0-9+.-]*:\/\//u, '').replace(/^www\d?\.(?=[^.]+\.)/u, '').replace(/[/?#].*$/u, '').replace(/:\d+$/u, '').replace(/\.$/u, '');
}

export const organizationSchema = z.object({
  id: z.string().trim().regex(/^[a-z0-9][a-z0-9_-]*$/, 'a slug of lower-case letters, digits, _ or - (e.g. "ontario_cannabis_store")').max(WATCHLIST_LIMITS.idChars),
  name: nameTerm.pipe(z.string().max(WATCHLIST_LIMITS.nameChars)),
  aliases: nameList,
  domains: z.array(z.string().transform(toBareDomain).pipe(z.string().regex(DOMAIN_PATTERN, 'a domain like example.com (a web address is read as its host; this one has none)'))).max(WATCHLIST_LIMITS.termsPerList).default([]),
  sector: z.enum(SECTORS).optional(),
  country: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code like FR or CA').optional(),
  keywords: termList,
  contact: z.object({
    email: z.email('an e-mail address'),
    name: z.string().trim().max(200).optional(),
    role: z.string().trim().max(200).optional(),
  }).optional(),
});

const watchlistSchema = z.object({
  organizations: z.array(z.unknown()).max(WATCHLIST_LIMITS.organizations),
});

export interface WatchlistProblem {
  index: number | null;
  id?: string;
  field: string;
  message: string;
}

export class WatchlistError extends InputError {
  readonly problems: WatchlistProblem[];
  constructor(source: string, problems: WatchlistProblem[]) {
    const lines = problems.slice(0, 50).map(formatProblem);
    const more = problems.length > 50 ? `\n  … and ${problems.length - 50} more` : '';
    super(`The watchlist ${source} has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was imported:\n${lines.join('\n')}${more}`);
    this.problems = problems;
  }
}

function formatProblem(problem: WatchlistProblem): string {
  const where = problem.index === null ? 'file' : `organizations[${problem.index}]${problem.id ? ` (${problem.id})` : ''}`;
  return `  ${where}.${problem.field}: ${problem.message}`;
}

/**
 * Validate a whole watchlist document and return its organizations, or throw one error that
 * lists every bad entry with its index and field, so a user fixes them all in one pass.
 */
export function parseWatchlist(document: unknown, source = '(input)'): Organization[] {
  const top = watchlistSchema.safeParse(document);
  if (!top.success) {
    throw new WatchlistError(source, [{ index: null, field: 'organizations', message: 'expected {"organizations": [ … ]} (see ../shared/eval/FORMAT.md)' }]);
  }
  const problems: WatchlistProblem[] = [];
  const organizations: Organization[] = [];
  const seenIds = new Map<string, number>();
  top.data.organizations.forEach((entry, index) => {
    const parsed = organizationSchema.safeParse(entry);
    const rawId = typeof (entry as { id?: unknown })?.id === 'string' ? String((entry as { id: string }).id) : undefined;
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({ index, id: rawId, field: issue.path.join('.') || '(entry)', message: issue.message });
      }
      return;
    }
    const first = seenIds.get(parsed.data.id);
    if (first !== undefined) {
      problems.push({ index, id: parsed.data.id, field: 'id', message: `duplicate id, already used by organizations[${first}]` });
      return;
    }
    seenIds.set(parsed.data.id, index);
    organizations.push(toOrganization(parsed.data));
  });
  if (problems.length > 0) throw new WatchlistError(source, problems);
  return organizations;
}

/** Validate one organization (bot and CLI `watch add`); throws an InputError naming the field. */
export function parseOrganization(entry: unknown): Organization {
  const parsed = organizationSchema.safeParse(entry);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InputError(`Invalid ${issue.path.join('.') || 'organization'}: ${issue.message}.`);
  }
  return toOrganization(parsed.data);
}

function toOrganization(data: z.infer<typeof organizationSchema>): Organization {
  return {
    id: data.id,
    name: data.name,
    aliases: unique(data.aliases),
    domains: unique(data.domains),
    ...(data.sector ? { sector: data.sector } : {}),
    ...(data.country ? { country: data.country } : {}),
    keywords: unique(data.keywords),
    ...(data.contact ? { contact: data.contact } : {}),
  };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** The export format: the same document import reads. */
export function toWatchlistDocument(organizations: Organization[]): { organizations: Organization[] } {
  return { organizations };
}
