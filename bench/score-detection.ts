/**
 * Scores `leakwatch analyze` output against a labelled set, with the definitions of
 * ../shared/eval/FORMAT.md. Pure: expected and predicted lines in, figures and misses out.
 */
const ALERTING = new Set(['sale', 'leak', 'ransom', 'access']);

export interface ExpectedPosting {
  id: string;
  source?: string;
  lang?: string;
  text: string;
  expect: { orgs: string[]; kind: string; record_count: number | null; data_types: string[] };
  note?: string;
}

export interface PredictedLine {
  id: string;
  orgs?: string[];
  kind?: string;
  record_count?: number | null;
  data_types?: string[];
  alert?: boolean;
  error?: string;
}

export interface DetectionScore {
  postings: number;
  orgPrecision: number;
  orgRecall: number;
  orgF1: number;
  falseAlerts: number;
  missedAlerts: number;
  kindAccuracy: number;
  recordCountExact: number;
  dataTypesF1: number;
  misses: string[];
}

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);
const f1 = (precision: number, recall: number) => (precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall));

export function scoreDetection(expected: ExpectedPosting[], predicted: PredictedLine[]): DetectionScore {
  const byId = new Map(predicted.map((line) => [line.id, line]));
  let orgTp = 0; let orgFp = 0; let orgFn = 0;
  let falseAlerts = 0; let missedAlerts = 0; let kindsRight = 0;
  let countsStated = 0; let countsRight = 0;
  let typeTp = 0; let typeFp = 0; let typeFn = 0;
  const misses: string[] = [];
  for (const posting of expected) {
    const want = posting.expect;
    const got = byId.get(posting.id);
    if (!got || got.error) {
      misses.push(`${posting.id}: no analysis (${got?.error ?? 'missing from the output'})`);
      continue;
    }
    const gotOrgs = new Set(got.orgs ?? []);
    const wantOrgs = new Set(want.orgs);
    const gotKind = got.kind ?? 'other';
    const alerts = got.alert ?? (ALERTING.has(gotKind) && gotOrgs.size > 0);
    if (ALERTING.has(want.kind)) {
      const tp = [...gotOrgs].filter((org) => wantOrgs.has(org)).length;
      orgTp += tp; orgFp += gotOrgs.size - tp; orgFn += wantOrgs.size - tp;
      if (tp !== gotOrgs.size || tp !== wantOrgs.size) misses.push(`${posting.id}: orgs ${JSON.stringify([...gotOrgs])}, expected ${JSON.stringify(want.orgs)}`);
    }
    const alertDue = ALERTING.has(want.kind) && want.orgs.length > 0;
    if (alerts && !alertDue) { falseAlerts += 1; misses.push(`${posting.id}: FALSE ALERT (${gotKind} ${JSON.stringify([...gotOrgs])}; expected ${want.kind} ${JSON.stringify(want.orgs)})`); }
    if (!alerts && alertDue) { missedAlerts += 1; misses.push(`${posting.id}: MISSED ALERT (got ${gotKind} ${JSON.stringify([...gotOrgs])})`); }
    if (gotKind === want.kind) kindsRight += 1; else misses.push(`${posting.id}: kind ${gotKind}, expected ${want.kind}`);
    if (want.record_count !== null) {
      countsStated += 1;
      if (got.record_count === want.record_count) countsRight += 1; else misses.push(`${posting.id}: record_count ${got.record_count ?? null}, expected ${want.record_count}`);
    }
    const gotTypes = new Set(got.data_types ?? []);
    const wantTypes = new Set(want.data_types);
    const tp = [...gotTypes].filter((type) => wantTypes.has(type)).length;
    typeTp += tp; typeFp += gotTypes.size - tp; typeFn += wantTypes.size - tp;
    if (tp !== gotTypes.size || tp !== wantTypes.size) {
      misses.push(`${posting.id}: data_types extra ${JSON.stringify([...gotTypes].filter((type) => !wantTypes.has(type)))}, missing ${JSON.stringify([...wantTypes].filter((type) => !gotTypes.has(type)))}`);
    }
  }
  const orgPrecision = ratio(orgTp, orgTp + orgFp);
  const orgRecall = ratio(orgTp, orgTp + orgFn);
  const typePrecision = ratio(typeTp, typeTp + typeFp);
  const typeRecall = ratio(typeTp, typeTp + typeFn);
  return {
    postings: expected.length,
    orgPrecision, orgRecall, orgF1: f1(orgPrecision, orgRecall),
    falseAlerts, missedAlerts,
    kindAccuracy: ratio(kindsRight, expected.length),
    recordCountExact: ratio(countsRight, countsStated),
    dataTypesF1: f1(typePrecision, typeRecall),
    misses,
  };
}
