import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ConfigError } from '../config/errors.js';
import { DATA_TYPES, type DataType } from '../model/analysis.js';
import type { Organization } from '../model/organization.js';
import type { Language } from '../alerts/alert-words.js';

/** The one data file of advice rules; each rule cites its sources there. */
export const ADVICE_RULES_FILE = fileURLToPath(new URL('./advice-rules.json', import.meta.url));

const localized = z.object({ fr: z.string().min(1), en: z.string().min(1) });
const countryList = z.array(z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code like FR'));

const ruleSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** jurisdiction: by country or organization; fallback: only when no jurisdiction rule applied; data: by data type. */
  group: z.enum(['jurisdiction', 'fallback', 'data']),
  when: z.object({
    countries: countryList.optional(),
    orgIds: z.array(z.string()).optional(),
    exceptOrgIds: z.array(z.string()).optional(),
    sectors: z.array(z.string()).optional(),
    dataTypes: z.array(z.enum(DATA_TYPES)).optional(),
  }).strict(),
  sources: z.array(z.string()).min(1, 'every rule cites at least one source'),
  text: localized,
});

const rulesFileSchema = z.object({
  version: z.literal(1),
  about: z.string().optional(),
  sources: z.record(z.string(), z.object({ title: z.string().min(1), url: z.url() })),
  rules: z.array(ruleSchema).min(1),
});

/** Citations of unknown sources, checked on the raw document so they are reported with the shape errors. */
function findUnknownSources(document: unknown): string[] {
  const file = document as { sources?: unknown; rules?: unknown };
  if (typeof file?.sources !== 'object' || file.sources === null || !Array.isArray(file.rules)) return [];
  const known = file.sources as Record<string, unknown>;
  return file.rules.flatMap((rule: { id?: unknown; sources?: unknown }, index: number) =>
    (Array.isArray(rule?.sources) ? rule.sources : []).filter((source: unknown) => typeof source !== 'string' || !(source in known))
      .map((source: unknown) => `  rules.${index}.sources: rule "${String(rule?.id)}" cites "${String(source)}", which is not in "sources"`));
}

export type AdviceRules = z.infer<typeof rulesFileSchema>;
export type AdviceRule = AdviceRules['rules'][number];

/** One piece of advice, in one language, with the sources it rests on. */
export interface AdviceItem {
  ruleId: string;
  group: AdviceRule['group'];
  text: string;
  sources: { id: string; title: string; url: string }[];
}

/** Parse and check a rules document; the error names each bad field and the file. */
export function parseAdviceRules(document: unknown, origin = ADVICE_RULES_FILE): AdviceRules {
  const parsed = rulesFileSchema.safeParse(document);
  const unknownSources = findUnknownSources(document);
  if (!parsed.success || unknownSources.length > 0) {
    const shape = parsed.success ? [] : parsed.error.issues.map((issue) => `  ${issue.path.join('.') || '(file)'}: ${issue.message}`);
    const lines = [...unknownSources, ...shape].slice(0, 20);
    throw new ConfigError(`The advice rules ${origin} are invalid; fix these fields:\n${lines.join('\n')}`);
  }
  return parsed.data!;
}

let cached: AdviceRules | undefined;

/** The bundled rules, read and checked once. */
export function loadAdviceRules(path = ADVICE_RULES_FILE): AdviceRules {
  if (path === ADVICE_RULES_FILE && cached) return cached;
  let document: unknown;
  try {
    document = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConfigError(`Cannot read the advice rules ${path}: ${(error as Error).message}. Restore the file from the repository.`);
  }
  const rules = parseAdviceRules(document, path);
  if (path === ADVICE_RULES_FILE) cached = rules;
  return rules;
}

const applies = (rule: AdviceRule, organization: Organization, dataTypes: readonly DataType[]): boolean => {
  const { when } = rule;
  if (when.countries && !(organization.country && when.countries.includes(organization.country))) return false;
  if (when.orgIds && !when.orgIds.includes(organization.id)) return false;
  if (when.exceptOrgIds?.includes(organization.id)) return false;
  if (when.sectors && !(organization.sector && when.sectors.includes(organization.sector))) return false;
  if (when.dataTypes && !when.dataTypes.some((type) => dataTypes.includes(type))) return false;
  return true;
};

/**
 * The advice for one victim and claim, in file order: the jurisdiction's rules (or the fallback
 * when none applies), then the rules for the data types claimed.
 */
export function selectAdvice(organization: Organization, dataTypes: readonly DataType[], language: Language, rules: AdviceRules = loadAdviceRules()): AdviceItem[] {
  const toItem = (rule: AdviceRule): AdviceItem => ({
    ruleId: rule.id,
    group: rule.group,
    text: rule.text[language],
    sources: rule.sources.map((id) => ({ id, ...rules.sources[id]! })),
  });
  const jurisdiction = rules.rules.filter((rule) => rule.group === 'jurisdiction' && applies(rule, organization, dataTypes));
  const fallback = jurisdiction.length === 0 ? rules.rules.filter((rule) => rule.group === 'fallback' && applies(rule, organization, dataTypes)) : [];
  const data = rules.rules.filter((rule) => rule.group === 'data' && applies(rule, organization, dataTypes));
  return [...jurisdiction, ...fallback, ...data].map(toItem);
}
